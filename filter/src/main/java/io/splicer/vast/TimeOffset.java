package io.splicer.vast;

import io.splicer.core.MediaTime;
import java.math.BigDecimal;

/**
 * A VMAP {@code AdBreak@timeOffset} (VMAP 1.0 §2.3.1): {@code start}, {@code end}, a clock time
 * {@code HH:MM:SS} or {@code HH:MM:SS.mmm}, a percentage {@code n%} of the content duration, or a
 * position {@code #n} (the n-th opportunity, 1-based).
 */
public sealed interface TimeOffset
    permits TimeOffset.Start,
        TimeOffset.End,
        TimeOffset.Clock,
        TimeOffset.Percent,
        TimeOffset.Position {

  /** Before the content (pre-roll). */
  record Start() implements TimeOffset {}

  /** After the content (post-roll). */
  record End() implements TimeOffset {}

  /** At a content time. */
  record Clock(MediaTime time) implements TimeOffset {}

  /** At a percentage (0–100) of the content duration. */
  record Percent(BigDecimal percent) implements TimeOffset {}

  /** At the n-th break opportunity (1-based). */
  record Position(int position) implements TimeOffset {}

  /**
   * Parses a {@code timeOffset} value (case-insensitive keywords, surrounding space ignored).
   *
   * @throws IllegalArgumentException naming the value in {@code [...]} if it is none of the forms
   */
  static TimeOffset parse(String text) {
    String s = text.trim();
    if (s.equalsIgnoreCase("start")) {
      return new Start();
    }
    if (s.equalsIgnoreCase("end")) {
      return new End();
    }
    try {
      if (s.endsWith("%")) {
        BigDecimal p = new BigDecimal(s.substring(0, s.length() - 1).trim());
        if (p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0) {
          return new Percent(p);
        }
      } else if (s.startsWith("#")) {
        int n = Integer.parseInt(s.substring(1).trim());
        if (n >= 1) {
          return new Position(n);
        }
      } else {
        return new Clock(VastTimes.parseClock(s));
      }
    } catch (NumberFormatException e) {
      // falls through to the classified error below
    }
    throw new IllegalArgumentException("invalid timeOffset [" + text + "]");
  }
}
