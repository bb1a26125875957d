package io.splicer.harness.capture;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Origin behaviours that the capture layer must survive, mapped to {@code /gen/*}. Each path is one
 * behaviour; see {@link #doGet}.
 */
public class CaptureFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String PLAYLIST =
      "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\n#EXTINF:6.0,Caf\u00e9 \u00e9t\u00e9\n"
          + "seg0.ts\n#EXT-X-ENDLIST\n";

  static final String HLS = "application/vnd.apple.mpegurl";

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    switch (path) {
      case "/writer.m3u8" -> writer(req, resp);
      case "/stream.m3u8" -> stream(resp, HLS);
      case "/flush.m3u8" -> flush(resp);
      case "/gzip.m3u8" -> gzip(resp);
      case "/big.m3u8" -> big(req, resp);
      case "/notmodified.m3u8" -> {
        resp.setHeader("ETag", "\"v1\"");
        resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      }
      case "/error.m3u8" -> error(req, resp);
      case "/redirect.m3u8" -> resp.sendRedirect("stream.m3u8");
      case "/async.m3u8" -> async(req, resp);
      case "/playlist" -> stream(resp, req.getParameter("type"));
      case "/unparseable.m3u8" -> {
        resp.setContentType(HLS);
        resp.getOutputStream().write("UNPARSEABLE\n".getBytes(StandardCharsets.US_ASCII));
      }
      case "/headers.m3u8" -> {
        // Echoes what the origin saw of conditional headers.
        resp.setContentType(HLS);
        resp.getWriter()
            .write(
                "#EXTM3U\n#X-RANGE:"
                    + req.getHeader("Range")
                    + "\n#X-IF-NONE-MATCH:"
                    + req.getHeader("If-None-Match")
                    + "\n#X-IF-MODIFIED-SINCE:"
                    + req.getDateHeader("If-Modified-Since")
                    + "\n");
      }
      default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static void writer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String charset = req.getParameter("charset");
    resp.setContentType(HLS);
    if (charset != null) {
      resp.setCharacterEncoding(charset);
    }
    PrintWriter out = resp.getWriter();
    out.print(PLAYLIST);
    out.flush();
  }

  private static void stream(HttpServletResponse resp, String type) throws IOException {
    byte[] body = PLAYLIST.getBytes(StandardCharsets.UTF_8);
    resp.setContentType(type + ";charset=UTF-8");
    resp.setContentLength(body.length);
    resp.setHeader("ETag", "\"origin-etag\"");
    resp.setDateHeader("Last-Modified", 1_000_000_000_000L);
    resp.setHeader("Accept-Ranges", "bytes");
    resp.setHeader("X-Origin", "kept");
    resp.getOutputStream().write(body);
  }

  private static void flush(HttpServletResponse resp) throws IOException {
    byte[] body = PLAYLIST.getBytes(StandardCharsets.UTF_8);
    resp.setContentType(HLS + ";charset=UTF-8");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body, 0, 10);
    resp.flushBuffer();
    // A header set after flushBuffer() only arrives if flushBuffer() did not commit.
    resp.setHeader("X-Committed-After-Flush", Boolean.toString(resp.isCommitted()));
    resp.getOutputStream().write(body, 10, body.length - 10);
  }

  private static void gzip(HttpServletResponse resp) throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(PLAYLIST.getBytes(StandardCharsets.UTF_8));
    }
    resp.setContentType(HLS + ";charset=UTF-8");
    resp.setHeader("Content-Encoding", "gzip");
    resp.setHeader("Vary", "Accept-Encoding");
    resp.setContentLength(zipped.size());
    zipped.writeTo(resp.getOutputStream());
  }

  private static void big(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    int bytes = Integer.parseInt(req.getParameter("bytes"));
    resp.setContentType(HLS);
    resp.setContentLength(bytes);
    byte[] line =
        "#EXT-X-COMMENT-PADDING-0123456789abcdef0123456789abcdef0123456789\n"
            .getBytes(StandardCharsets.US_ASCII);
    var out = resp.getOutputStream();
    int written = 0;
    while (written < bytes) {
      int n = Math.min(line.length, bytes - written);
      out.write(line, 0, n);
      written += n;
    }
  }

  private static void error(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    int status = Integer.parseInt(req.getParameter("status"));
    if (req.getParameter("send") != null) {
      resp.sendError(status, "fixture error");
      return;
    }
    resp.setStatus(status);
    resp.setContentType(HLS);
    resp.getWriter().write("#EXTM3U\n#X-ERROR-BODY\n");
  }

  private static void async(HttpServletRequest req, HttpServletResponse resp) {
    AsyncContext ctx = req.startAsync();
    ctx.start(
        () -> {
          try {
            HttpServletResponse r = (HttpServletResponse) ctx.getResponse();
            r.setContentType(HLS + ";charset=UTF-8");
            r.getOutputStream().write(PLAYLIST.getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new IllegalStateException(e);
          } finally {
            ctx.complete();
          }
        });
  }
}
