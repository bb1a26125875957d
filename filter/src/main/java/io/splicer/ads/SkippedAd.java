package io.splicer.ads;

import java.util.Objects;

/**
 * An ad of the response that the plan does not play, and why (MediaTailor's {@code skippedAds}).
 */
public record SkippedAd<A>(Candidate<A> candidate, SkipReason reason) {
  public SkippedAd {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(reason, "reason");
  }
}
