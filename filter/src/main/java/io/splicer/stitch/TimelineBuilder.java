package io.splicer.stitch;

import io.splicer.hls.CueBreak;
import io.splicer.hls.MediaPlaylist;
import io.splicer.hls.MediaSegment;
import io.splicer.hls.SpliceResult;
import io.splicer.stitch.SessionTimeline.Band;
import io.splicer.stitch.SessionTimeline.BandKind;
import io.splicer.stitch.SessionTimeline.BreakLayout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link SessionTimeline.Layout} of one stitched media playlist from what the splice
 * used: the origin playlist (after VOD markers), its breaks, their decisions and the placements of
 * the ad and slate segments actually written. Times are exact integer microseconds (sums of EXTINF
 * durations, RFC 8216 §4.3.2.1), in the personalised playlist's time (0 = its first segment).
 * Stateless.
 */
final class TimelineBuilder {

  private TimelineBuilder() {}

  static SessionTimeline.Layout build(
      int playlist,
      Instant now,
      MediaPlaylist p,
      List<CueBreak> breaks,
      List<@Nullable AdDecision> decisions,
      List<SpliceResult.Placement> placements) {
    List<MediaSegment> segments = p.segments();
    List<Band> bands = new ArrayList<>();
    List<BreakLayout> layout = new ArrayList<>();
    long out = 0;
    int seg = 0;
    int planned = 0;
    for (int i = 0; i < breaks.size(); i++) {
      CueBreak b = breaks.get(i);
      AdDecision d = i < decisions.size() ? decisions.get(i) : null;
      int plannedIndex = d == null ? -1 : planned++;
      boolean insertion = b.kind() == CueBreak.Kind.INSERTION;
      int at = insertion && b.postRoll() ? b.startSegment() + 1 : b.startSegment();
      at = Math.max(seg, Math.min(at, segments.size()));
      out = content(bands, segments, seg, at, out, -1);
      int end = insertion ? at : Math.max(at, Math.min(b.endSegment(), segments.size()));
      long origin = duration(segments, at, end);
      long start = out;
      long ads = ads(bands, placements, plannedIndex, out, i);
      out += ads;
      if (!insertion) {
        int keep = ads == 0 ? at : keepFrom(b, d, segments, at, end, placements, plannedIndex);
        out = content(bands, segments, keep, end, out, i);
      }
      layout.add(
          new BreakLayout(
              i,
              insertion ? "INSERTION" : "REPLACEMENT",
              start,
              origin,
              status(d, ads),
              Optional.ofNullable(d).map(SessionTimeline.DecisionSummary::of)));
      seg = end;
    }
    out = content(bands, segments, seg, segments.size(), out, -1);
    return new SessionTimeline.Layout(
        playlist, now, p.mediaSequence(), 0, p.isVod(), out, bands, layout);
  }

  /**
   * The first avail segment played after the ads: HlsSplicer's rule (hls {@code BreakTimeline}),
   * "content resumes at the first segment of the avail that ends after the last placed ad segment",
   * in break time (the avail's elapsed time at this window's start, less the session's join offset,
   * as {@link MediaStitcher} plans it).
   */
  private static int keepFrom(
      CueBreak b,
      @Nullable AdDecision d,
      List<MediaSegment> segments,
      int at,
      int end,
      List<SpliceResult.Placement> placements,
      int plannedIndex) {
    long adsEnd = 0;
    for (SpliceResult.Placement pl : placements) {
      if (pl.breakIndex() == plannedIndex) {
        adsEnd = Math.max(adsEnd, pl.breakOffset().micros() + pl.duration().micros());
      }
    }
    long join = d == null ? 0 : d.joinOffsetMicros();
    long t = Math.max(0, b.elapsedAtStart().micros() - join);
    for (int k = at; k < end; k++) {
      t += segments.get(k).duration().micros();
      if (t > adsEnd) {
        return k;
      }
    }
    return end;
  }

  private static String status(@Nullable AdDecision d, long adsMicros) {
    if (d == null) {
      return "UNDECIDED";
    }
    if (d.abandoned()) {
      return "ABANDONED";
    }
    return adsMicros > 0 ? "PERSONALIZED" : "CONTENT";
  }

  /** Adds a content band for segments {@code [from, to)}; returns the new output time. */
  private static long content(
      List<Band> bands, List<MediaSegment> segments, int from, int to, long out, int breakIndex) {
    long d = duration(segments, from, to);
    if (d > 0) {
      bands.add(new Band(BandKind.CONTENT, out, d, "", breakIndex));
    }
    return out + d;
  }

  /**
   * Adds one band per ad of planned break {@code plannedIndex} and one for its slate (repeated
   * slate segments are one band); returns their total.
   */
  private static long ads(
      List<Band> bands,
      List<SpliceResult.Placement> placements,
      int plannedIndex,
      long start,
      int breakIndex) {
    long total = 0;
    Band current = null;
    int currentAd = -1;
    for (SpliceResult.Placement pl : placements) {
      if (plannedIndex < 0 || pl.breakIndex() != plannedIndex) {
        continue;
      }
      long d = pl.duration().micros();
      boolean sameBand =
          current != null
              && (pl.adIndex() == currentAd || (pl.slate() && current.kind() == BandKind.SLATE));
      if (current != null && sameBand) {
        current =
            new Band(
                current.kind(),
                current.startMicros(),
                current.durationMicros() + d,
                current.adId(),
                breakIndex);
        bands.set(bands.size() - 1, current);
      } else {
        current =
            new Band(
                pl.slate() ? BandKind.SLATE : BandKind.AD, start + total, d, pl.adId(), breakIndex);
        currentAd = pl.adIndex();
        bands.add(current);
      }
      total += d;
    }
    return total;
  }

  private static long duration(List<MediaSegment> segments, int from, int to) {
    long micros = 0;
    for (int s = from; s < to; s++) {
      micros += segments.get(s).duration().micros();
    }
    return micros;
  }
}
