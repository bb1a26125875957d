package io.splicer.tracking;

import io.splicer.core.MediaTime;
import java.util.List;

/**
 * An ad as the tracking package sees it: the durations of the segments the viewer fetches for it
 * (one rendition's segment list; all renditions of a prepared creative share boundaries), its
 * beacons and its {@code <Error>} URLs. The stitch layer builds it from the VAST {@code
 * ResolvedAd}: impressions become {@code impression} beacons, Linear tracking events keep their
 * names, and a VMAP break's {@code breakStart} beacons go on the break's first ad and {@code
 * breakEnd} on its last.
 *
 * @param adKey identifies the ad within its session, stable across requests and cluster nodes (e.g.
 *     {@code "<breakKey>/<position>"}); de-duplication keys are built from it
 * @param segmentDurations durations of the ad's segments, in playback order
 * @param beacons the beacons (any order; events the server does not fire are kept for the JSON)
 * @param errorUrls the VAST {@code <Error>} URL templates of the ad and its wrappers
 * @param context values for the ad-level VAST macros
 */
public record TrackedAd(
    String adKey,
    List<MediaTime> segmentDurations,
    List<Beacon> beacons,
    List<String> errorUrls,
    AdContext context) {

  public TrackedAd {
    if (adKey == null || adKey.isEmpty()) {
      throw new IllegalArgumentException("adKey must not be empty");
    }
    segmentDurations = List.copyOf(segmentDurations);
    for (MediaTime d : segmentDurations) {
      if (d.isNegative()) {
        throw new IllegalArgumentException("negative segment duration [" + d + "] in " + adKey);
      }
    }
    beacons = List.copyOf(beacons);
    errorUrls = List.copyOf(errorUrls);
  }

  /** The sum of the segment durations: what the viewer actually plays. */
  public MediaTime duration() {
    MediaTime total = MediaTime.ZERO;
    for (MediaTime d : segmentDurations) {
      total = total.plus(d);
    }
    return total;
  }
}
