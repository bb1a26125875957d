package io.splicer.hls.archfixture;

import jakarta.servlet.ServletRequest;

/**
 * Deliberate violation for {@code ArchitectureRulesSelfTest}: hls may not touch the servlet API.
 */
public final class HlsUsingServlet {
  private HlsUsingServlet() {}

  public static String path(ServletRequest request) {
    return request.getScheme();
  }
}
