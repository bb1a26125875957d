package io.splicer.stitch;

import io.splicer.core.MediaTime;
import io.splicer.dash.MpdDocument;
import io.splicer.dash.MpdPeriod;
import io.splicer.dash.SegmentTemplateInfo;
import io.splicer.dash.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Times on an MPD's timeline that the DASH stitcher and the admin timeline need. Stateless. */
final class MpdTimes {

  private MpdTimes() {}

  /**
   * The live edge of a dynamic MPD: the latest end of any SegmentTimeline on the MPD timeline
   * (ISO/IEC 23009-1 §5.3.9.6: Period start + ({@code S@t + S@d} − {@code @presentationTimeOffset})
   * / {@code @timescale}); empty without timelines.
   */
  static Optional<MediaTime> liveEdge(MpdDocument doc) {
    MediaTime edge = null;
    for (MpdPeriod p : doc.periods()) {
      for (SegmentTemplateInfo t : p.templates()) {
        long time = 0;
        boolean any = false;
        for (TimelineEntry s : t.timeline()) {
          time = s.t().orElse(time) + s.d() * (Math.max(0, s.r()) + 1);
          any = true;
        }
        if (any) {
          MediaTime end =
              p.start().plus(MediaTime.ofTicks(time - t.presentationTimeOffset(), t.timescale()));
          edge = edge == null ? end : MediaTime.max(edge, end);
        }
      }
    }
    return Optional.ofNullable(edge);
  }

  /** The Period holding MPD time {@code at} (the last one for a post-roll at the very end). */
  static MpdPeriod periodAt(MpdDocument doc, MediaTime at) {
    List<MpdPeriod> periods = doc.periods();
    for (int i = periods.size() - 1; i > 0; i--) {
      if (!at.isBefore(periods.get(i).start())) {
        return periods.get(i);
      }
    }
    return periods.get(0);
  }

  /** The end of the presentation: {@code mediaPresentationDuration}, else the last Period's end. */
  static MediaTime end(MpdDocument doc) {
    int last = doc.periods().size() - 1;
    return doc.mediaPresentationDuration()
        .or(() -> doc.periodEnd(last))
        .orElse(doc.periods().get(last).start());
  }

  /**
   * Segment start times on the MPD timeline (the VOD insertion points): per Period, the first
   * SegmentTemplate with a SegmentTimeline (ISO/IEC 23009-1 §5.3.9.6: {@code S@t}, {@code @d},
   * {@code @r}; times relative to {@code @presentationTimeOffset}); a Period without one
   * contributes its start only.
   */
  static List<MediaTime> segmentStarts(MpdDocument doc) {
    List<MediaTime> starts = new ArrayList<>();
    for (MpdPeriod p : doc.periods()) {
      SegmentTemplateInfo t =
          p.templates().stream().filter(SegmentTemplateInfo::hasTimeline).findFirst().orElse(null);
      if (t == null || t.timeline().isEmpty()) {
        starts.add(p.start());
        continue;
      }
      long time = 0;
      for (TimelineEntry s : t.timeline()) {
        time = s.t().orElse(time);
        for (long k = 0; k <= Math.max(0, s.r()); k++) {
          starts.add(
              p.start()
                  .plus(
                      MediaTime.max(
                          MediaTime.ZERO,
                          MediaTime.ofTicks(time - t.presentationTimeOffset(), t.timescale()))));
          time += s.d();
        }
      }
    }
    return starts;
  }
}
