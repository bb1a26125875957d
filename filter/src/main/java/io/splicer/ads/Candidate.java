package io.splicer.ads;

import io.splicer.core.MediaTime;
import java.util.Objects;

/**
 * One ad of an ADS response, in response order, as the fill rules see it.
 *
 * @param ad the caller's reference to the ad (e.g. a resolved VAST ad), carried into the plan
 * @param creativeKey the creative identity (VAST {@code Creative@id}, else the media file URL), as
 *     MediaTailor keys creatives (reference §6 "Creative keying")
 * @param duration the duration the ADS declared ({@code Linear/Duration})
 * @param <A> the caller's ad type
 */
public record Candidate<A>(A ad, String creativeKey, MediaTime duration) {
  public Candidate {
    Objects.requireNonNull(ad, "ad");
    Objects.requireNonNull(creativeKey, "creativeKey");
    Objects.requireNonNull(duration, "duration");
  }
}
