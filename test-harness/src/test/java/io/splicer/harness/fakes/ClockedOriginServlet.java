package io.splicer.harness.fakes;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A generated live origin driven by a controllable clock (never the wall clock): {@code POST
 * <mapping>/_clock?set=<seconds>} or {@code ?advance=<seconds>} moves it, {@code GET
 * <mapping>/_clock} answers it; every other {@code GET} is the manifest a subclass writes for the
 * path at the current clock.
 */
abstract class ClockedOriginServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final AtomicLong clockSeconds;

  ClockedOriginServlet(long startSeconds) {
    this.clockSeconds = new AtomicLong(startSeconds);
  }

  /** The content type of the manifest at {@code path}, or null when there is none (404). */
  abstract String contentType(String path);

  /** The manifest at {@code path} at clock {@code now} (seconds). */
  abstract String manifest(String path, long now);

  /** {@code Cache-Control: max-age} of manifests. */
  abstract int maxAgeSeconds();

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!"/_clock".equals(req.getPathInfo())) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String set = req.getParameter("set");
    String advance = req.getParameter("advance");
    if (set != null) {
      clockSeconds.set(Long.parseLong(set));
    } else if (advance != null) {
      clockSeconds.addAndGet(Long.parseLong(advance));
    }
    doGet(req, resp);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    long now = clockSeconds.get();
    String body;
    if (path.equals("/_clock")) {
      resp.setContentType("text/plain");
      body = Long.toString(now);
    } else if (contentType(path) != null) {
      resp.setContentType(contentType(path));
      body = manifest(path, now);
    } else {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    resp.setHeader("Cache-Control", "max-age=" + maxAgeSeconds());
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }
}
