package io.splicer.core.archfixture;

import io.splicer.hls.archfixture.HlsUsingServlet;

/** Deliberate violation for {@code ArchitectureRulesSelfTest}: core may not depend on hls. */
public final class CoreReachingUp {
  private CoreReachingUp() {}

  public static String name() {
    return HlsUsingServlet.class.getName();
  }
}
