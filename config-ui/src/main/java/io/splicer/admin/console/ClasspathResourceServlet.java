package io.splicer.admin.console;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Serves static files from a classpath folder (the console's {@code META-INF/resources/admin/} or
 * WebJars' {@code META-INF/resources/webjars/}) where no container serves {@code
 * META-INF/resources} of jars for us: the standalone launcher's programmatic context. In a WAR the
 * container's default servlet does this. {@code GET}/{@code HEAD} only; the path info {@code /} or
 * none means {@code index.html}; {@code ..} segments are refused.
 */
public final class ClasspathResourceServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html;charset=UTF-8",
          "js", "text/javascript;charset=UTF-8",
          "css", "text/css;charset=UTF-8",
          "json", "application/json",
          "yaml", "application/yaml",
          "svg", "image/svg+xml",
          "map", "application/json",
          "png", "image/png",
          "woff2", "font/woff2");

  private final String folder;

  /**
   * @param folder classpath folder, e.g. {@code META-INF/resources/admin/}
   */
  public ClasspathResourceServlet(String folder) {
    this.folder = folder.endsWith("/") ? folder : folder + "/";
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo();
    if (path == null || path.equals("/")) {
      if (path == null && req.getServletPath().endsWith("admin")) {
        resp.sendRedirect(req.getContextPath() + req.getServletPath() + "/");
        return;
      }
      path = "/index.html";
    }
    if (path.contains("..") || path.contains("\\") || path.endsWith("/")) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String file = path.substring(1);
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(folder + file)) {
      if (in == null) {
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      int dot = file.lastIndexOf('.');
      String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
      resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
      resp.setHeader("X-Content-Type-Options", "nosniff");
      resp.setHeader("Cache-Control", ext.equals("html") ? "no-cache" : "max-age=300");
      if (ext.equals("html")) {
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
      }
      in.transferTo(resp.getOutputStream());
    }
  }
}
