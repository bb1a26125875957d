package io.splicer.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import io.splicer.core.SessionId;
import io.splicer.session.ClientInfo;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BeaconServiceTest {

  private final BeaconSink sink;
  private final VirtualScheduler time = new VirtualScheduler(Instant.parse("2026-11-21T10:00:00Z"));
  private final BeaconDispatcher dispatcher =
      new BeaconDispatcher(
          new DispatcherSettings(
              Duration.ofSeconds(3),
              Duration.ofSeconds(30),
              Duration.ofMinutes(10),
              Duration.ofHours(1),
              0,
              100,
              100,
              1, // one at a time per host: the sink sees firing order
              2),
          time,
          time);
  private final BeaconService service =
      new BeaconService(
          new InMemoryBeaconDeduplicator(),
          new MacroExpander(time, new SplittableRandom(1)),
          dispatcher);
  private final ClientInfo viewer = ClientInfo.of("10.1.1.1", "", "Viewer/2", "");
  private final SessionId session = SessionId.random();

  BeaconServiceTest() throws IOException {
    sink = new BeaconSink();
  }

  @AfterEach
  void tearDown() {
    dispatcher.close();
    sink.close();
  }

  private static void await(BooleanSupplier c) throws InterruptedException {
    for (int i = 0; i < 2000 && !c.getAsBoolean(); i++) {
      Thread.sleep(5);
    }
    assertTrue(c.getAsBoolean());
  }

  private TrackedAd ad() {
    return new TrackedAd(
        "b1/0",
        Ads.segments(4, "2.5"),
        List.of(
            Beacon.of("impression", sink.url("/imp?ap=[ADPLAYHEAD]")),
            Beacon.of("start", sink.url("//start")),
            Beacon.of("firstQuartile", sink.url("/q1?ap=[ADPLAYHEAD]&cp=[CONTENTPLAYHEAD]")),
            Beacon.of("midpoint", sink.url("/mid")),
            Beacon.of("thirdQuartile", sink.url("/q3")),
            Beacon.of("complete", sink.url("/done")),
            Beacon.of("pause", sink.url("/pause"))),
        List.of(sink.url("/err?code=[ERRORCODE]"), sink.url("/err2/[ERRORCODE]")),
        new AdContext(null, null, null, 1, BreakPosition.PREROLL));
  }

  @Test
  void onSegmentRequested_wholeAd_sinkReceivesEachBeaconOnceInOrder() throws Exception {
    TrackedAd ad = ad();
    for (int k : new int[] {0, 1, 1, 0, 2, 3, 3}) {
      service.onSegmentRequested(session, ad, k, viewer, MediaTime.ofSeconds(60));
    }
    await(() -> dispatcher.stats().delivered() == 6);
    assertEquals(
        List.of(
            "/imp?ap=00%3A00%3A00.000",
            "/start", "/q1?ap=00%3A00%3A02.500&cp=00%3A01%3A00.000", "/mid", "/q3", "/done"),
        sink.hits().stream().map(BeaconSink.Hit::pathAndQuery).toList());
    assertTrue(sink.hits().stream().allMatch(h -> h.userAgent().equals("Viewer/2")));
    assertTrue(sink.hits().stream().allMatch(h -> h.forwardedFor().equals("10.1.1.1")));
  }

  @Test
  void fireError_substitutesCodeOncePerSessionAndAd() throws Exception {
    TrackedAd ad = ad();
    assertEquals(2, service.fireError(session, ad, 403, viewer, null));
    assertEquals(0, service.fireError(session, ad, 403, viewer, null));
    await(() -> dispatcher.stats().delivered() == 2);
    assertEquals(
        List.of("/err2/403", "/err?code=403"),
        sink.hits().stream().map(BeaconSink.Hit::pathAndQuery).sorted().toList());
  }

  @Test
  void fireError_withoutAdKey_wrapperTimeoutCode() throws Exception {
    assertEquals(
        1,
        service.fireError(
            List.of(sink.url("/wrap?e=[ERRORCODE]&t=[TIMESTAMP]")),
            AdContext.NONE,
            301,
            viewer,
            null));
    await(() -> dispatcher.stats().delivered() == 1);
    assertEquals("/wrap?e=301&t=2026-11-21T10%3A00%3A00.000Z", sink.hits().get(0).pathAndQuery());
  }
}
