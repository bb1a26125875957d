package io.splicer.harness.capture;

import io.splicer.web.FilterMetrics;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.TreeMap;

/** Answers the filter's counters as {@code name=value} lines, mapped to {@code /_metrics}. */
public class MetricsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    FilterMetrics metrics =
        (FilterMetrics) getServletContext().getAttribute(FilterMetrics.ATTRIBUTE);
    resp.setContentType("text/plain");
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(metrics.snapshot())
        .forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
    resp.getWriter().write(sb.toString());
  }
}
