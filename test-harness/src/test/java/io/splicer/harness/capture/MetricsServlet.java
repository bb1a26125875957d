package io.splicer.harness.capture;

import io.splicer.web.FilterMetrics;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.TreeMap;

/**
 * Answers the filter's counters as {@code name=value} lines, plus {@code loader=} (the class loader
 * of the filter classes), mapped to {@code /_metrics}.
 */
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
    // Which loader the filter classes came from: the WAR's, not the test class path's.
    sb.append("loader=").append(FilterMetrics.class.getClassLoader().getClass().getName());
    sb.append('\n');
    resp.getWriter().write(sb.toString());
  }
}
