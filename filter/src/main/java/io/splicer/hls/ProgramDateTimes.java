package io.splicer.hls;

import io.splicer.core.MediaTime;
import io.splicer.hls.HlsProblem.Code;
import java.time.OffsetDateTime;
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
          cur = OffsetDateTime.parse(v == null ? "" : v.strip());
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
    return "#EXT-X-PROGRAM-DATE-TIME:" + PDT.format(at);
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
