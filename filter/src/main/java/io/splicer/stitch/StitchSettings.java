package io.splicer.stitch;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the stitching pipeline (typed, validated once).
 *
 * @param decisionWait how long a manifest request waits for its breaks' decisions (ADS call and
 *     creative playlists); a break still undecided then is served as content this time and gets its
 *     ads on a later refresh (the decision keeps running and is memoised)
 * @param creativeTimeout how long the creative playlists of one decision may take to load
 * @param creativeCacheEntries creatives kept in the in-process catalog (LRU)
 */
public record StitchSettings(
    Duration decisionWait, Duration creativeTimeout, int creativeCacheEntries) {

  public static final StitchSettings DEFAULTS =
      new StitchSettings(Duration.ofSeconds(12), Duration.ofSeconds(2), 512);

  public StitchSettings {
    Objects.requireNonNull(decisionWait, "decisionWait");
    Objects.requireNonNull(creativeTimeout, "creativeTimeout");
    if (decisionWait.isNegative()
        || decisionWait.isZero()
        || creativeTimeout.isNegative()
        || creativeTimeout.isZero()
        || creativeCacheEntries < 1) {
      throw new IllegalArgumentException(
          "bad stitch settings ["
              + decisionWait
              + ", "
              + creativeTimeout
              + ", "
              + creativeCacheEntries
              + "]");
    }
  }
}
