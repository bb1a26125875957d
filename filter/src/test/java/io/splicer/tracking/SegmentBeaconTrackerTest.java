package io.splicer.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.SessionId;
import io.splicer.session.ClientInfo;
import io.splicer.session.InMemorySessionStore;
import io.splicer.session.Session;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionParams;
import io.splicer.session.SessionSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Scripted viewers fetching ad segments. */
class SegmentBeaconTrackerTest {

  private final SessionId session = SessionId.random();
  private final TrackedAd ad = Ads.ad("brk1/0", Ads.segments(10, "2"), Ads.standardBeacons());

  private static List<String> fetch(
      SegmentBeaconTracker tracker, SessionId s, TrackedAd ad, int... segments) {
    List<String> fired = new ArrayList<>();
    for (int k : segments) {
      for (DueBeacon d : tracker.onSegmentRequested(s, ad, k)) {
        fired.add(d.beacon().event());
      }
    }
    return fired;
  }

  @Test
  void onSegmentRequested_inOrderViewer_firesExactSequence() {
    SegmentBeaconTracker tracker = new SegmentBeaconTracker(new InMemoryBeaconDeduplicator());
    assertEquals(
        List.of("impression", "start", "firstQuartile", "midpoint", "thirdQuartile", "complete"),
        fetch(tracker, session, ad, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
  }

  @Test
  void onSegmentRequested_viewerStopsAtHalf_firesUpToMidpointOnly() {
    SegmentBeaconTracker tracker = new SegmentBeaconTracker(new InMemoryBeaconDeduplicator());
    assertEquals(
        List.of("impression", "start", "firstQuartile", "midpoint"),
        fetch(tracker, session, ad, 0, 1, 2, 3, 4));
  }

  @Test
  void onSegmentRequested_repeatedAndOutOfOrder_neverDoubleFires() {
    SegmentBeaconTracker tracker = new SegmentBeaconTracker(new InMemoryBeaconDeduplicator());
    List<String> fired = fetch(tracker, session, ad, 2, 0, 0, 1, 2, 4, 3, 4, 2, 0, 9, 9, 7);
    assertEquals(
        List.of("firstQuartile", "impression", "start", "midpoint", "complete", "thirdQuartile"),
        fired);
  }

  @Test
  void onSegmentRequested_abrSwitchSameAdKey_doesNotRefire() {
    SegmentBeaconTracker tracker = new SegmentBeaconTracker(new InMemoryBeaconDeduplicator());
    TrackedAd otherRendition =
        Ads.ad("brk1/0", Ads.segments(10, "2"), Ads.standardBeacons()); // same ad, other variant
    assertEquals(2, tracker.onSegmentRequested(session, ad, 0).size());
    assertTrue(tracker.onSegmentRequested(session, otherRendition, 0).isEmpty());
  }

  @Test
  void onSegmentRequested_otherSessionOrOtherAd_firesAgain() {
    SegmentBeaconTracker tracker = new SegmentBeaconTracker(new InMemoryBeaconDeduplicator());
    TrackedAd second = Ads.ad("brk1/1", Ads.segments(10, "2"), Ads.standardBeacons());
    assertEquals(2, tracker.onSegmentRequested(session, ad, 0).size());
    assertEquals(2, tracker.onSegmentRequested(SessionId.random(), ad, 0).size());
    assertEquals(2, tracker.onSegmentRequested(session, second, 0).size());
  }

  @Test
  void onSegmentRequested_outOfRangeSegment_firesNothing() {
    SegmentBeaconTracker tracker = new SegmentBeaconTracker(new InMemoryBeaconDeduplicator());
    assertTrue(tracker.onSegmentRequested(session, ad, 10).isEmpty());
    assertTrue(tracker.onSegmentRequested(session, ad, -1).isEmpty());
  }

  @Test
  void onSegmentRequested_concurrentRequests_eachEventOnce() throws Exception {
    SegmentBeaconTracker tracker = new SegmentBeaconTracker(new InMemoryBeaconDeduplicator());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int k = i % 10;
        calls.add(() -> tracker.onSegmentRequested(session, ad, k).size());
      }
      int total = 0;
      for (Future<Integer> f : pool.invokeAll(calls)) {
        total += f.get();
      }
      assertEquals(6, total);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onSegmentRequested_sessionManagerDeduplicator_sharedByTrackers() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    SessionManager sessions =
        new SessionManager(
            new InMemorySessionStore(clock, Duration.ofHours(1), Duration.ofHours(6)),
            SessionSettings.DEFAULTS,
            clock);
    Session s =
        sessions.create(
            SessionManager.Kind.IMPLICIT, "cfg", "a.m3u8", SessionParams.NONE, ClientInfo.NONE);
    // two trackers stand for two cluster nodes sharing one store
    SegmentBeaconTracker nodeA = new SegmentBeaconTracker(BeaconDeduplicator.of(sessions));
    SegmentBeaconTracker nodeB = new SegmentBeaconTracker(BeaconDeduplicator.of(sessions));
    assertEquals(List.of("impression", "start"), fetch(nodeA, s.id(), ad, 0));
    assertEquals(List.of(), fetch(nodeB, s.id(), ad, 0, 1));
    assertEquals(List.of("firstQuartile"), fetch(nodeB, s.id(), ad, 2));
  }
}
