package io.splicer.tracking;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Test fixtures: ads with standard beacons. */
final class Ads {

  private Ads() {}

  /** {@code count} segments of {@code seconds} each. */
  static List<MediaTime> segments(int count, String seconds) {
    return Collections.nCopies(count, MediaTime.parseSeconds(seconds));
  }

  /** One beacon per standard event, URL {@code http://ads.test/<event>}. */
  static List<Beacon> standardBeacons() {
    List<Beacon> b = new ArrayList<>();
    for (String e :
        List.of(
            BeaconEvents.IMPRESSION,
            BeaconEvents.START,
            BeaconEvents.FIRST_QUARTILE,
            BeaconEvents.MIDPOINT,
            BeaconEvents.THIRD_QUARTILE,
            BeaconEvents.COMPLETE,
            "pause",
            "mute")) {
      b.add(Beacon.of(e, "http://ads.test/" + e));
    }
    return b;
  }

  static TrackedAd ad(String key, List<MediaTime> segments, List<Beacon> beacons) {
    return new TrackedAd(key, segments, beacons, List.of(), AdContext.NONE);
  }
}
