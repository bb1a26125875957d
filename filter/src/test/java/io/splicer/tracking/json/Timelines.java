package io.splicer.tracking.json;

import io.splicer.core.MediaTime;
import io.splicer.tracking.AdContext;
import io.splicer.tracking.Beacon;
import io.splicer.tracking.TrackedAd;
import java.time.Instant;
import java.util.List;

/** Test timelines. */
final class Timelines {

  private Timelines() {}

  static MediaTime s(String seconds) {
    return MediaTime.parseSeconds(seconds);
  }

  static List<Beacon> classicBeacons(String base) {
    return List.of(
        Beacon.of("impression", base + "?event=impression"),
        Beacon.of("start", base + "?event=start"),
        Beacon.of("firstQuartile", base + "?event=firstQuartile"),
        Beacon.of("midpoint", base + "?event=midpoint"),
        Beacon.of("thirdQuartile", base + "?event=thirdQuartile"),
        Beacon.of("complete", base + "?event=complete"));
  }

  /**
   * Reference §7.3 classic example: a 15.1 s ad at 17.817798 s, media sequence 8104385, here cut
   * into five segments (3, 3, 3, 3, 3.1 s).
   */
  static TrackingTimeline classic() {
    TrackedAd ad =
        new TrackedAd(
            "b/0",
            List.of(s("3"), s("3"), s("3"), s("3"), s("3.1")),
            classicBeacons("http://exampleadserver.com/tracking"),
            List.of(),
            AdContext.NONE);
    TrackingTimeline.PlacedAd placed =
        new TrackingTimeline.PlacedAd(
            ad,
            s("17.817798"),
            null,
            new TrackingTimeline.Position.HlsSequence(8104385),
            TrackingTimeline.Metadata.NONE);
    return new TrackingTimeline(
        TrackingTimeline.TimeBase.HLS,
        null,
        null,
        List.of(avail("8104385", "17.817798", "15.1", null, List.of(placed))));
  }

  static TrackingTimeline.Avail avail(
      String id, String start, String duration, Instant pdt, List<TrackingTimeline.PlacedAd> ads) {
    return new TrackingTimeline.Avail(
        id, s(start), s(duration), null, pdt, ads, List.of(), List.of(), false);
  }

  /** One ad of {@code n} 2-second segments with the classic beacons. */
  static TrackingTimeline.PlacedAd hlsAd(String key, String start, long seq, int n) {
    TrackedAd ad =
        new TrackedAd(
            key,
            java.util.Collections.nCopies(n, s("2")),
            classicBeacons("http://ads.test/" + key),
            List.of(),
            AdContext.NONE);
    return new TrackingTimeline.PlacedAd(
        ad,
        s(start),
        null,
        new TrackingTimeline.Position.HlsSequence(seq),
        TrackingTimeline.Metadata.NONE);
  }
}
