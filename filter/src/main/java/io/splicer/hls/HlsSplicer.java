package io.splicer.hls;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splice primitives: personalises a media playlist with the ads planned for its breaks. Pure
 * functions, thread-safe.
 *
 * <ul>
 *   <li>VOD insertion at {@code CUE-OUT:0} points: pre-, mid- and post-roll (ad-behavior seed);
 *       EXT-X-ENDLIST stays last.
 *   <li>Replacement (live, and VOD breaks with a duration): ads replace the avail's content; the
 *       rest is slate, or content resuming at the segment containing the end of the ads.
 *   <li>EXT-X-DISCONTINUITY at content→ad, ad→ad and ad→content; cue tags removed (or kept with
 *       marker passthrough); EXT-X-DATERANGE kept.
 *   <li>EXT-X-KEY:METHOD=NONE before clear ads and the content key re-declared after; the ad's
 *       EXT-X-MAP after each discontinuity and the content's map re-declared after the break.
 *   <li>EXT-X-TARGETDURATION raised when ads need it; EXT-X-VERSION raised only as far as an added
 *       tag requires; EXT-X-PROGRAM-DATE-TIME on ad segments when the content has it.
 *   <li>EXT-X-MEDIA-SEQUENCE and EXT-X-DISCONTINUITY-SEQUENCE from the {@link SpliceState} passed
 *       in; the returned state keeps them monotonic as a live window slides.
 * </ul>
 *
 * Breaks not in the plan are left untouched; with no plan, no URI rewriting and unchanged counters
 * the input is returned byte for byte.
 */
public final class HlsSplicer {

  private HlsSplicer() {}

  /**
   * @param playlist the origin media playlist
   * @param plan the breaks to fill (from {@link CueDetector} on the same playlist), in order
   * @param state the counters returned by the previous splice of this rendition, or null at start
   * @param options URI hook and marker passthrough
   */
  public static SpliceResult splice(
      MediaPlaylist playlist,
      List<PlannedBreak> plan,
      @Nullable SpliceState state,
      SpliceOptions options) {
    long[] counters =
        state == null
            ? new long[] {playlist.mediaSequence(), playlist.discontinuitySequence()}
            : state.advanceTo(playlist.mediaSequence(), playlist.discontinuitySequence());
    if (plan.isEmpty()
        && options.resolver() == UriResolver.Identity.INSTANCE
        && counters[0] == playlist.mediaSequence()
        && counters[1] == playlist.discontinuitySequence()) {
      return new SpliceResult(
          HlsWriter.write(playlist),
          passThroughState(playlist, counters),
          List.of(),
          List.of(),
          segments(playlist));
    }
    return new SpliceRun(playlist, plan, counters[0], counters[1], options).run();
  }

  /** Convenience: detects the breaks and plans the same ads for each via the given function. */
  public static List<PlannedBreak> planAll(
      List<CueBreak> breaks, java.util.function.Function<CueBreak, PlannedBreak> planner) {
    List<PlannedBreak> plan = new ArrayList<>(breaks.size());
    for (CueBreak b : breaks) {
      plan.add(planner.apply(b));
    }
    return plan;
  }

  /** The segments of a playlist written unchanged. */
  private static List<SpliceResult.Segment> segments(MediaPlaylist p) {
    List<MediaSegment> segs = p.segments();
    List<SpliceResult.Segment> out = new ArrayList<>(segs.size());
    for (int i = 0; i < segs.size(); i++) {
      out.add(new SpliceResult.Segment(segs.get(i).sequence(), segs.get(i).duration()));
    }
    return out;
  }

  private static SpliceState passThroughState(MediaPlaylist p, long[] counters) {
    List<MediaSegment> segs = p.segments();
    int[] discs = new int[segs.size()];
    for (int i = 0; i < discs.length; i++) {
      discs[i] = segs.get(i).discontinuity() ? 1 : 0;
    }
    IntList sizes = IntList.repeat(1, segs.size());
    return new SpliceState(
        p.mediaSequence(), counters[0], counters[1], sizes, new IntList(discs, discs.length));
  }
}
