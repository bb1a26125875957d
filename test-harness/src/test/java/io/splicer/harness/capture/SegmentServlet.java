package io.splicer.harness.capture;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Streams a large generated segment, mapped to {@code /seg/*}: {@code GET
 * /seg/<name>?bytes=N&id=X[&type=video/mp2t]}. After the first MiB it records whether the response
 * is already committed (it cannot be if anything buffers the whole body); {@code GET
 * /seg/_stats?id=X} answers {@code committedAfterFirstMiB=<bool> written=<n>}.
 */
public class SegmentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final int MIB = 1024 * 1024;

  private final Map<String, String> stats = new ConcurrentHashMap<>();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String id = req.getParameter("id");
    if ("/_stats".equals(req.getPathInfo())) {
      resp.setContentType("text/plain");
      resp.getWriter().write(String.valueOf(stats.get(id)));
      return;
    }
    long bytes = Long.parseLong(req.getParameter("bytes"));
    String type = req.getParameter("type");
    resp.setContentType(type == null ? "video/mp2t" : type);
    resp.setContentLengthLong(bytes);
    ServletOutputStream out = resp.getOutputStream();
    byte[] chunk = new byte[64 * 1024];
    boolean committedAfterFirstMib = false;
    long written = 0;
    while (written < bytes) {
      int n = (int) Math.min(chunk.length, bytes - written);
      chunk[0] = (byte) (written >>> 16);
      out.write(chunk, 0, n);
      written += n;
      if (written == MIB) {
        committedAfterFirstMib = resp.isCommitted();
      }
    }
    stats.put(id, "committedAfterFirstMiB=" + committedAfterFirstMib + " written=" + written);
  }
}
