package io.splicer.harness.fakes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Records requests as text lines: {@code METHOD URI?QUERY} followed by one tab-indented {@code
 * name: value} line per header. Thread-safe.
 */
public final class Recorder {
  private final List<String> entries = Collections.synchronizedList(new ArrayList<>());

  public void record(HttpServletRequest request) {
    StringBuilder sb = new StringBuilder();
    sb.append(request.getMethod()).append(' ').append(request.getRequestURI());
    if (request.getQueryString() != null) {
      sb.append('?').append(request.getQueryString());
    }
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        sb.append("\n\t").append(name).append(": ").append(value);
      }
    }
    entries.add(sb.toString());
  }

  public void clear() {
    entries.clear();
  }

  /** Writes every record, separated by blank lines, as text/plain. */
  public void dump(HttpServletResponse response) throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    response.setHeader("X-Count", Integer.toString(entries.size()));
    PrintWriter out = response.getWriter();
    synchronized (entries) {
      for (String e : entries) {
        out.write(e);
        out.write("\n\n");
      }
    }
    out.flush();
  }

  static String body(HttpServletRequest request) throws IOException {
    return new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
