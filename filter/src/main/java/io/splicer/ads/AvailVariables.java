package io.splicer.ads;

import io.splicer.core.MediaTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The avail facts behind {@code [avail.*]} and {@code [session.avail_duration_*]} (reference §1.4).
 *
 * @param index the avail's position in the session's avail index ({@code [avail.index]})
 * @param duration the avail duration from the marker; empty, zero or negative means "unknown" and
 *     gives the 300 000 ms default
 * @param durationOmitted true for a VOD pre-roll triggered without an SCTE duration: then {@code
 *     [session.avail_duration_*]} have no value at all, not even the default
 * @param sourceContentTimeEpochMs the program date-time of the origin segment that started the
 *     avail ({@code [avail.source_content_time_epoch_ms]}), if known
 */
public record AvailVariables(
    long index,
    Optional<MediaTime> duration,
    boolean durationOmitted,
    Optional<Long> sourceContentTimeEpochMs) {

  /** MediaTailor's default avail duration when the marker has none (reference §1.4). */
  public static final MediaTime DEFAULT_DURATION = MediaTime.ofMillis(300_000);

  public AvailVariables {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(sourceContentTimeEpochMs, "sourceContentTimeEpochMs");
  }

  /** An avail with a known (or defaulted) duration and no program date-time. */
  public static AvailVariables of(long index, Optional<MediaTime> duration) {
    return new AvailVariables(index, duration, false, Optional.empty());
  }

  /** The effective duration: the marker's if positive, else 300 s; empty when omitted. */
  public Optional<MediaTime> effectiveDuration() {
    if (durationOmitted) {
      return Optional.empty();
    }
    return Optional.of(duration.filter(d -> d.isAfter(MediaTime.ZERO)).orElse(DEFAULT_DURATION));
  }

  /** {@code [session.avail_duration_ms]}. */
  public String durationMillisText() {
    return effectiveDuration().map(d -> Long.toString(d.toMillis())).orElse("");
  }

  /** {@code [session.avail_duration_secs]}: rounded to the nearest second (half up). */
  public String durationSecondsText() {
    return effectiveDuration()
        .map(
            d ->
                BigDecimal.valueOf(d.micros(), 6).setScale(0, RoundingMode.HALF_UP).toPlainString())
        .orElse("");
  }
}
