package io.splicer.harness.fakes;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A scriptable ad decision server, mapped to {@code /ads/*}.
 *
 * <ul>
 *   <li>{@code POST /ads/_script?status=200&delayMs=0&contentType=application/xml} with a body
 *       (VAST, VMAP, anything malformed) queues one answer; answers are used in order.
 *   <li>{@code POST /ads/_default?contentType=application/xml} with a body sets the answer used
 *       when nothing is queued (a template: {@code {{name}}} is replaced by the request's query
 *       parameter {@code name}, e.g. {@code {{avail}}}, so each break can get its own creative).
 *   <li>{@code GET /ads/<anything>} records the request (with headers) and returns the next queued
 *       answer after its delay, else the default answer, else an empty VAST 4.0.
 *   <li>{@code GET /ads/_requests} lists the recorded requests (header {@code X-Count}); {@code
 *       DELETE /ads/_requests} forgets requests, the queue and the default answer.
 * </ul>
 */
public class FakeAdServerServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String EMPTY_VAST = "<VAST version=\"4.0\"/>";

  private record Answer(int status, long delayMs, String contentType, byte[] body) {}

  private final transient Recorder recorder = new Recorder();
  private final transient ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
  private transient volatile Answer fallback;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if ("/_script".equals(req.getPathInfo())) {
      String status = req.getParameter("status");
      String delay = req.getParameter("delayMs");
      String type = req.getParameter("contentType");
      script.add(
          new Answer(
              status == null ? 200 : Integer.parseInt(status),
              delay == null ? 0 : Long.parseLong(delay),
              type == null ? "application/xml" : type,
              req.getInputStream().readAllBytes()));
      resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    if ("/_default".equals(req.getPathInfo())) {
      String type = req.getParameter("contentType");
      fallback =
          new Answer(
              200, 0, type == null ? "application/xml" : type, req.getInputStream().readAllBytes());
      resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    answer(req, resp);
  }

  @Override
  protected void doDelete(HttpServletRequest req, HttpServletResponse resp) {
    recorder.clear();
    script.clear();
    fallback = null;
    resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if ("/_requests".equals(req.getPathInfo())) {
      recorder.dump(resp);
      return;
    }
    answer(req, resp);
  }

  private void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    recorder.record(req);
    Answer a = script.poll();
    if (a == null && fallback != null) {
      a = fallback;
      a = new Answer(a.status(), 0, a.contentType(), fill(a.body(), req));
    }
    if (a == null) {
      a = new Answer(200, 0, "application/xml", EMPTY_VAST.getBytes(StandardCharsets.UTF_8));
    }
    if (a.delayMs() > 0) {
      try {
        Thread.sleep(a.delayMs());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    resp.setStatus(a.status());
    resp.setContentType(a.contentType());
    resp.setContentLength(a.body().length);
    resp.getOutputStream().write(a.body());
  }

  /** Replaces each {@code {{name}}} of the template by the request's query parameter. */
  private static byte[] fill(byte[] template, HttpServletRequest req) {
    String text = new String(template, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int open = text.indexOf("{{"); open >= 0; open = text.indexOf("{{", from)) {
      int close = text.indexOf("}}", open);
      if (close < 0) {
        break;
      }
      String value = req.getParameter(text.substring(open + 2, close));
      out.append(text, from, open).append(value == null ? "" : value);
      from = close + 2;
    }
    return out.append(text.substring(from)).toString().getBytes(StandardCharsets.UTF_8);
  }
}
