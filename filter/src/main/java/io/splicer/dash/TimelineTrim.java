package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a SegmentTimeline to a window of its Period (ISO/IEC 23009-1 §5.3.9.6). A segment belongs to
 * the window holding its midpoint, so each segment lands in exactly one piece of a split Period
 * (MediaTailor's VOD example: an audio segment straddling the split goes to the later piece). Works
 * per run of equal segments, never expanding {@code @r}.
 */
final class TimelineTrim {

  /**
   * The kept part.
   *
   * @param entries S entries, each with an explicit {@code @t}
   * @param presentationTimeOffset the new {@code @presentationTimeOffset}: the old one plus the
   *     window start, so the piece's Period start maps to the same media time
   * @param startNumber the old {@code @startNumber} plus the number of segments dropped before
   * @param count segments kept
   */
  record Result(
      List<TimelineEntry> entries, long presentationTimeOffset, long startNumber, long count) {}

  private TimelineTrim() {}

  /**
   * Trims {@code template}'s timeline to [from, to) of the Period ({@code to} empty = open). {@code
   * periodLength} bounds an {@code @r="-1"} run at the end of the timeline.
   */
  static Result trim(
      SegmentTemplateInfo template,
      MediaTime from,
      Optional<MediaTime> to,
      Optional<MediaTime> periodLength) {
    long scale = template.timescale();
    long pto = template.presentationTimeOffset();
    long fromT = pto + from.toTicks(scale);
    long toT = to.map(t -> pto + t.toTicks(scale)).orElse(Long.MAX_VALUE / 4);
    long endT = periodLength.map(l -> pto + l.toTicks(scale)).orElse(toT);
    List<TimelineEntry> source = template.timeline();
    List<TimelineEntry> kept = new ArrayList<>();
    long t = 0;
    long index = 0;
    long firstKept = -1;
    long count = 0;
    for (int i = 0; i < source.size(); i++) {
      TimelineEntry s = source.get(i);
      t = s.t().orElse(t);
      long d = s.d();
      if (d <= 0) {
        continue;
      }
      long runs = runLength(s, t, i + 1 < source.size() ? source.get(i + 1) : null, endT);
      // Overlap: keep k where t + k·d + d > fromT and t + k·d < toT.
      long kMin = Math.max(0, Math.floorDiv(fromT - t - d, d) + 1);
      long kMax = Math.min(runs, Math.max(0, ceilDiv(toT - t, d)));
      if (kMax > kMin) {
        if (firstKept < 0) {
          firstKept = index + kMin;
        }
        long n = kMax - kMin;
        kept.add(new TimelineEntry(java.util.OptionalLong.of(t + kMin * d), d, n - 1));
        count += n;
      }
      index += runs;
      t += runs * d;
    }
    long dropped = firstKept < 0 ? index : firstKept;
    return new Result(kept, fromT, template.startNumber() + dropped, count);
  }

  /** Number of segments of an S entry; {@code @r="-1"} runs to the next S or the Period end. */
  private static long runLength(TimelineEntry s, long t, TimelineEntry next, long endT) {
    if (s.r() >= 0) {
      return s.r() + 1;
    }
    long until = next != null && next.t().isPresent() ? next.t().getAsLong() : endT;
    if (until >= Long.MAX_VALUE / 8) {
      return 1;
    }
    return Math.max(1, ceilDiv(until - t, s.d()));
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /** S elements as text, separated by {@code separator}. */
  static String render(List<TimelineEntry> entries, String separator) {
    StringBuilder b = new StringBuilder(entries.size() * 40);
    for (TimelineEntry e : entries) {
      b.append(separator).append("<S t=\"").append(e.t().orElse(0)).append("\" d=\"").append(e.d());
      if (e.r() != 0) {
        b.append("\" r=\"").append(e.r());
      }
      b.append("\"/>");
    }
    return b.toString();
  }
}
