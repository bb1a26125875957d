package io.splicer.hls;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The ad timeline of one planned break laid over its content segments.
 *
 * <p>Each ad segment is anchored to the content segment whose break-time interval contains the ad
 * segment's start, so the same ad segment always appears with the same content segment however the
 * live window slides (stable output media sequence numbers). Ad segments starting after the avail's
 * content in this playlist are not (yet) placed. Content resumes at the first segment of the avail
 * that ends after the last placed ad segment.
 */
final class BreakTimeline {

  /** One ad or slate segment with its start time within the break. */
  record Item(
      int adIndex,
      int segmentIndex,
      SpliceAd ad,
      SpliceSegment segment,
      MediaTime offset,
      boolean slate,
      boolean firstOfAd) {}

  final int planIndex;
  final PlannedBreak plan;
  final CueBreak cue;
  final List<Item> items;

  /** For a replacement break: items anchored at segment start+k are [from[k], to[k]). */
  final int[] from;

  final int[] to;

  /** First content segment of the avail that is played (== endSegment when none). */
  final int keepFrom;

  BreakTimeline(int planIndex, PlannedBreak plan, MediaPlaylist playlist) {
    this.planIndex = planIndex;
    this.plan = plan;
    this.cue = plan.cue();
    this.items = items(plan);
    int count = cue.kind() == CueBreak.Kind.REPLACEMENT ? cue.segmentCount() : 0;
    this.from = new int[count];
    this.to = new int[count];
    this.keepFrom = count == 0 ? cue.startSegment() : anchor(playlist.segments());
  }

  private static List<Item> items(PlannedBreak plan) {
    List<Item> items = new ArrayList<>();
    long t = 0;
    int adIndex = 0;
    for (List<SpliceAd> group : List.of(plan.ads(), plan.slate())) {
      boolean slate = group == plan.slate();
      for (SpliceAd ad : group) {
        List<SpliceSegment> segs = ad.segments();
        for (int s = 0; s < segs.size(); s++) {
          SpliceSegment seg = segs.get(s);
          items.add(new Item(adIndex, s, ad, seg, MediaTime.ofMicros(t), slate, s == 0));
          t += seg.duration().micros();
        }
        adIndex++;
      }
    }
    return items;
  }

  private int anchor(List<MediaSegment> segments) {
    long e = cue.elapsedAtStart().micros();
    int k = 0;
    while (k < items.size() && items.get(k).offset().micros() < e) {
      k++; // played before this window joined the break
    }
    long adsEnd = e;
    if (k > 0) {
      Item before = items.get(k - 1); // an ad that started before the window may run into it
      adsEnd = Math.max(e, before.offset().micros() + before.segment().duration().micros());
    }
    for (int j = 0; j < from.length; j++) {
      long end = e + segments.get(cue.startSegment() + j).duration().micros();
      from[j] = k;
      while (k < items.size() && items.get(k).offset().micros() < end) {
        Item it = items.get(k);
        adsEnd = it.offset().micros() + it.segment().duration().micros();
        k++;
      }
      to[j] = k;
      e = end;
    }
    long t = cue.elapsedAtStart().micros();
    for (int j = 0; j < from.length; j++) {
      long end = t + segments.get(cue.startSegment() + j).duration().micros();
      if (end > adsEnd) {
        return cue.startSegment() + j;
      }
      t = end;
    }
    return cue.endSegment();
  }

  /** Whether the content segment is dropped (replaced by ads). */
  boolean replaces(int segment) {
    return cue.kind() == CueBreak.Kind.REPLACEMENT
        && segment >= cue.startSegment()
        && segment < keepFrom;
  }

  MediaTime longestSegment() {
    long max = 0;
    for (Item it : items) {
      max = Math.max(max, it.segment().duration().micros());
    }
    return MediaTime.ofMicros(max);
  }
}
