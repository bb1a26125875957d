package io.splicer.ads;

import io.splicer.core.MediaTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The playback-configuration values the fill rules need (a small view of {@code
 * PlaybackConfiguration}: {@code SlateAdUrl}, {@code PersonalizationThresholdSeconds}, {@code
 * Bumper.StartUrl}/{@code EndUrl} with the prepared bumpers' durations).
 *
 * @param slateConfigured whether a slate is configured (slate fills unfilled time, reference §5)
 * @param personalizationThreshold the maximum unfilled time of a break; only applies with a slate
 * @param startBumper the duration of the prepared start bumper, if any (≤ 10 s)
 * @param endBumper the duration of the prepared end bumper, if any (≤ 10 s)
 */
public record FillSettings(
    boolean slateConfigured,
    Optional<MediaTime> personalizationThreshold,
    Optional<MediaTime> startBumper,
    Optional<MediaTime> endBumper) {

  /** Bumpers last at most 10 s (reference §5 "Bumpers"). */
  public static final MediaTime MAX_BUMPER = MediaTime.ofSeconds(10);

  /** No slate, no threshold, no bumpers: unfilled time is underlying content. */
  public static final FillSettings NONE =
      new FillSettings(false, Optional.empty(), Optional.empty(), Optional.empty());

  public FillSettings {
    Objects.requireNonNull(personalizationThreshold, "personalizationThreshold");
    Objects.requireNonNull(startBumper, "startBumper");
    Objects.requireNonNull(endBumper, "endBumper");
    personalizationThreshold.ifPresent(
        t -> {
          if (t.isNegative()) {
            throw new IllegalArgumentException("negative personalization threshold: [" + t + "]");
          }
        });
    checkBumper("start", startBumper);
    checkBumper("end", endBumper);
  }

  /** Slate configured, no threshold, no bumpers. */
  public static FillSettings withSlate() {
    return new FillSettings(true, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public FillSettings withThreshold(MediaTime threshold) {
    return new FillSettings(slateConfigured, Optional.of(threshold), startBumper, endBumper);
  }

  public FillSettings withBumpers(Optional<MediaTime> start, Optional<MediaTime> end) {
    return new FillSettings(slateConfigured, personalizationThreshold, start, end);
  }

  private static void checkBumper(String which, Optional<MediaTime> bumper) {
    bumper.ifPresent(
        d -> {
          if (d.isNegative() || d.isZero() || d.isAfter(MAX_BUMPER)) {
            throw new IllegalArgumentException(which + " bumper must last (0, 10] s: [" + d + "]");
          }
        });
  }
}
