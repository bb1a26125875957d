package io.splicer.web;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of the capture layer. One instance per filter, published as the servlet-context
 * attribute {@value #ATTRIBUTE}.
 */
public final class FilterMetrics {

  public static final String ATTRIBUTE = "io.splicer.web.FilterMetrics";

  final AtomicLong manifestsCaptured = new AtomicLong();
  final AtomicLong manifestsRewritten = new AtomicLong();
  final AtomicLong oversizePassThrough = new AtomicLong();
  final AtomicLong unparseableManifests = new AtomicLong();
  final AtomicLong rewriterFailures = new AtomicLong();
  final AtomicLong originTimeouts = new AtomicLong();
  final AtomicLong originErrors = new AtomicLong();

  /** A point-in-time copy of every counter, by name. */
  public Map<String, Long> snapshot() {
    return Map.of(
        "manifestsCaptured", manifestsCaptured.get(),
        "manifestsRewritten", manifestsRewritten.get(),
        "oversizePassThrough", oversizePassThrough.get(),
        "unparseableManifests", unparseableManifests.get(),
        "rewriterFailures", rewriterFailures.get(),
        "originTimeouts", originTimeouts.get(),
        "originErrors", originErrors.get());
  }
}
