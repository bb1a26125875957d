package io.splicer.stitch;

import static io.splicer.stitch.DashStitcherTest.periods;
import static io.splicer.stitch.DashStitcherTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.config.PlaybackConfiguration;
import io.splicer.session.InMemorySessionStore;
import io.splicer.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A live MPD (the dash package's three refreshes: the window grows, then the first Period slides
 * out) through the whole pipeline: one ADS call per avail per session, Period ids and starts stable
 * across refreshes, {@code availabilityStartTime} untouched, early cue-in, the break sliding out,
 * ADS faults; and our own end-to-end golden files.
 */
class DashStitcherLiveTest {

  static final String LIVE_URL = "http://origin.test/live/ch1/index.mpd";
  static final List<String> REFRESHES =
      List.of("live-refresh-1", "live-refresh-2", "live-refresh-3");

  private final StitchFixture f;

  DashStitcherLiveTest() throws Exception {
    f = new StitchFixture(Duration.ofMillis(1500), new InMemorySessionStore());
  }

  @AfterEach
  void close() {
    f.close();
  }

  static String refresh(String name) {
    return resource("dash/golden/" + name + ".mpd");
  }

  @Test
  void rewrite_threeRefreshes_oneAdsCallAndStablePeriods() throws Exception {
    f.ads = uri -> new StitchFixture.Answer(200, StitchFixture.dashVast(15, 10), 0);
    Session s = f.session();
    List<List<String>> seen = new ArrayList<>();
    for (String name : REFRESHES) {
      String out = f.stitchDash(f.config(), s, LIVE_URL, refresh(name));
      assertTrue(out.contains("availabilityStartTime=\"2024-01-01T00:00:00Z\""), out);
      assertTrue(out.contains("aws.sessionId=" + s.id() + "</Location>"), out);
      seen.add(periods(out));
    }
    // 30 s avail at 10 s: ads 15 s + 10 s. An ad Period is published once the live edge (16 s,
    // 26 s, 44 s) reaches its start; the rest of Period 101 resumes at 35 s under the origin id.
    assertEquals(List.of("100@PT0S", "101_1@PT10S"), seen.get(0));
    assertEquals(List.of("100@PT0S", "101_1@PT10S", "101_2@PT25S"), seen.get(1));
    assertEquals(List.of("101_1@PT10S", "101_2@PT25S", "101@PT35S", "102@PT40S"), seen.get(2));
    Map<String, String> starts = new HashMap<>();
    for (List<String> refresh : seen) {
      for (String p : refresh) {
        String[] idStart = p.split("@");
        assertEquals(idStart[1], starts.computeIfAbsent(idStart[0], k -> idStart[1]), p);
      }
    }
    assertEquals(1, f.adsRequests.get());
  }

  @Test
  void upToEdge_adsBeyondTheLiveEdge_leftOutUntilItReachesThem() throws Exception {
    f.ads = uri -> new StitchFixture.Answer(200, StitchFixture.dashVast(15, 10), 0);
    Session s = f.session();
    f.stitchDash(f.config(), s, LIVE_URL, refresh("live-refresh-1"));
    // edge 16 s: the first ad (from 10 s) only; edge 26 s: both (the second starts at 25 s)
    String r2 = refresh("live-refresh-2");
    String atEdge24 =
        r2.replace(
                "<S t=\"900000\" d=\"180000\" r=\"7\"/>", "<S t=\"900000\" d=\"180000\" r=\"6\"/>")
            .replace(
                "<S t=\"480000\" d=\"96000\" r=\"7\"/>", "<S t=\"480000\" d=\"96000\" r=\"6\"/>");
    assertEquals(
        List.of("100@PT0S", "101_1@PT10S"),
        periods(f.stitchDash(f.config(), s, LIVE_URL, atEdge24)));
    assertEquals(
        List.of("100@PT0S", "101_1@PT10S", "101_2@PT25S"),
        periods(f.stitchDash(f.config(), s, LIVE_URL, r2)));
  }

  @Test
  void rewrite_earlyCueIn_adCutAtTheNextPeriod() throws Exception {
    f.ads = uri -> new StitchFixture.Answer(200, StitchFixture.dashVast(15, 10), 0);
    Session s = f.session();
    f.stitchDash(f.config(), s, LIVE_URL, refresh("live-refresh-2"));
    // the origin ends the avail early: Period 102 starts at 30 s instead of 40 s
    String early = refresh("live-refresh-3").replace("start=\"PT40S\"", "start=\"PT30S\"");
    String out = f.stitchDash(f.config(), s, LIVE_URL, early);
    assertEquals(List.of("101_1@PT10S", "101_2@PT25S", "102@PT30S"), periods(out), out);
    assertEquals(1, f.adsRequests.get());
  }

