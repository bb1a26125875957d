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
 *   <li>{@code GET /ads/<anything>} records the request (with headers) and returns the next queued
 *       answer after its delay, or an empty VAST 4.0 when nothing is queued.
 *   <li>{@code GET /ads/_requests} lists the recorded requests; {@code DELETE /ads/_requests}
 *       forgets requests and the queue.
 * </ul>
 */
public class FakeAdServerServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String EMPTY_VAST = "<VAST version=\"4.0\"/>";

  private record Answer(int status, long delayMs, String contentType, byte[] body) {}

  private final transient Recorder recorder = new Recorder();
  private final transient ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();

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
    answer(req, resp);
  }

  @Override
  protected void doDelete(HttpServletRequest req, HttpServletResponse resp) {
    recorder.clear();
    script.clear();
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
}
