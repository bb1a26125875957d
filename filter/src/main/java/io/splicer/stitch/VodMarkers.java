package io.splicer.stitch;

import io.splicer.hls.HlsLine;
import io.splicer.hls.HlsParseException;
import io.splicer.hls.HlsParser;
import io.splicer.hls.HlsWriter;
import io.splicer.hls.MediaPlaylist;
import io.splicer.hls.MediaSegment;
import io.splicer.hls.ParseMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * VOD content without ad markers (reference §5 "VOD without markers"): the breaks of the session's
 * one decision (VAST pre-roll, or VMAP offsets rounded down to segment boundaries) are written into
 * the playlist as {@code EXT-X-CUE-OUT:0}/{@code EXT-X-CUE-IN} insertion points, so the same splice
 * primitives (and marker removal) apply. Breaks at the same point are merged in offset order; a
 * post-roll goes before the last segment, as HLS post-roll markers do.
 */
final class VodMarkers {

  private VodMarkers() {}

  /** The playlist with an insertion point per distinct break offset. */
  static MediaPlaylist insert(MediaPlaylist p, AdDecision.VodBreaks vod) {
    Map<Integer, Boolean> at = new LinkedHashMap<>();
    for (AdDecision.VodBreak b : vod.breaks()) {
      at.put(segmentOf(p, b), Boolean.TRUE);
    }
    List<HlsLine> lines = new ArrayList<>(p.lines());
    List<Integer> segments = new ArrayList<>(at.keySet());
    segments.sort(java.util.Comparator.reverseOrder());
    for (int k : segments) {
      MediaSegment s = p.segments().get(k);
      int line = s.uriLine();
      for (int i = s.firstLine(); i < s.uriLine(); i++) {
        if (p.lines().get(i).isTag("EXTINF")) {
          line = i;
          break;
        }
      }
      lines.add(line, HlsLine.tag("EXT-X-CUE-IN", null));
      lines.add(line, HlsLine.tag("EXT-X-CUE-OUT", "0"));
    }
    try {
      return HlsParser.parseMedia(HlsWriter.write(lines, p.eol()), ParseMode.LENIENT);
    } catch (HlsParseException e) {
      throw new IllegalStateException("re-parse after inserting markers: " + e.getMessage(), e);
    }
  }

  /** One merged decision per insertion point, in playlist order. */
  static List<AdDecision> decisions(AdDecision.VodBreaks vod) {
    Map<String, List<AdDecision>> byPoint = new LinkedHashMap<>();
    List<AdDecision.VodBreak> sorted = new ArrayList<>(vod.breaks());
    sorted.sort(
        java.util.Comparator.comparing((AdDecision.VodBreak b) -> b.postRoll())
            .thenComparingLong(AdDecision.VodBreak::offsetMicros));
    for (AdDecision.VodBreak b : sorted) {
      byPoint
          .computeIfAbsent(
              b.postRoll() ? "post" : Long.toString(b.offsetMicros()), x -> new ArrayList<>())
          .add(b.decision());
    }
    List<AdDecision> out = new ArrayList<>();
    for (List<AdDecision> group : byPoint.values()) {
      List<AdDecision.DecidedAd> ads = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      BreakTracking tracking = BreakTracking.NONE;
      for (AdDecision d : group) {
        ads.addAll(d.ads());
        skipped.addAll(d.skipped());
        tracking = tracking.plus(d.breakTracking()); // VMAP breaks merged at one point
      }
      out.add(new AdDecision(ads, 0, 0, false, vod.failure(), skipped, tracking));
    }
    return out;
  }

  private static int segmentOf(MediaPlaylist p, AdDecision.VodBreak b) {
    List<MediaSegment> segs = p.segments();
    if (b.postRoll()) {
      return segs.size() - 1;
    }
    long t = 0;
    for (int i = 0; i < segs.size(); i++) {
      if (t >= b.offsetMicros()) {
        return i;
      }
      t += segs.get(i).duration().micros();
    }
    return segs.size() - 1;
  }
}
