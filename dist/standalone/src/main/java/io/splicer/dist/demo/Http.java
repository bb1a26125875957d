package io.splicer.dist.demo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Small HTTP helpers shared by the demo servlets. */
final class Http {

  private Http() {}

  static final String HLS = "application/vnd.apple.mpegurl";

  static String contentType(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".m3u8")) {
      return HLS;
    } else if (n.endsWith(".ts")) {
      return "video/mp2t";
    } else if (n.endsWith(".js")) {
      return "text/javascript";
    } else if (n.endsWith(".html")) {
      return "text/html;charset=UTF-8";
    } else if (n.endsWith(".xml")) {
      return "application/xml";
    }
    return "application/octet-stream";
  }

  /** Resolves a request path under {@code root}, refusing anything that escapes it. */
  static Optional<Path> resolve(Path root, String path) {
    if (path == null || path.isEmpty() || path.contains("\\") || path.contains("\0")) {
      return Optional.empty();
    }
    Path resolved = root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
    return resolved.startsWith(root) ? Optional.of(resolved) : Optional.empty();
  }

  static void sendFile(HttpServletRequest req, HttpServletResponse resp, Path file)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setContentType(contentType(file.getFileName().toString()));
    resp.setContentLengthLong(Files.size(file));
    resp.setHeader("Access-Control-Allow-Origin", "*");
    if (!"HEAD".equals(req.getMethod())) {
      Files.copy(file, resp.getOutputStream());
    }
  }

  static void sendText(
      HttpServletRequest req, HttpServletResponse resp, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    resp.setContentType(contentType);
    resp.setContentLength(bytes.length);
    resp.setHeader("Access-Control-Allow-Origin", "*");
    resp.setHeader("Cache-Control", "no-cache");
    if (!"HEAD".equals(req.getMethod())) {
      resp.getOutputStream().write(bytes);
    }
  }

  static String resource(String name) throws IOException {
    try (InputStream in = Http.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** scheme://host[:port] of the request, as the client addressed it. */
  static String base(HttpServletRequest req) {
    String url = req.getRequestURL().toString();
    int slash = url.indexOf('/', url.indexOf("//") + 2);
    return (slash < 0 ? url : url.substring(0, slash)) + req.getContextPath();
  }
}
