package io.splicer.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact media time or duration, held as whole microseconds.
 *
 * <p>Decimal seconds from manifests (EXTINF, DURATION, VAST {@code HH:MM:SS.mmm}) are parsed
 * exactly and rounded once to the microsecond; sums and differences are then exact, so a playlist
 * of a thousand 2.002 s segments adds up to exactly 2002 s (design rule 4: no accumulated {@code
 * double} seconds).
 *
 * @param micros the time in microseconds; may be negative for differences
 */
public record MediaTime(long micros) implements Comparable<MediaTime> {

  public static final MediaTime ZERO = new MediaTime(0);
  private static final long MICROS_PER_SECOND = 1_000_000L;
  private static final long MICROS_PER_MILLI = 1_000L;

  public static MediaTime ofMicros(long micros) {
    return new MediaTime(micros);
  }

  public static MediaTime ofMillis(long millis) {
    return new MediaTime(Math.multiplyExact(millis, MICROS_PER_MILLI));
  }

  public static MediaTime ofSeconds(long seconds) {
    return new MediaTime(Math.multiplyExact(seconds, MICROS_PER_SECOND));
  }

  /**
   * Ticks of a clock with the given rate (for example 90 kHz SCTE-35/PTS ticks, or a DASH
   * timescale), rounded half-up once to the microsecond.
   */
  public static MediaTime ofTicks(long ticks, long ticksPerSecond) {
    if (ticksPerSecond <= 0) {
      throw new IllegalArgumentException("timescale must be positive: [" + ticksPerSecond + "]");
    }
    BigDecimal micros =
        BigDecimal.valueOf(ticks)
            .multiply(BigDecimal.valueOf(MICROS_PER_SECOND))
            .divide(BigDecimal.valueOf(ticksPerSecond), 0, RoundingMode.HALF_UP);
    return new MediaTime(micros.longValueExact());
  }

  /**
   * Parses decimal seconds such as {@code "6.006"}, {@code "10"}, {@code "-0.5"} or {@code
   * "3.0666667"} exactly, rounding half-up once to the microsecond.
   *
   * @throws NumberFormatException if the text is not a plain decimal number (no exponent, no
   *     NaN/Infinity)
   */
  public static MediaTime parseSeconds(CharSequence text) {
    String s = text.toString().trim();
    if (s.isEmpty() || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
      throw new NumberFormatException("not decimal seconds: [" + text + "]");
    }
    long whole = 0;
    long frac = 0;
    int fracDigits = 0;
    boolean negative = false;
    boolean dot = false;
    boolean digits = false;
    boolean roundUp = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i == 0 && (c == '-' || c == '+')) {
        negative = c == '-';
      } else if (c == '.' && !dot) {
        dot = true;
      } else if (c >= '0' && c <= '9') {
        digits = true;
        if (!dot) {
          whole = Math.addExact(Math.multiplyExact(whole, 10), c - '0');
        } else if (fracDigits < 6) {
          frac = frac * 10 + (c - '0');
          fracDigits++;
        } else if (fracDigits == 6) {
          roundUp = c >= '5';
          fracDigits++;
        }
      } else {
        throw new NumberFormatException("not decimal seconds: [" + text + "]");
      }
    }
    if (!digits) {
      throw new NumberFormatException("not decimal seconds: [" + text + "]");
    }
    for (int d = Math.min(fracDigits, 6); d < 6; d++) {
      frac *= 10;
    }
    long micros = Math.addExact(Math.multiplyExact(whole, MICROS_PER_SECOND), frac);
    if (roundUp) {
      micros = Math.addExact(micros, 1);
    }
    return new MediaTime(negative ? -micros : micros);
  }

  public long toMillis() {
    return Math.floorDiv(micros, MICROS_PER_MILLI);
  }

  /** Ticks of a clock with the given rate, rounded half-up once. */
  public long toTicks(long ticksPerSecond) {
    return BigDecimal.valueOf(micros)
        .multiply(BigDecimal.valueOf(ticksPerSecond))
        .divide(BigDecimal.valueOf(MICROS_PER_SECOND), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** Seconds as a {@code double}: for display and players only, never for accumulation. */
  public double toSecondsDouble() {
    return micros / (double) MICROS_PER_SECOND;
  }

  /**
   * Decimal seconds with the given number of fraction digits (0–6), rounded half-up, e.g. {@code
   * 6.006} with 3 digits.
   */
  public String toSecondsString(int fractionDigits) {
    if (fractionDigits < 0 || fractionDigits > 6) {
      throw new IllegalArgumentException("fraction digits 0..6: [" + fractionDigits + "]");
    }
    return BigDecimal.valueOf(micros, 6)
        .setScale(fractionDigits, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** Whole seconds rounded up, as EXT-X-TARGETDURATION needs (RFC 8216 §4.3.3.1). */
  public long toCeilSeconds() {
    return Math.floorDiv(micros + MICROS_PER_SECOND - 1, MICROS_PER_SECOND);
  }

  public MediaTime plus(MediaTime other) {
    return new MediaTime(Math.addExact(micros, other.micros));
  }

  public MediaTime minus(MediaTime other) {
    return new MediaTime(Math.subtractExact(micros, other.micros));
  }

  public boolean isZero() {
    return micros == 0;
  }

  public boolean isNegative() {
    return micros < 0;
  }

  public boolean isAfter(MediaTime other) {
    return micros > other.micros;
  }

  public boolean isBefore(MediaTime other) {
    return micros < other.micros;
  }

  public static MediaTime min(MediaTime a, MediaTime b) {
    return a.micros <= b.micros ? a : b;
  }

  public static MediaTime max(MediaTime a, MediaTime b) {
    return a.micros >= b.micros ? a : b;
  }

  @Override
  public int compareTo(MediaTime other) {
    return Long.compare(micros, other.micros);
  }

  @Override
  public String toString() {
    return toSecondsString(6) + "s";
  }
}
