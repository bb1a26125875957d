package io.splicer.vast;

import io.splicer.core.MediaTime;

/** VAST/VMAP time values: {@code HH:MM:SS} or {@code HH:MM:SS.mmm} (VAST 4.3 §3.8.1.1). */
final class VastTimes {

  private VastTimes() {}

  /**
   * Parses {@code HH:MM:SS(.fff)} exactly (hours may exceed two digits; minutes and seconds are
   * below 60; the fraction may have any number of digits and is rounded once to the microsecond).
   *
   * @throws NumberFormatException naming the value in {@code [...]}
   */
  static MediaTime parseClock(String text) {
    String s = text.trim();
    int first = s.indexOf(':');
    int second = first < 0 ? -1 : s.indexOf(':', first + 1);
    if (first <= 0 || second < 0 || s.indexOf(':', second + 1) >= 0) {
      throw new NumberFormatException("not HH:MM:SS(.mmm) [" + text + "]");
    }
    long hours = digits(s.substring(0, first), text);
    long minutes = digits(s.substring(first + 1, second), text);
    String secondsText = s.substring(second + 1);
    int dot = secondsText.indexOf('.');
    long wholeSeconds = digits(dot < 0 ? secondsText : secondsText.substring(0, dot), text);
    if (minutes >= 60 || wholeSeconds >= 60 || (dot >= 0 && dot == secondsText.length() - 1)) {
      throw new NumberFormatException("not HH:MM:SS(.mmm) [" + text + "]");
    }
    if (dot >= 0) {
      digits(secondsText.substring(dot + 1), text);
    }
    MediaTime seconds = MediaTime.parseSeconds(secondsText);
    return MediaTime.ofSeconds(hours * 3600 + minutes * 60).plus(seconds);
  }

  private static long digits(String part, String whole) {
    if (part.isEmpty() || part.length() > 9) {
      throw new NumberFormatException("not HH:MM:SS(.mmm) [" + whole + "]");
    }
    for (int i = 0; i < part.length(); i++) {
      if (part.charAt(i) < '0' || part.charAt(i) > '9') {
        throw new NumberFormatException("not HH:MM:SS(.mmm) [" + whole + "]");
      }
    }
    return Long.parseLong(part);
  }
}
