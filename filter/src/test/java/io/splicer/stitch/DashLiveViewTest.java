package io.splicer.stitch;

import static io.splicer.stitch.DashStitcherTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.config.PlaybackConfiguration;
import io.splicer.core.MediaTime;
import io.splicer.dash.MpdDocument;
import io.splicer.dash.MpdPeriod;
import io.splicer.dash.MpdReader;
import io.splicer.session.InMemorySessionStore;
import io.splicer.session.Session;
import io.splicer.stitch.SessionTimeline.Band;
import io.splicer.stitch.SessionTimeline.BandKind;
import io.splicer.stitch.SessionTimeline.BreakLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DASH sessions in the admin live view ({@link DashTimelineBuilder} through {@link DashStitcher}):
 * listed with protocol DASH, their stored decisions readable, and a timeline whose ad and slate
 * bands are the ad Periods of the MPD actually written (same {@code @id}, {@code @start} and
 * length).
 */
class DashLiveViewTest {

  private final StitchFixture f;
  private final DashStitcher dash;

  DashLiveViewTest() throws Exception {
    f = new StitchFixture(Duration.ofMillis(1500), new InMemorySessionStore());
    TextFetcher fetcher =
        uri -> {
          String body = f.creatives.get(uri.toString());
          return body == null
              ? CompletableFuture.failedFuture(new IOException("404 [" + uri + "]"))
              : CompletableFuture.completedFuture(body);
        };
    dash =
        new DashStitcher(
            f.sessions,
            f.adsClient,
            fetcher,
            new StitchSettings(Duration.ofSeconds(10), Duration.ofSeconds(2), 64),
            f.stitcher.metrics(),
            f.stitcher.liveView(),
            null);
  }

  @AfterEach
  void close() {
    f.close();
  }

  private String stitch(PlaybackConfiguration config, Session s, String url, String mpd)
      throws Exception {
    RewriteResult r =
        dash.rewrite(
            new ManifestRequest(
                ManifestType.DASH,
                "GET",
                "/app/v1/dash/h/cfg/index.mpd",
                null,
                config,
                url,
                new StitchScope(s, "/app", "h", -1, StitchFixture.ORIGIN, null, "https://x.test")),
            new OriginManifest(mpd.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null));
    assertFalse(r.isUnchanged());
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private SessionTimeline.Layout layout(Session s) {
    return f.stitcher.liveView().timeline(s.id().toString()).orElseThrow().layout().orElseThrow();
  }

  /** Every ad/slate Period of the output MPD matches a band: same start (from 0) and id. */
  private static void assertAdBandsArePeriods(String out, SessionTimeline.Layout l, int slates)
      throws Exception {
    MpdDocument doc = MpdReader.read(out.getBytes(StandardCharsets.UTF_8));
    MediaTime origin = doc.periods().get(0).start();
    List<Band> ads = l.bands().stream().filter(b -> b.kind() == BandKind.AD).toList();
    int adPeriods = 0;
    for (MpdPeriod p : doc.periods()) {
      for (Band b : ads) {
        if (b.adId().equals(p.idOrIndex())) {
          assertEquals(p.start().minus(origin).micros(), b.startMicros(), p.idOrIndex());
          adPeriods++;
        }
      }
    }
    assertEquals(ads.size(), adPeriods, "an ad band without its Period: " + l.bands());
    assertEquals(slates, l.bands().stream().filter(b -> b.kind() == BandKind.SLATE).count());
  }

  @Test
  void stitch_vodVmapTwoBreaks_dashSessionWithInsertionTimeline() throws Exception {
    f.ads =
        uri ->
            new StitchFixture.Answer(200, DashStitcherTest.vmap("start=10", "00:00:25.000=6"), 0);
    Session s = f.session();
    String out =
        stitch(f.config(), s, DashStitcherTest.VOD_URL, resource("stitch/dash/vod-60s.mpd"));

    LiveSession listed = f.stitcher.liveView().sessions(10).get(0);
    assertEquals(s.id().toString(), listed.id());
    assertEquals(LiveView.DASH, listed.protocol());
    SessionTimeline t = f.stitcher.liveView().timeline(s.id().toString()).orElseThrow();
    assertEquals(List.of("vod#1", "vod#2"), t.decisions().stream().map(d -> d.breakKey()).toList());

    SessionTimeline.Layout l = t.layout().orElseThrow();
    assertTrue(l.vod());
    assertEquals(0, l.windowStartMicros());
    // pre-roll 10 s, 24 s content, 6 s at the 24 s segment start, the remaining 36 s
    assertEquals(
        List.of(
            new Band(BandKind.AD, 0, 10_000_000, "1_PT0S_0", 0),
            new Band(BandKind.CONTENT, 10_000_000, 24_000_000, "", -1),
            new Band(BandKind.AD, 34_000_000, 6_000_000, "1_PT24S_0", 1),
            new Band(BandKind.CONTENT, 40_000_000, 36_000_000, "", -1)),
        l.bands());
    assertEquals(76_000_000, l.totalMicros()); // mediaPresentationDuration PT1M16S
    assertEquals(
        List.of("INSERTION", "INSERTION"), l.breaks().stream().map(BreakLayout::kind).toList());
    assertEquals(
        List.of(0L, 34_000_000L), l.breaks().stream().map(BreakLayout::startMicros).toList());
    assertAdBandsArePeriods(out, l, 0);
  }

  @Test
  void stitch_liveAdsFaultWithSlate_replacementBreakOfOneSlateBandThenContent() throws Exception {
    f.ads = uri -> new StitchFixture.Answer(500, "oops", 0);
    PlaybackConfiguration config =
        f.config().toBuilder().slateAdUrl(StitchFixture.CREATIVES + "slate/manifest.mpd").build();
    Session s = f.session();
    String mpd = DashStitcherLiveTest.refresh("live-refresh-3");
    String out = stitch(config, s, DashStitcherLiveTest.LIVE_URL, mpd);

    SessionTimeline.Layout l = layout(s);
    assertFalse(l.vod());
    MpdDocument origin = MpdReader.read(mpd.getBytes(StandardCharsets.UTF_8));
    assertEquals(origin.periods().get(0).start().micros(), l.windowStartMicros());
    BreakLayout b = l.breaks().get(0);
    assertEquals("REPLACEMENT", b.kind());
    assertEquals(1, l.breaks().size());
    // the 30 s avail is all slate (seven 4 s pieces and a 2 s cut), one band
    Band slate =
        l.bands().stream().filter(x -> x.kind() == BandKind.SLATE).findFirst().orElseThrow();
    assertEquals(b.startMicros(), slate.startMicros());
    assertEquals(b.originMicros(), slate.durationMicros());
    assertEquals(30_000_000, slate.durationMicros());
    assertEquals("PERSONALIZED", b.status());
    assertAdBandsArePeriods(out, l, 1);
    long end = 0;
    for (Band band : l.bands()) {
      assertEquals(end, band.startMicros(), "bands without gaps: " + l.bands());
      end += band.durationMicros();
    }
    assertEquals(end, l.totalMicros());
  }

  @Test
  void stitch_hlsSession_stillListedAsHls() throws Exception {
    Session s = f.session();
    f.stitcher.liveView().touched(s);
    assertEquals(LiveView.HLS, f.stitcher.liveView().sessions(1).get(0).protocol());
  }
}
