package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.util.Optional;

/**
 * xs:duration values of MPD attributes ({@code Period@start}, {@code @duration}, {@code
 * mediaPresentationDuration}; ISO/IEC 23009-1 §5.3.1.2, XML Schema Part 2 §3.2.6), read exactly.
 */
public final class IsoDuration {

  private static final long SECONDS_PER_MINUTE = 60;
  private static final long SECONDS_PER_HOUR = 3600;
  private static final long SECONDS_PER_DAY = 86400;

  private IsoDuration() {}

  /**
   * Parses {@code PnDTnHnMn.nS} (days, hours, minutes, decimal seconds; years and months are
   * refused because their length is not fixed).
   */
  public static Optional<MediaTime> parse(String text) {
    String s = text.trim();
    if (s.length() < 3 || s.charAt(0) != 'P') {
      return Optional.empty();
    }
    MediaTime total = MediaTime.ZERO;
    boolean time = false;
    int numberStart = 1;
    boolean any = false;
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'T' && !time && i == numberStart) {
        time = true;
        numberStart = i + 1;
        continue;
      }
      if ((c >= '0' && c <= '9') || c == '.') {
        continue;
      }
      if (i == numberStart) {
        return Optional.empty();
      }
      Optional<MediaTime> part = unit(s.substring(numberStart, i), c, time);
      if (part.isEmpty()) {
        return Optional.empty();
      }
      total = total.plus(part.get());
      any = true;
      numberStart = i + 1;
    }
    return any && numberStart == s.length() ? Optional.of(total) : Optional.empty();
  }

  private static Optional<MediaTime> unit(String number, char unit, boolean time) {
    try {
      if (unit == 'S' && time) {
        return Optional.of(MediaTime.parseSeconds(number));
      }
      if (number.indexOf('.') >= 0) {
        return Optional.empty();
      }
      long n = Long.parseLong(number);
      long factor =
          switch (unit) {
            case 'D' -> time ? -1 : SECONDS_PER_DAY;
            case 'H' -> time ? SECONDS_PER_HOUR : -1;
            case 'M' -> time ? SECONDS_PER_MINUTE : -1;
            default -> -1;
          };
      return factor < 0
          ? Optional.empty()
          : Optional.of(MediaTime.ofSeconds(Math.multiplyExact(n, factor)));
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /**
   * Formats as MediaTailor does: hours, minutes and seconds, zero components left out, trailing
   * fraction zeros stripped ({@code PT48H10M2.036S}, {@code PT430625H46M}, {@code PT0S}).
   */
  public static String format(MediaTime time) {
    if (time.isNegative()) {
      throw new IllegalArgumentException("negative duration [" + time + "]");
    }
    long micros = time.micros();
    long wholeSeconds = micros / 1_000_000L;
    long fraction = micros % 1_000_000L;
    long hours = wholeSeconds / SECONDS_PER_HOUR;
    long minutes = (wholeSeconds % SECONDS_PER_HOUR) / SECONDS_PER_MINUTE;
    long seconds = wholeSeconds % SECONDS_PER_MINUTE;
    StringBuilder b = new StringBuilder("PT");
    if (hours > 0) {
      b.append(hours).append('H');
    }
    if (minutes > 0) {
      b.append(minutes).append('M');
    }
    if (seconds > 0 || fraction > 0) {
      b.append(seconds);
      appendFraction(b, fraction);
      b.append('S');
    }
    if (b.length() == 2) {
      b.append("0S");
    }
    return b.toString();
  }

  /**
   * Seconds as MediaTailor's single-period Period ids print them: a plain decimal with at least one
   * fraction digit ({@code 1550252760.0}, {@code 12.5}).
   */
  public static String secondsId(MediaTime time) {
    long micros = time.micros();
    StringBuilder b = new StringBuilder();
    if (micros < 0) {
      b.append('-');
      micros = -micros;
    }
    b.append(micros / 1_000_000L);
    long fraction = micros % 1_000_000L;
    if (fraction == 0) {
      return b.append(".0").toString();
    }
    appendFraction(b, fraction);
    return b.toString();
  }

  private static void appendFraction(StringBuilder b, long fractionMicros) {
    if (fractionMicros == 0) {
      return;
    }
    String digits = String.format("%06d", fractionMicros);
    int end = digits.length();
    while (digits.charAt(end - 1) == '0') {
      end--;
    }
    b.append('.').append(digits, 0, end);
  }
}
