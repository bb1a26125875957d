package io.splicer.stitch;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of the stitching pipeline (shared by the {@link HlsStitcher} and {@link DashStitcher}).
 */
public final class StitchMetrics {

  final AtomicLong multivariantsRewritten = new AtomicLong();
  final AtomicLong mediaPlaylistsStitched = new AtomicLong();
  final AtomicLong breaksPersonalized = new AtomicLong();
  final AtomicLong breaksLeftAsContent = new AtomicLong();
  final AtomicLong decisionWaitsExceeded = new AtomicLong();
  final AtomicLong adsMissingInRendition = new AtomicLong();
  final AtomicLong failOpen = new AtomicLong();
  final AtomicLong mpdsStitched = new AtomicLong();
  final AtomicLong dashProblems = new AtomicLong();

  /** A point-in-time copy of every counter, by name. */
  public Map<String, Long> snapshot() {
    return Map.of(
        "multivariantsRewritten", multivariantsRewritten.get(),
        "mediaPlaylistsStitched", mediaPlaylistsStitched.get(),
        "breaksPersonalized", breaksPersonalized.get(),
        "breaksLeftAsContent", breaksLeftAsContent.get(),
        "decisionWaitsExceeded", decisionWaitsExceeded.get(),
        "adsMissingInRendition", adsMissingInRendition.get(),
        "failOpen", failOpen.get(),
        "mpdsStitched", mpdsStitched.get(),
        "dashProblems", dashProblems.get());
  }

  public long failOpen() {
    return failOpen.get();
  }
}
