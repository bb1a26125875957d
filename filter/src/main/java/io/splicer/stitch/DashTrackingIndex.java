package io.splicer.stitch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The ad Periods a DASH session was served (reference §4.2, §7.3): for each, the avail it fills,
 * which ad of which stored decision it plays, and where it sits on the MPD timeline. Server-side
 * reporting maps a {@code /v1/dashsegment/.../{availId}/{adPeriodId}/...} request to its ad with
 * it, and the tracking JSON is built from it (DASH time bases: Period {@code @start}, relative to
 * {@code MPD@availabilityStartTime} for a dynamic MPD and to the session start for a static one).
 * Stored per session in the counter area under {@link #SLOT}, written by the DASH stitcher only
 * when an MPD places an ad Period it does not hold yet (or changes one: an early cue-in cuts an
 * ad); the newest {@value #MAX} ad Periods are kept. Slate Periods are not recorded (they carry no
 * beacons). Immutable, value equality (compare-and-set).
 *
 * @param live whether the MPD is dynamic (time base DASH live)
 * @param availabilityStartTime {@code MPD@availabilityStartTime} as written (live), else {@code
 *     null}
 * @param ads the ad Periods, in time order
 */
record DashTrackingIndex(boolean live, @Nullable String availabilityStartTime, List<Ad> ads)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Counter slot (next to {@link TrackingIndex#SLOT} and {@link BreakRegistry#SLOT}). */
  static final int SLOT = Integer.MAX_VALUE - 2;

  static final int MAX = 128;

  DashTrackingIndex {
    ads = List.copyOf(ads);
  }

  /**
   * One ad Period.
   *
   * @param availId the Period id of the avail ({@code availId} in the tracking JSON, the {@code
   *     originPeriodId} path element)
   * @param periodId the ad Period's id ({@code adId})
   * @param decisionKey the stored decision ({@code dash/<availId>} or {@code dash-vod})
   * @param vodBreak the break's index in a {@code dash-vod} decision, else -1
   * @param decisionAd the ad's index in the decision's ads
   * @param startMicros the ad Period's {@code @start}
   * @param durationMicros the time it plays (shorter than the creative when cut)
   */
  record Ad(
      String availId,
      String periodId,
      String decisionKey,
      int vodBreak,
      int decisionAd,
      long startMicros,
      long durationMicros)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    Ad {
      Objects.requireNonNull(availId, "availId");
      Objects.requireNonNull(periodId, "periodId");
      Objects.requireNonNull(decisionKey, "decisionKey");
    }

    /** The de-duplication key of the ad within the session (beacons fire once per key). */
    String adKey() {
      return decisionKey + (vodBreak >= 0 ? "/" + vodBreak : "") + "#" + decisionAd;
    }

    /** The break this ad belongs to (ads of one break form one avail). */
    String breakKey() {
      return decisionKey + (vodBreak >= 0 ? "/" + vodBreak : "");
    }
  }

  /** The ad Period {@code periodId} of avail {@code availId}, if recorded. */
  @Nullable Ad ad(String availId, String periodId) {
    for (Ad a : ads) {
      if (a.periodId().equals(periodId) && a.availId().equals(availId)) {
        return a;
      }
    }
    return null;
  }

  /**
   * The index after an MPD placed {@code placed}: new ad Periods added, changed ones replaced (by
   * Period id), the newest {@value #MAX} kept. Returns {@code current} itself when nothing changed.
   */
  static DashTrackingIndex see(
      @Nullable DashTrackingIndex current,
      boolean live,
      @Nullable String availabilityStartTime,
      List<Ad> placed) {
    if (current != null
        && current.live() == live
        && Objects.equals(current.availabilityStartTime(), availabilityStartTime)
        && current.ads().containsAll(placed)) {
      return current;
    }
    List<Ad> ads = new ArrayList<>(current == null ? List.of() : current.ads());
    for (Ad p : placed) {
      ads.removeIf(a -> a.periodId().equals(p.periodId()) && a.availId().equals(p.availId()));
      ads.add(p);
    }
    ads.sort(Comparator.comparingLong(Ad::startMicros));
    if (ads.size() > MAX) {
      ads = ads.subList(ads.size() - MAX, ads.size());
    }
    return new DashTrackingIndex(live, availabilityStartTime, ads);
  }
}
