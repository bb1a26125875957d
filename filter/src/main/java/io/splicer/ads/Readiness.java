package io.splicer.ads;

import io.splicer.core.MediaTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a creative can be stitched now.
 *
 * @param notReadyReason empty when the creative is usable now, else why it is skipped
 * @param playableDuration the duration of the prepared creative when it differs from the VAST
 *     duration (fitting uses prepared/segment durations, reference §6 "Durations"), else empty
 */
public record Readiness(Optional<SkipReason> notReadyReason, Optional<MediaTime> playableDuration) {

  private static final Readiness READY = new Readiness(Optional.empty(), Optional.empty());

  public Readiness {
    Objects.requireNonNull(notReadyReason, "notReadyReason");
    Objects.requireNonNull(playableDuration, "playableDuration");
  }

  public static Readiness ready() {
    return READY;
  }

  /** Ready, and the prepared creative lasts {@code playableDuration}. */
  public static Readiness ready(MediaTime playableDuration) {
    return new Readiness(Optional.empty(), Optional.of(playableDuration));
  }

  public static Readiness notReady(SkipReason reason) {
    return new Readiness(Optional.of(reason), Optional.empty());
  }

  public boolean isReady() {
    return notReadyReason.isEmpty();
  }
}
