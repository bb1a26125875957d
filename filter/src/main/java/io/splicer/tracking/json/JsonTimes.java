package io.splicer.tracking.json;

import io.splicer.core.MediaTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Time formats of the tracking JSON (reference §7.3 "Durations"). */
final class JsonTimes {

  private static final DateTimeFormatter PDT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private JsonTimes() {}

  /** ISO-8601 duration, e.g. {@code PT17.817798S}, {@code PT1M56.06S}, {@code PT0S}. */
  static String iso(MediaTime t) {
    return Duration.ofNanos(Math.multiplyExact(t.micros(), 1000L)).toString();
  }

  /** Seconds truncated to milliseconds, as MediaTailor's examples show (17.817798612 → 17.817). */
  static double seconds(MediaTime t) {
    return Math.floorDiv(t.micros(), 1000L) / 1000.0;
  }

  /** A program date-time with milliseconds in UTC, e.g. {@code 2023-07-31T16:11:40.693Z}. */
  static @Nullable String dateTime(@Nullable Instant t) {
    return t == null ? null : PDT.format(t);
  }

  /** {@code base + offset}, or {@code null} without a base. */
  static @Nullable Instant plus(@Nullable Instant base, MediaTime offset) {
    return base == null ? null : base.plus(Duration.ofNanos(offset.micros() * 1000L));
  }
}
