package io.splicer.stitch;

import io.splicer.core.MediaTime;
import io.splicer.core.SessionId;
import io.splicer.session.SessionManager;
import io.splicer.tracking.Beacon;
import io.splicer.tracking.json.CreativeJson;
import io.splicer.tracking.json.TrackingTimeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code nonLinearAvails} of a VOD session's tracking JSON (reference §7.3 "Overlay placement":
 * a VMAP {@code breakType="nonlinear"} break goes under {@code nonLinearAvails}, not {@code
 * avails}). Nothing is spliced for an overlay break, so its place on the session timeline is its
 * VMAP content time shifted by the linear ads played before it: those of every linear avail whose
 * content position (its start minus the avails before it) is at or before the overlay's time — an
 * overlay at the same point as a linear break shows when the content resumes. Before any linear
 * avail is on the timeline (tracking asked before the first personalised manifest) the shift comes
 * from the stored decision's ad durations. Stateless.
 */
final class NonLinearAvails {

  private NonLinearAvails() {}

  /** The timeline with the overlay breaks of the session's VOD decision added (if any). */
  static TrackingTimeline append(TrackingTimeline timeline, SessionManager sessions, SessionId id) {
    String key =
        switch (timeline.timeBase()) {
          case HLS -> "vod";
          case DASH_VOD -> DashBreakPlan.VOD_KEY;
          case DASH_LIVE -> null; // VMAP breaks are placed in VOD content only (reference §5)
        };
    return key == null
        ? timeline
        : append(timeline, sessions.decision(id, key, AdDecision.VodBreaks.class).orElse(null));
  }

  /** The timeline with the overlay breaks of {@code vod} added, all avails in time order. */
  static TrackingTimeline append(TrackingTimeline timeline, AdDecision.@Nullable VodBreaks vod) {
    if (vod == null || vod.overlays().isEmpty()) {
      return timeline;
    }
    List<Shift> shifts = shifts(timeline, vod);
    List<TrackingTimeline.Avail> avails = new ArrayList<>(timeline.avails());
    for (AdDecision.OverlayBreak o : vod.overlays()) {
      long at = o.offsetMicros();
      for (Shift s : shifts) {
        if (s.contentMicros() <= o.offsetMicros()) {
          at += s.durationMicros();
        }
      }
      avails.add(avail(o, MediaTime.ofMicros(at)));
    }
    avails.sort(Comparator.comparing(TrackingTimeline.Avail::start)); // stable: linear first
    return new TrackingTimeline(
        timeline.timeBase(),
        timeline.dashAvailabilityStartTime(),
        timeline.hlsAnchorMediaSequenceNumber(),
        avails);
  }

  /** A linear break: where it sits in the content and how long its ads play. */
  private record Shift(long contentMicros, long durationMicros) {}

  private static List<Shift> shifts(TrackingTimeline timeline, AdDecision.VodBreaks vod) {
    List<TrackingTimeline.Avail> linear =
        timeline.avails().stream()
            .filter(a -> !a.nonLinearBreak())
            .sorted(Comparator.comparing(TrackingTimeline.Avail::start))
            .toList();
    List<Shift> out = new ArrayList<>();
    long before = 0;
    for (TrackingTimeline.Avail a : linear) {
      out.add(new Shift(a.start().micros() - before, a.duration().micros()));
      before += a.duration().micros();
    }
    if (out.isEmpty()) { // nothing indexed yet: the decision's planned durations
      for (AdDecision.VodBreak b : vod.breaks()) {
        long d = b.decision().slateMicros();
        for (AdDecision.DecidedAd ad : b.decision().ads()) {
          d += ad.durationMicros();
        }
        out.add(new Shift(b.offsetMicros(), d));
      }
    }
    return out;
  }

  private static TrackingTimeline.Avail avail(AdDecision.OverlayBreak o, MediaTime at) {
    List<CreativeJson.NonLinearAds> blocks = new ArrayList<>();
    for (AdTracking ad : o.ads()) {
      List<Beacon> beacons = new ArrayList<>(ad.beacons()); // impressions of the overlay ad
      beacons.addAll(ad.nonLinearBeacons());
      blocks.add(CreativeJson.NonLinearAds.of(ad.nonLinearAds(), beacons, at, o.availId()));
    }
    return new TrackingTimeline.Avail(
        o.availId(),
        at,
        MediaTime.ofMicros(o.durationMicros()),
        null,
        null,
        List.of(),
        o.breakTracking().beacons(),
        blocks,
        true);
  }
}
