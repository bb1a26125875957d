package io.splicer.session;

import io.splicer.core.MediaTime;
import java.time.Duration;

/**
 * Session lifetime and decision settings (typed, validated once; design rule 9).
 *
 * @param initialIdleTimeout idle timeout of a new session, before the web layer has seen a manifest
 *     duration
 * @param minIdleTimeout lower clamp of {@code 10 × manifest duration} (protects very short VOD
 *     assets; MediaTailor has no clamp — set it to 1 ms for strict parity)
 * @param maxIdleTimeout upper clamp (long VOD assets would otherwise keep sessions for days)
 * @param touchGranularity activity closer than this to the recorded one is not written again (saves
 *     a store write on every rendition request; expiry may be up to this much early)
 * @param failedDecisionRetryAfter how long an exceptionally completed decision is replayed to new
 *     requests of the same break on this node before the next request retries it
 */
public record SessionSettings(
    Duration initialIdleTimeout,
    Duration minIdleTimeout,
    Duration maxIdleTimeout,
    Duration touchGranularity,
    Duration failedDecisionRetryAfter) {

  /** Reference §1.2 "Session expiry": 10 × the manifest duration. */
  public static final int IDLE_MULTIPLIER = 10;

  public static final SessionSettings DEFAULTS =
      new SessionSettings(
          Duration.ofMinutes(10),
          Duration.ofMinutes(1),
          Duration.ofHours(24),
          Duration.ofSeconds(1),
          Duration.ofSeconds(2));

  public SessionSettings {
    requirePositive("initialIdleTimeout", initialIdleTimeout);
    requirePositive("minIdleTimeout", minIdleTimeout);
    requirePositive("maxIdleTimeout", maxIdleTimeout);
    if (maxIdleTimeout.compareTo(minIdleTimeout) < 0) {
      throw new IllegalArgumentException(
          "maxIdleTimeout [" + maxIdleTimeout + "] < minIdleTimeout [" + minIdleTimeout + "]");
    }
    if (touchGranularity.isNegative() || failedDecisionRetryAfter.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
  }

  /** {@code 10 × manifestDuration}, clamped to [min, max]. */
  public Duration idleTimeoutFor(MediaTime manifestDuration) {
    long micros = Math.max(0, manifestDuration.micros());
    Duration d = Duration.ofNanos(Math.multiplyExact(micros, 1000L * IDLE_MULTIPLIER));
    if (d.compareTo(minIdleTimeout) < 0) {
      return minIdleTimeout;
    }
    return d.compareTo(maxIdleTimeout) > 0 ? maxIdleTimeout : d;
  }

  private static void requirePositive(String name, Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: [" + d + "]");
    }
  }
}
