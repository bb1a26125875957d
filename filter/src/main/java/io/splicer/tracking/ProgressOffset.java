package io.splicer.tracking;

import io.splicer.core.MediaTime;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The {@code offset} of a VAST 4 {@code progress} tracking event (VAST 4.3 §3.14.1: "time in the
 * format HH:MM:SS or HH:MM:SS.mmm or a percentage in the format n%"), resolved against the ad's
 * duration.
 */
sealed interface ProgressOffset {

  /** The offset from the ad's start, given the ad's duration. */
  MediaTime resolve(MediaTime adDuration);

  /** A clock offset. */
  record Clock(MediaTime time) implements ProgressOffset {
    @Override
    public MediaTime resolve(MediaTime adDuration) {
      return time;
    }
  }

  /** A percentage of the ad's duration (0–100). */
  record Percent(BigDecimal percent) implements ProgressOffset {
    @Override
    public MediaTime resolve(MediaTime adDuration) {
      BigDecimal micros =
          BigDecimal.valueOf(adDuration.micros())
              .multiply(percent)
              .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
      return MediaTime.ofMicros(micros.longValueExact());
    }
  }

  /**
   * Parses an offset.
   *
   * @throws IllegalArgumentException naming the value in {@code [...]} if it is neither form
   */
  static ProgressOffset parse(String text) {
    String s = text.trim();
    try {
      if (s.endsWith("%")) {
        BigDecimal p = new BigDecimal(s.substring(0, s.length() - 1).trim());
        if (p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0) {
          return new Percent(p);
        }
      } else {
        return new Clock(parseClock(s));
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // classified below
    }
    throw new IllegalArgumentException("invalid progress offset [" + text + "]");
  }

  /** {@code HH:MM:SS} or {@code HH:MM:SS.mmm} (VAST 4.3 §3.4.1 time format). */
  private static MediaTime parseClock(String s) {
    String[] parts = s.split(":", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].length() != 2) {
      throw new NumberFormatException(s);
    }
    long hours = Long.parseLong(parts[0]);
    long minutes = Long.parseLong(parts[1]);
    MediaTime seconds = MediaTime.parseSeconds(parts[2]);
    if (hours < 0 || minutes < 0 || minutes > 59 || seconds.isNegative()) {
      throw new NumberFormatException(s);
    }
    if (parts[2].startsWith("-") || parts[2].startsWith("+")) {
      throw new NumberFormatException(s);
    }
    return MediaTime.ofSeconds(hours * 3600 + minutes * 60).plus(seconds);
  }
}
