package io.splicer.vast;

import io.splicer.xml.XmlLimits;
import java.time.Duration;

/**
 * Limits of wrapper resolution (defaults as MediaTailor: 7 wrapper levels, 3 s per ad server
 * response, 10 s in total, mediatailor-behaviour §6 "Timeouts"/"Wrappers").
 *
 * @param maxWrapperDepth how many Wrapper redirects are followed before error 302
 * @param perRequestTimeout how long one fetch may take before error 301
 * @param totalBudget how long the whole resolution may take, wrappers included
 * @param xml size and depth limits for each fetched document
 */
public record WrapperLimits(
    int maxWrapperDepth, Duration perRequestTimeout, Duration totalBudget, XmlLimits xml) {

  public static final int DEFAULT_MAX_WRAPPER_DEPTH = 7;
  public static final Duration DEFAULT_PER_REQUEST_TIMEOUT = Duration.ofSeconds(3);
  public static final Duration DEFAULT_TOTAL_BUDGET = Duration.ofSeconds(10);

  public WrapperLimits {
    if (maxWrapperDepth < 0) {
      throw new IllegalArgumentException("maxWrapperDepth must be >= 0: [" + maxWrapperDepth + "]");
    }
    if (perRequestTimeout.isNegative() || perRequestTimeout.isZero()) {
      throw new IllegalArgumentException(
          "perRequestTimeout must be > 0: [" + perRequestTimeout + "]");
    }
    if (totalBudget.isNegative() || totalBudget.isZero()) {
      throw new IllegalArgumentException("totalBudget must be > 0: [" + totalBudget + "]");
    }
  }

  public static WrapperLimits defaults() {
    return new WrapperLimits(
        DEFAULT_MAX_WRAPPER_DEPTH,
        DEFAULT_PER_REQUEST_TIMEOUT,
        DEFAULT_TOTAL_BUDGET,
        XmlLimits.defaults());
  }

  public WrapperLimits withMaxWrapperDepth(int depth) {
    return new WrapperLimits(depth, perRequestTimeout, totalBudget, xml);
  }

  public WrapperLimits withPerRequestTimeout(Duration timeout) {
    return new WrapperLimits(maxWrapperDepth, timeout, totalBudget, xml);
  }

  public WrapperLimits withTotalBudget(Duration budget) {
    return new WrapperLimits(maxWrapperDepth, perRequestTimeout, budget, xml);
  }
}
