package io.splicer.ads;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ad-selection pass shared by every fill rule: candidates in response order; a creative that is
 * not ready is skipped and its preparation requested; an ad that does not fit the remaining budget
 * is skipped with {@link SkipReason#AVAIL_DURATION_EXCEEDED} and later ones are still tried
 * ("iterates through the ads in the pod until it finds one that it can use", reference §5 "Too-long
 * ad in a pod"). Ads are never truncated here.
 */
final class Selection<A> {

  private final List<Candidate<A>> candidates;

  /** Per candidate: the duration it plays for, or null when skipped. */
  private final List<MediaTime> played;

  /** Per candidate: the skip reason, or null when played. */
  private final List<SkipReason> reasons;

  private Selection(List<Candidate<A>> candidates) {
    this.candidates = candidates;
    this.played = new ArrayList<>(candidates.size());
    this.reasons = new ArrayList<>(candidates.size());
  }

  static <A> Selection<A> select(
      List<Candidate<A>> candidates, CreativeReadiness<A> readiness, Optional<MediaTime> budget) {
    Selection<A> sel = new Selection<>(candidates);
    MediaTime used = MediaTime.ZERO;
    for (Candidate<A> candidate : candidates) {
      Readiness r = readiness.check(candidate);
      MediaTime duration = r.playableDuration().orElse(candidate.duration());
      SkipReason reason = null;
      if (!r.isReady()) {
        reason = r.notReadyReason().orElseThrow();
        readiness.requestPreparation(candidate, reason);
      } else if (duration.isZero() || duration.isNegative()) {
        // A linear ad without a usable <Duration> cannot be fitted (VAST 4.2 §3.9.1 Duration).
        reason = SkipReason.VAST_PARSING_ERROR;
      } else if (budget.isPresent() && used.plus(duration).isAfter(budget.get())) {
        reason = SkipReason.AVAIL_DURATION_EXCEEDED;
      }
      sel.reasons.add(reason);
      sel.played.add(reason == null ? duration : null);
      if (reason == null) {
        used = used.plus(duration);
      }
    }
    return sel;
  }

  List<PlanItem<A>> ads() {
    List<PlanItem<A>> ads = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (played.get(i) != null) {
        ads.add(new PlanItem.Ad<>(candidates.get(i), played.get(i), false));
      }
    }
    return ads;
  }

  MediaTime adDuration() {
    MediaTime total = MediaTime.ZERO;
    for (MediaTime d : played) {
      if (d != null) {
        total = total.plus(d);
      }
    }
    return total;
  }

  /** The skipped candidates in response order. */
  List<SkippedAd<A>> skipped() {
    return skippedAll(null);
  }

  /**
   * The skipped candidates in response order; when {@code selectedReason} is not null the selected
   * ones too, with that reason (the break was abandoned).
   */
  List<SkippedAd<A>> skippedAll(SkipReason selectedReason) {
    List<SkippedAd<A>> out = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      SkipReason reason = reasons.get(i) != null ? reasons.get(i) : selectedReason;
      if (reason != null) {
        out.add(new SkippedAd<>(candidates.get(i), reason));
      }
    }
    return out;
  }
}
