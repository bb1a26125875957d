package io.splicer.tracking;

import io.splicer.core.SessionId;
import java.util.ArrayList;
import java.util.List;

/**
 * Server-side reporting (reference §7.2): beacons fire only on actual requests of ad segments
 * ({@code /v1/segment/…}, {@code /v1/dashsegment/…}), never on manifest generation, each event once
 * per session and ad. Stateless apart from the de-duplicator; thread-safe.
 */
public final class SegmentBeaconTracker {

  /** Prefix of the de-duplication keys, so they cannot collide with other session marks. */
  static final String KEY_PREFIX = "beacon/";

  private final BeaconDeduplicator deduplicator;

  public SegmentBeaconTracker(BeaconDeduplicator deduplicator) {
    this.deduplicator = deduplicator;
  }

  /**
   * The events that segment {@code k} (0-based, within the ad) makes due and that have not fired
   * for this session yet, in firing order. Each returned event is marked as fired: the caller must
   * dispatch it. Out-of-range indexes and ads without segments yield nothing.
   */
  public List<DueBeacon> onSegmentRequested(SessionId session, TrackedAd ad, int k) {
    return onSegmentRequested(session, ad, FiringSchedule.of(ad), k);
  }

  /** As {@link #onSegmentRequested(SessionId, TrackedAd, int)} with a precomputed schedule. */
  public List<DueBeacon> onSegmentRequested(
      SessionId session, TrackedAd ad, FiringSchedule schedule, int k) {
    List<ScheduledBeacon> scheduled = schedule.dueOn(k);
    if (scheduled.isEmpty()) {
      return List.of();
    }
    List<DueBeacon> due = new ArrayList<>(scheduled.size());
    for (ScheduledBeacon b : scheduled) {
      if (deduplicator.firstTime(session, dedupKey(ad, b))) {
        due.add(new DueBeacon(ad, b));
      }
    }
    return List.copyOf(due);
  }

  /** {@code beacon/<adKey>/<eventKey>}. */
  static String dedupKey(TrackedAd ad, ScheduledBeacon b) {
    return KEY_PREFIX + ad.adKey() + "/" + b.eventKey();
  }
}
