package io.splicer.hls;

import java.util.List;

/**
 * The caller's plan for one detected break: the ads to play and, for a replacement break, the slate
 * that fills the rest. With no slate, content resumes at the content segment containing the end of
 * the ads (as MediaTailor does); with slate, the rest of the avail is skipped.
 *
 * @param cue the detected break
 * @param ads the ads, in play order (may be empty: the cue tags are removed, content plays)
 * @param slate slate pieces after the ads (replacement breaks only)
 */
public record PlannedBreak(CueBreak cue, List<SpliceAd> ads, List<SpliceAd> slate) {

  public PlannedBreak {
    ads = List.copyOf(ads);
    slate = List.copyOf(slate);
  }

  public static PlannedBreak of(CueBreak cue, List<SpliceAd> ads) {
    return new PlannedBreak(cue, ads, List.of());
  }
}
