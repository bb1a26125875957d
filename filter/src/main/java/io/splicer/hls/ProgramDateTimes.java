package io.splicer.hls;

import io.splicer.core.MediaTime;
import io.splicer.hls.HlsProblem.Code;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The EXT-X-PROGRAM-DATE-TIME of every content segment of a playlist that has the tag (RFC 8216
 * §4.3.2.6: the date of a segment's first sample; later segments follow by their durations), and
 * the dates of ad segments placed in its breaks.
 */
final class ProgramDateTimes {

  private static final DateTimeFormatter PDT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

  private static final int NO_OFFSET = Integer.MIN_VALUE;

  private final List<MediaSegment> segs;
  private final @Nullable OffsetDateTime[] dates;

  private ProgramDateTimes(List<MediaSegment> segs, @Nullable OffsetDateTime[] dates) {
    this.segs = segs;
    this.dates = dates;
  }

  /** The dates of the content segments, or null when the playlist has no PDT tag. */
  static @Nullable ProgramDateTimes of(MediaPlaylist p, List<HlsProblem> problems) {
    List<MediaSegment> segs = p.segments();
    boolean any = false;
    for (MediaSegment s : segs) {
      any |= s.pdtLine() >= 0;
    }
    if (!any) {
      return null;
    }
    OffsetDateTime[] r = new OffsetDateTime[segs.size()];
    OffsetDateTime cur = null;
    for (int j = 0; j < segs.size(); j++) {
      MediaSegment s = segs.get(j);
      if (s.pdtLine() >= 0) {
        String v = p.lines().get(s.pdtLine()).value();
        try {
          cur = parse(v == null ? "" : v.strip());
        } catch (DateTimeParseException e) {
          problems.add(
              new HlsProblem(
                  Code.MALFORMED_TAG_VALUE, s.pdtLine() + 1, String.valueOf(v), "unreadable PDT"));
        }
      }
      r[j] = cur;
      if (cur != null) {
        cur = cur.plusNanos(s.duration().micros() * 1000);
      }
    }
    return new ProgramDateTimes(segs, r);
  }

  /** The tag line for a date. */
  static String tag(OffsetDateTime at) {
    return format(new StringBuilder(52).append("#EXT-X-PROGRAM-DATE-TIME:"), at).toString();
  }

  /**
   * {@code OffsetDateTime.parse(v)} (RFC 8216 §4.3.2.6: ISO 8601 / RFC 3339 date-time), without the
   * formatter machinery for the usual {@code YYYY-MM-DDThh:mm:ss[.f{1,9}](Z|±hh:mm)} shape;
   * anything else, and values out of range, go to {@code OffsetDateTime.parse} (same result, same
   * exception).
   */
  static OffsetDateTime parse(String v) {
    int n = v.length();
    if (n < 20
        || v.charAt(4) != '-'
        || v.charAt(7) != '-'
        || v.charAt(10) != 'T'
        || v.charAt(13) != ':'
        || v.charAt(16) != ':') {
      return OffsetDateTime.parse(v);
    }
    int year = digits(v, 0, 4);
    int month = digits(v, 5, 2);
    int day = digits(v, 8, 2);
    int hour = digits(v, 11, 2);
    int minute = digits(v, 14, 2);
    int second = digits(v, 17, 2);
    int i = 19;
    int nanos = 0;
    if (v.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(v.charAt(i))) {
        nanos = nanos * 10 + (v.charAt(i++) - '0');
      }
      if (i == start) {
        return OffsetDateTime.parse(v);
      }
      for (int k = i - start; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds = offsetSeconds(v, i);
    if ((year | month | day | hour | minute | second) < 0 || offsetSeconds == NO_OFFSET) {
      return OffsetDateTime.parse(v);
    }
    try {
      return OffsetDateTime.of(
          year, month, day, hour, minute, second, nanos, ZoneOffset.ofTotalSeconds(offsetSeconds));
    } catch (DateTimeException e) {
      return OffsetDateTime.parse(v); // out of range: the formatter's own exception
    }
  }

  /** {@code Z} → 0, {@code ±hh:mm} ending the string → its seconds, else {@link #NO_OFFSET}. */
  private static int offsetSeconds(String v, int i) {
    int n = v.length();
    if (i == n - 1 && v.charAt(i) == 'Z') {
      return 0;
    }
    if (i != n - 6 || v.charAt(i + 3) != ':') {
      return NO_OFFSET;
    }
    char sign = v.charAt(i);
    int h = digits(v, i + 1, 2);
    int m = digits(v, i + 4, 2);
    if ((sign != '+' && sign != '-') || h < 0 || m < 0 || m > 59) {
      return NO_OFFSET;
    }
    int total = h * 3600 + m * 60;
    return sign == '-' ? -total : total;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The decimal value of {@code len} digits at {@code from}, or -1. */
  private static int digits(String v, int from, int len) {
    int r = 0;
    for (int i = from; i < from + len; i++) {
      char c = v.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      r = r * 10 + (c - '0');
    }
    return r;
  }

  /**
   * Appends {@code at} as {@code uuuu-MM-dd'T'HH:mm:ss.SSSXXX} (what {@link #PDT} writes), by hand
   * for years 0–9999 and whole-minute offsets, else with the formatter.
   */
  static StringBuilder format(StringBuilder sb, OffsetDateTime at) {
    int year = at.getYear();
    int offset = at.getOffset().getTotalSeconds();
    if (year < 0 || year > 9999 || offset % 60 != 0) {
      return sb.append(PDT.format(at));
    }
    pad(sb, year, 4).append('-');
    pad(sb, at.getMonthValue(), 2).append('-');
    pad(sb, at.getDayOfMonth(), 2).append('T');
    pad(sb, at.getHour(), 2).append(':');
    pad(sb, at.getMinute(), 2).append(':');
    pad(sb, at.getSecond(), 2).append('.');
    pad(sb, at.getNano() / 1_000_000, 3);
    if (offset == 0) {
      return sb.append('Z');
    }
    int abs = Math.abs(offset);
    sb.append(offset < 0 ? '-' : '+');
    pad(sb, abs / 3600, 2).append(':');
    return pad(sb, abs / 60 % 60, 2);
  }

  private static StringBuilder pad(StringBuilder sb, int value, int width) {
    String s = Integer.toString(value);
    for (int k = s.length(); k < width; k++) {
      sb.append('0');
    }
    return sb.append(s);
  }

  /** The date of content segment {@code seg}, or null when unknown. */
  @Nullable OffsetDateTime content(int seg) {
    return dates[seg];
  }

  /** The date of an ad segment starting {@code offset} into break {@code c}, or null. */
  @Nullable OffsetDateTime ad(CueBreak c, MediaTime offset) {
    if (segs.isEmpty()) {
      return null;
    }
    OffsetDateTime base = dates[c.startSegment()];
    if (base == null) {
      return null;
    }
    if (c.kind() == CueBreak.Kind.REPLACEMENT) {
      base = base.minusNanos(c.elapsedAtStart().micros() * 1000);
    } else if (c.postRoll()) {
      base = base.plusNanos(segs.get(c.startSegment()).duration().micros() * 1000);
    }
    return base.plusNanos(offset.micros() * 1000);
  }
}
