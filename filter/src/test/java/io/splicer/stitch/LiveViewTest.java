package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.ads.AdsFailure;
import io.splicer.ads.AdsResult;
import io.splicer.core.MediaTime;
import io.splicer.session.Session;
import io.splicer.stitch.SessionTimeline.Band;
import io.splicer.stitch.SessionTimeline.BandKind;
import io.splicer.stitch.SessionTimeline.BreakLayout;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin live view, fed by the real HLS stitcher with a fake ADS (StitchFixture). */
class LiveViewTest {

  private final StitchFixture f;

  LiveViewTest() throws Exception {
    f = new StitchFixture();
  }

  @AfterEach
  void close() {
    f.close();
  }

  private static final String VOD_POD =
      "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXT-X-MEDIA-SEQUENCE:0\n"
          + "#EXT-X-PLAYLIST-TYPE:VOD\n"
          + "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n#EXTINF:4.000,\nA.ts\n"
          + "#EXTINF:4.000,\nB.ts\n#EXT-X-ENDLIST\n";

  private static long s(double seconds) {
    return MediaTime.parseSeconds(Double.toString(seconds)).micros();
  }

  @Test
  void stitch_vodPreRoll_sessionInteractionAndTimelineRecorded() throws Exception {
    Session session = f.session();
    f.stitch(f.config(), session, 0, StitchFixture.ORIGIN + "index.m3u8", VOD_POD);
    LiveView live = f.stitcher.liveView();

    List<LiveSession> sessions = live.sessions(10);
    assertEquals(1, sessions.size());
    assertEquals(session.id().toString(), sessions.get(0).id());
    assertEquals("cfg", sessions.get(0).configurationName());
    assertEquals("index.m3u8", sessions.get(0).assetPath());
    assertEquals(1, sessions.get(0).manifestRequests());

    List<AdsInteraction> ads = live.adsInteractions(10);
    assertEquals(1, ads.size());
    AdsInteraction i = ads.get(0);
    assertEquals(f.adsUrl() + "?d=***&s=***", i.url());
    assertFalse(i.url().contains(session.id().toString()), i.url());
    assertEquals("OK", i.status());
    assertEquals("v0", i.breakKey());
    assertEquals(2, i.adsReturned());
    assertEquals(List.of("ad15", "ad10"), i.usedAdIds());
    assertEquals(s(25), i.filledMicros());
    assertEquals(s(25), i.availableMicros()); // an insertion offers what the ADS returned

    SessionTimeline t = live.timeline(session.id().toString()).orElseThrow();
    SessionTimeline.Layout layout = t.layout().orElseThrow();
    assertEquals(
        List.of(
            new Band(BandKind.AD, 0, s(15), "ad15", 0),
            new Band(BandKind.AD, s(15), s(10), "ad10", 0),
            new Band(BandKind.CONTENT, s(25), s(8), "", -1)),
        layout.bands());
    assertEquals(s(33), layout.totalMicros());
    assertTrue(layout.vod());
    BreakLayout b = layout.breaks().get(0);
    assertEquals("INSERTION", b.kind());
    assertEquals("PERSONALIZED", b.status());
    assertEquals(1, t.decisions().size());
    assertEquals("v0", t.decisions().get(0).breakKey());
    assertEquals(
        List.of("ad15", "ad10"),
        t.decisions().get(0).decision().ads().stream().map(SessionTimeline.Ad::adId).toList());
  }

  @Test
  void stitch_liveAvailLongerThanAds_contentRemainderAndPartialFillRate() throws Exception {
    Session session = f.session();
    f.stitch(
        f.config(),
        session,
        0,
        StitchFixture.ORIGIN + "index_1.m3u8",
        HlsStitcherLiveTest.MT_ORIGIN);
    LiveView live = f.stitcher.liveView();
    SessionTimeline.Layout layout =
        live.timeline(session.id().toString()).orElseThrow().layout().orElseThrow();
    long before = s(6.006) + s(6.006) + s(5.372);
    long avail = s(0.634) + 3 * s(6.006) + s(1.368);
    // as HlsStitcherLiveTest shows, content resumes at 8779963, the avail segment holding the
    // end of the 15 s of ads (break time 12.646..18.652), then 8779964
    long rest = s(6.006) + s(1.368);
    long after = s(4.638) + s(6.006);
    assertEquals(
        List.of(
            new Band(BandKind.CONTENT, 0, before, "", -1),
            new Band(BandKind.AD, before, s(15), "ad15", 0),
            new Band(BandKind.CONTENT, before + s(15), rest, "", 0),
            new Band(BandKind.CONTENT, before + s(15) + rest, after, "", -1)),
        layout.bands());
    assertEquals(before + s(15) + rest + after, layout.totalMicros());
    assertEquals(8779957, layout.mediaSequence());
    assertFalse(layout.vod());
    assertEquals("REPLACEMENT", layout.breaks().get(0).kind());
    assertEquals(avail, layout.breaks().get(0).originMicros());

    AdsInteraction i = live.adsInteractions(1).get(0);
    assertEquals(s(20.020), i.availableMicros());
    assertEquals(s(15), i.filledMicros());
    assertEquals(1, i.skipped().size(), i.skipped().toString());
    assertTrue(i.skipped().get(0).startsWith("c10="), i.skipped().toString());
    LiveStats stats = live.stats();
    assertEquals(1, stats.breaksDecided());
    assertEquals(1, stats.adsSkipped());
    assertEquals((double) s(15) / s(20.020), stats.fillRate().orElseThrow(), 1e-9);
    assertEquals(1L, stats.stitch().get("mediaPlaylistsStitched"));
  }