  @Test
  void rewrite_breakSlidOut_noAdsNoNewCall() throws Exception {
    f.ads = uri -> new StitchFixture.Answer(200, StitchFixture.dashVast(15), 0);
    Session s = f.session();
    f.stitchDash(f.config(), s, LIVE_URL, refresh("live-refresh-3"));
    String r3 = refresh("live-refresh-3");
    String gone =
        r3.substring(0, r3.indexOf("  <Period id=\"101\""))
            + r3.substring(r3.indexOf("  <Period id=\"102\""));
    String out = f.stitchDash(f.config(), s, LIVE_URL, gone);
    assertEquals(List.of("102@PT40S"), periods(out), out);
    assertEquals(1, f.adsRequests.get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"timeout", "500", "empty", "malformed", "hls-only", "creative-404"})
  void rewrite_adsFault_contentPeriodsNoError(String fault) throws Exception {
    f.ads =
        uri ->
            switch (fault) {
              case "timeout" -> new StitchFixture.Answer(200, StitchFixture.dashVast(15), 3500);
              case "500" -> new StitchFixture.Answer(500, "oops", 0);
              case "empty" -> new StitchFixture.Answer(200, "<VAST version=\"4.2\"/>", 0);
              case "malformed" -> new StitchFixture.Answer(200, "<VAST><Ad>", 0);
              case "hls-only" -> new StitchFixture.Answer(200, StitchFixture.vast(15), 0);
              default ->
                  new StitchFixture.Answer(
                      200, StitchFixture.dashVast(15).replace("c15/", "missing/"), 0);
            };
    String out = f.stitchDash(f.config(), f.session(), LIVE_URL, refresh("live-refresh-2"));
    assertEquals(List.of("100@PT0S", "101@PT10S"), periods(out), out);
    assertTrue(out.contains("<Location>"), out);
    assertEquals(0, f.stitcher.metrics().failOpen());
  }

  @Test
  void rewrite_adsFaultWithDashSlate_slateFillsTheAvail() throws Exception {
    f.ads = uri -> new StitchFixture.Answer(500, "oops", 0);
    PlaybackConfiguration config =
        f.config().toBuilder().slateAdUrl(StitchFixture.CREATIVES + "slate/manifest.mpd").build();
    String out = f.stitchDash(config, f.session(), LIVE_URL, refresh("live-refresh-3"));
    List<String> p = periods(out);
    // 30 s of 4 s slate: seven whole repetitions and a 2 s cut, then content from 40 s
    assertEquals(9, p.size(), out);
    assertEquals("101_1@PT10S", p.get(0));
    assertEquals("101_8@PT38S", p.get(7));
    assertEquals("102@PT40S", p.get(8));
    assertTrue(out.contains(StitchFixture.CREATIVES + "slate/"), out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"live-refresh-1", "live-refresh-2", "live-refresh-3"})
  void rewrite_liveRefresh_matchesEndToEndGolden(String name) throws Exception {
    f.ads = uri -> new StitchFixture.Answer(200, StitchFixture.dashVast(15, 10), 0);
    Session s = f.session();
    String out = f.stitchDash(f.config(), s, LIVE_URL, refresh(name));
    String normalised = out.replace(s.id().toString(), "SESSION");
    Path file = Path.of("target", "golden-out", "stitch", name + ".expected.mpd");
    Files.createDirectories(file.getParent());
    Files.writeString(file, normalised);
    assertEquals(resource("stitch/dash/" + name + ".expected.mpd"), normalised);
    assertFalse(normalised.contains("origin.example/live/ch1/index.mpd</Location>"), out);
  }

  @Test
  void rewrite_vodVmap_matchesEndToEndGolden() throws Exception {
    f.ads =
        uri ->
            new StitchFixture.Answer(
                200, DashStitcherTest.vmap("start=10", "00:00:25.000=6", "end=6"), 0);
    Session s = f.session();
    String out =
        f.stitchDash(f.config(), s, DashStitcherTest.VOD_URL, resource("stitch/dash/vod-60s.mpd"));
    String normalised = out.replace(s.id().toString(), "SESSION");
    Path file = Path.of("target", "golden-out", "stitch", "vod-vmap.expected.mpd");
    Files.createDirectories(file.getParent());
    Files.writeString(file, normalised);
    assertEquals(resource("stitch/dash/vod-vmap.expected.mpd"), normalised);
  }
}
