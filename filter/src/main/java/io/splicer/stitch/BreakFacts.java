package io.splicer.stitch;

import io.splicer.core.MediaTime;
import io.splicer.scte35.SpliceInfoSection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ADS request and the fill rules need to know about one break.
 *
 * @param mode how the break is filled
 * @param duration the signalled break duration, if any
 * @param joinOffset break time already elapsed when the session first saw it (mid-break join)
 * @param scte35 the opening SCTE-35 message, if any ({@code [scte.*]})
 * @param asset EXT-X-ASSET values ({@code [asset.*]})
 * @param availIndex {@code [avail.index]}
 * @param sourceEpochMillis program date-time of the break start, if known
 */
record BreakFacts(
    Mode mode,
    Optional<MediaTime> duration,
    MediaTime joinOffset,
    Optional<SpliceInfoSection> scte35,
    Map<String, String> asset,
    long availIndex,
    Optional<Long> sourceEpochMillis) {

  /** Which fill rule applies (reference §5). */
  enum Mode {
    /** Live break, or VOD marker with a duration: ads replace content for the duration. */
    REPLACEMENT,
    /** Live break without a duration: every usable ad until the cue-in. */
    OPEN_ENDED,
    /** VOD {@code CUE-OUT:0}: every usable ad is inserted. */
    INSERTION
  }

  BreakFacts {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(joinOffset, "joinOffset");
    asset = Map.copyOf(asset);
  }

  /** The time left to fill: the duration minus what elapsed before the join. */
  Optional<MediaTime> remaining() {
    return duration.map(d -> MediaTime.max(MediaTime.ZERO, d.minus(joinOffset)));
  }
}