  @Test
  void stitch_adsAnswers500_failureRecordedMaskedAndCounted() throws Exception {
    f.ads = uri -> new StitchFixture.Answer(500, "", 0);
    Session session = f.session();
    f.stitch(f.config(), session, 0, StitchFixture.ORIGIN + "index.m3u8", VOD_POD);
    LiveView live = f.stitcher.liveView();
    AdsInteraction i = live.adsInteractions(1).get(0);
    assertEquals("HTTP_STATUS", i.status());
    assertFalse(i.failure().isEmpty());
    assertFalse(i.failure().contains(session.id().toString()), i.failure());
    assertEquals(List.of(), i.usedAdIds());
    assertEquals(1, live.stats().adsFailures());
    assertEquals(0, live.stats().breaksFilled());
    assertTrue(live.stats().fillRate().isEmpty()); // nothing returned, nothing available
    BreakLayout b =
        live.timeline(session.id().toString()).orElseThrow().layout().orElseThrow().breaks().get(0);
    assertEquals("CONTENT", b.status());
    assertTrue(b.decision().orElseThrow().failure().startsWith("HTTP_STATUS"), b.toString());
  }

  @Test
  void timeline_unknownSession_empty() {
    assertTrue(f.stitcher.liveView().timeline("no-such-session").isEmpty());
    assertTrue(f.stitcher.liveView().sessions(10).isEmpty());
    assertTrue(f.stitcher.liveView().adsInteractions(10).isEmpty());
  }

  @Test
  void registry_boundedAndExpiredSessionsHidden() {
    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2030-01-01T00:00:00Z"));
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    LiveView live = new LiveView(f.sessions, new StitchMetrics(), clock, 2, 2);
    Session a = f.session();
    Session b = f.session();
    Session c = f.session();
    live.touched(a);
    live.touched(b);
    live.touched(c); // a is evicted
    assertEquals(
        List.of(c.id().toString(), b.id().toString()),
        live.sessions(10).stream().map(LiveSession::id).toList());
    assertTrue(live.timeline(a.id().toString()).isEmpty());
    now.set(now.get().plus(c.idleTimeout()).plus(Duration.ofSeconds(1)));
    assertEquals(List.of(), live.sessions(10));
    assertEquals(0, live.stats().activeSessions());
  }

  @Test
  void interactions_ringBufferKeepsNewest() {
    LiveView live = new LiveView(f.sessions, new StitchMetrics(), Clock.systemUTC(), 10, 2);
    Session s = f.session();
    live.touched(s);
    for (String key : List.of("b1", "b2", "b3")) {
      AdsResult r =
          new AdsResult(
              "http://ads.test/v?k=" + key,
              Optional.empty(),
              List.of(),
              Optional.of(AdsFailure.of(AdsFailure.Kind.TIMEOUT, "slow")));
      live.decided(
          s, f.config(), key, r, List.of(), List.of(AdDecision.none("")), Optional.empty(), 0);
    }
    assertEquals(
        List.of("b3", "b2"),
        live.adsInteractions(10).stream().map(AdsInteraction::breakKey).toList());
    assertEquals(
        List.of("b3"), live.adsInteractions(1).stream().map(AdsInteraction::breakKey).toList());
    assertEquals(3, live.stats().breaksDecided());
    assertEquals(3, live.stats().adsFailures());
    assertEquals("TIMEOUT", live.adsInteractions(1).get(0).status());
  }
}
