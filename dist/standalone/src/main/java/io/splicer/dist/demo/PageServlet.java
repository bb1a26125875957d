package io.splicer.dist.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serves one HTML page from a classpath template, replacing {@code {{KEY}}} placeholders with the
 * supplied values (computed per request).
 */
public final class PageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final String template;
  private final transient Supplier<Map<String, String>> values;

  public PageServlet(String templateResource, Supplier<Map<String, String>> values)
      throws IOException {
    this.template = Http.resource(templateResource);
    this.values = values;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String page = template;
    for (Map.Entry<String, String> e : values.get().entrySet()) {
      page = page.replace("{{" + e.getKey() + "}}", escape(e.getValue()));
    }
    Http.sendText(req, resp, "text/html;charset=UTF-8", page);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
