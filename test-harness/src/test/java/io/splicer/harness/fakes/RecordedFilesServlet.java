package io.splicer.harness.fakes;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Serves the webapp's {@code /recorded-files/*} resources under {@code /recorded/*} and records
 * every GET of a {@code .ts} file, in order: {@code GET /recorded/_log} lists them one a line,
 * {@code DELETE /recorded/_log} forgets them. Lets a test know which ad segments a real player
 * fetched after following redirects (same origin as the page, so no CORS). Registered by
 * annotation, so {@code Wars}' web.xml stays as it is.
 */
@WebServlet(urlPatterns = "/recorded/*", asyncSupported = true)
public class RecordedFilesServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient List<String> fetched = Collections.synchronizedList(new ArrayList<>());

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getPathInfo() == null ? "" : req.getPathInfo();
    if ("/_log".equals(name)) {
      if ("DELETE".equals(req.getMethod())) {
        fetched.clear();
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        return;
      }
      resp.setContentType("text/plain;charset=UTF-8");
      synchronized (fetched) {
        resp.getWriter().write(String.join("\n", fetched));
      }
      return;
    }
    if (name.contains("..")) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream in = getServletContext().getResourceAsStream("/recorded-files" + name)) {
      if (in == null) {
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      if (name.endsWith(".ts") && "GET".equals(req.getMethod())) {
        fetched.add(name.substring(1));
      }
      resp.setContentType(name.endsWith(".m3u8") ? "application/vnd.apple.mpegurl" : "video/mp2t");
      in.transferTo(resp.getOutputStream());
    }
  }
}
