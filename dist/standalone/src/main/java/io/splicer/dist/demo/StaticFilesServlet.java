package io.splicer.dist.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Serves files under a directory ({@code root != null}) or classpath resources under a prefix (for
 * WebJars: {@code META-INF/resources/webjars/}).
 */
public final class StaticFilesServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable Path root;
  private final String classpathPrefix;

  private StaticFilesServlet(@Nullable Path root, String classpathPrefix) {
    this.root = root;
    this.classpathPrefix = classpathPrefix;
  }

  public static StaticFilesServlet directory(Path root) {
    return new StaticFilesServlet(root.toAbsolutePath().normalize(), "");
  }

  public static StaticFilesServlet classpath(String prefix) {
    return new StaticFilesServlet(null, prefix);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    if (root != null) {
      Optional<Path> file = Http.resolve(root, path);
      if (file.isEmpty()) {
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      } else {
        Http.sendFile(req, resp, file.get());
      }
      return;
    }
    if (path.contains("..") || path.contains("\\") || path.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream in =
        StaticFilesServlet.class
            .getClassLoader()
            .getResourceAsStream(classpathPrefix + path.substring(1))) {
      if (in == null) {
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      resp.setContentType(Http.contentType(path));
      resp.setHeader("Cache-Control", "max-age=86400");
      in.transferTo(resp.getOutputStream());
    }
  }
}
