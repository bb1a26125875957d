package io.splicer.stitch;

import io.splicer.core.MediaTime;
import io.splicer.dash.AdInsert;
import io.splicer.dash.BreakSplice;
import io.splicer.dash.MpdDocument;
import io.splicer.dash.MpdPeriod;
import io.splicer.dash.OutputPeriod;
import io.splicer.stitch.SessionTimeline.Band;
import io.splicer.stitch.SessionTimeline.BandKind;
import io.splicer.stitch.SessionTimeline.BreakLayout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link SessionTimeline.Layout} of one stitched MPD: content, ad and slate bands on the
 * output MPD timeline, from the origin MPD, the breaks planned ({@link BreakSplice}: Period,
 * offset, replaced duration, ads) and the ad Periods the rewriter actually wrote ({@link
 * OutputPeriod}: {@code @id}, {@code @start}, duration, cut short or not). Band times are exact
 * microseconds relative to the first Period's start (ISO/IEC 23009-1 §5.3.2.1: Period start times),
 * which the layout reports as {@link SessionTimeline.Layout#windowStartMicros()}.
 *
 * <ul>
 *   <li>A replacement break keeps the timeline: its ads play from the avail start, content resumes
 *       where the ads end (a content band of the break) up to the avail end.
 *   <li>An insertion break (VOD) pushes later content back by the ads' length.
 *   <li>An ad band is named by its ad Period's {@code @id} (MediaTailor's DASH {@code adId}); slate
 *       pieces are the inserts with an explicit duration ({@link DashBreakPlan#inserts}).
 *   <li>The end is the presentation end ({@code mediaPresentationDuration}, else the last Period's
 *       end) of a static MPD, the live edge of a dynamic one.
 * </ul>
 *
 * A break planned without ads (single-period origins are split anyway) has status {@code CONTENT};
 * DASH plans do not tell an undecided break from an empty decision. Stateless.
 */
final class DashTimelineBuilder {

  private DashTimelineBuilder() {}

  static SessionTimeline.Layout build(
      Instant now, MpdDocument doc, List<BreakSplice> splices, List<OutputPeriod> written) {
    List<MpdPeriod> periods = doc.periods();
    if (periods.isEmpty()) {
      return new SessionTimeline.Layout(0, now, 0, 0, !doc.dynamic(), 0, List.of(), List.of());
    }
    MediaTime origin = periods.get(0).start();
    List<Band> bands = new ArrayList<>();
    List<BreakLayout> breaks = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < splices.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> at(periods, splices.get(i))));
    long shift = 0; // insertions so far
    long cursor = 0; // origin time reached, relative to the first Period
    for (int i : order) {
      BreakSplice s = splices.get(i);
      long at = Math.max(cursor, at(periods, s).minus(origin).micros());
      content(bands, cursor + shift, at - cursor, -1);
      long start = at + shift;
      long limit = s.replace().map(r -> start + r.micros()).orElse(Long.MAX_VALUE);
      long end = ads(bands, s, i, breaks.size(), written, start, limit);
      long adsMicros = end - start;
      if (s.replace().isPresent()) {
        long replaced = s.replace().get().micros();
        content(bands, end, replaced - adsMicros, breaks.size());
        cursor = at + replaced;
      } else {
        shift += adsMicros;
        cursor = at;
      }
      breaks.add(
          new BreakLayout(
              breaks.size(),
              s.replace().isPresent() ? "REPLACEMENT" : "INSERTION",
              start,
              s.replace().map(MediaTime::micros).orElse(0L),
              adsMicros > 0 ? "PERSONALIZED" : "CONTENT",
              Optional.empty()));
    }
    long last = end(doc).minus(origin).micros();
    content(bands, cursor + shift, last - cursor, -1);
    long total = bands.isEmpty() ? 0 : bands.get(bands.size() - 1).startMicros();
    total += bands.isEmpty() ? 0 : bands.get(bands.size() - 1).durationMicros();
    return new SessionTimeline.Layout(
        0, now, 0, origin.micros(), !doc.dynamic(), total, bands, breaks);
  }

  /** The break start on the origin MPD timeline. */
  private static MediaTime at(List<MpdPeriod> periods, BreakSplice s) {
    return periods.get(s.periodIndex()).start().plus(s.offset());
  }

  /**
   * Adds the ad and slate bands of splice {@code index} (layout break {@code breakIndex}) from
   * {@code start}, each ad as long as its written Period (else its planned length), none beyond
   * {@code limit}; returns where they end.
   */
  private static long ads(
      List<Band> bands,
      BreakSplice s,
      int index,
      int breakIndex,
      List<OutputPeriod> written,
      long start,
      long limit) {
    long t = start;
    List<AdInsert> ads = s.ads();
    for (int k = 0; k < ads.size() && t < limit; k++) {
      AdInsert ad = ads.get(k);
      Optional<OutputPeriod> period = written(written, index, k);
      long length = period.flatMap(OutputPeriod::duration).orElse(ad.length()).micros();
      length = Math.min(length, limit - t);
      if (length <= 0) {
        continue;
      }
      boolean slate = ad.duration().isPresent();
      String id = period.map(OutputPeriod::id).orElse("");
      Band previous = bands.isEmpty() ? null : bands.get(bands.size() - 1);
      if (slate && previous != null && previous.kind() == BandKind.SLATE) {
        bands.set(
            bands.size() - 1,
            new Band(
                BandKind.SLATE,
                previous.startMicros(),
                previous.durationMicros() + length,
                previous.adId(),
                breakIndex));
      } else {
        bands.add(new Band(slate ? BandKind.SLATE : BandKind.AD, t, length, id, breakIndex));
      }
      t += length;
    }
    return t;
  }

  private static Optional<OutputPeriod> written(List<OutputPeriod> written, int index, int ad) {
    return written.stream()
        .filter(p -> p.ad() && p.breakIndex() == index && p.adIndex() == ad)
        .findFirst();
  }

  /** Adds a content band when {@code duration} is positive. */
  private static void content(List<Band> bands, long start, long duration, int breakIndex) {
    if (duration > 0) {
      bands.add(new Band(BandKind.CONTENT, start, duration, "", breakIndex));
    }
  }

  /** Static: the presentation end; dynamic: the live edge (else the last Period's start). */
  private static MediaTime end(MpdDocument doc) {
    if (doc.dynamic()) {
      Optional<MediaTime> edge = MpdTimes.liveEdge(doc);
      if (edge.isPresent()) {
        return edge.get();
      }
    }
    return MpdTimes.end(doc);
  }
}
