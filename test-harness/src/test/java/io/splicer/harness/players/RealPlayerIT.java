package io.splicer.harness.players;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.splicer.core.MediaTime;
import io.splicer.harness.fakes.DashFixtures;
import io.splicer.harness.players.HlsStitch.Defect;
import io.splicer.harness.players.HlsStitch.Insert;
import io.splicer.harness.players.HlsStitch.Rendition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real players (hls.js, Shaka, dash.js in Debian chromium) play hand-made stitches of ffmpeg
 * fixtures served by embedded Tomcat, and are judged by what is on screen (players/README.md). The
 * honest stitches must pass; the deliberately broken ones must fail for the right reason, so a
 * harness that can no longer fail is noticed. Two checks run at a time.
 */
class RealPlayerIT {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path PLAYERS = MODULE.resolve("players");
  private static final Path FIXTURES = MODULE.resolve("target/player-fixtures");
  private static final Path SCREENSHOTS = MODULE.resolve("target/player-screenshots");
  private static final Path CHROMIUM =
      Path.of(System.getProperty("players.chromium", "/usr/bin/chromium"));
  private static final int PARALLEL = Integer.getInteger("players.parallel", 2);

  /** Failure kinds a broken timeline shows (run-check.mjs / verdict.mjs KINDS). */
  private static final Set<String> TIMELINE =
      Set.of(
          "stall", "jump", "duration", "ad-missing", "unexpected-ad", "position", "player-error");

  private static FixtureServer server;

  /** The fixtures behind Splicer's filter: origin, creatives and a static VMAP "ADS". */
  private static FixtureServer splicer;

  private static ExecutorService pool;
  private static final List<Check> CHECKS = new ArrayList<>();

  /** The live channel's cue-outs: 6 s at 10 s and 10 s at 24 s (filled by ad6 and ad10). */
  private static final List<DashStitch.Cue> LIVE_CUES =
      List.of(
          new DashStitch.Cue(MediaTime.ofSeconds(10), MediaTime.ofSeconds(6)),
          new DashStitch.Cue(MediaTime.ofSeconds(24), MediaTime.ofSeconds(10)));

  /** One check; {@code mustFailWith} empty = must pass, else must fail with one of these kinds. */
  record Check(
      String name,
      String player,
      String path,
      Expectation expectation,
      Set<String> mustFailWith,
      boolean throughFilter,
      double rate) {

    Check(String name, String player, String path, Expectation expectation, Set<String> mustFail) {
      this(name, player, path, expectation, mustFail, false, 4);
    }

    String url() {
      return (throughFilter ? splicer : server).url(path);
    }
  }

  @BeforeAll
  static void setUp() throws Exception {
    List<String> missing = PlayerToolchain.missing(PLAYERS, CHROMIUM);
    if (!missing.isEmpty()) {
      String message =
          "real-player checks cannot run, missing: " + missing + ". " + PlayerToolchain.INSTALL;
      if (PlayerToolchain.required()) {
        fail(message + " (required because CI=true or -Dplayers.required=true)");
      }
      Assumptions.abort(message);
    }
    makeFixtures();
    Files.createDirectories(SCREENSHOTS);
    CHECKS.addAll(hlsChecks());
    CHECKS.addAll(dashChecks());
    server = FixtureServer.start(FIXTURES);
    Path configs = Files.createDirectories(FIXTURES.resolve("splicer-config"));
    DashStitch.Source content = DashStitch.read(FIXTURES, "content/dash");
    splicer =
        FixtureServer.startWithSplicer(
            FIXTURES,
            Map.of("configDir", configs.toString()),
            Map.of("/livedash/*", new LiveDashFixtureServlet(content, LIVE_CUES)));
    CHECKS.addAll(filterDashChecks(configs));
    CHECKS.addAll(filterDashLiveChecks(configs, content));
    pool = Executors.newFixedThreadPool(PARALLEL);
  }

  @AfterAll
  static void tearDown() throws Exception {
    if (pool != null) {
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
    if (server != null) {
      server.close();
    }
    if (splicer != null) {
      splicer.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> stitchedStreams_playInRealPlayers_judgedByPicture() {
    PlayerRunner runner = new PlayerRunner(PLAYERS, SCREENSHOTS, CHROMIUM);
    List<DynamicTest> tests = new ArrayList<>();
    List<Future<PlayerRunner.Result>> filterResults = new ArrayList<>();
    java.util.Set<String> filterConfigs = new java.util.TreeSet<>();
    tests.add(
        DynamicTest.dynamicTest(
            "verdict_syntheticRecordings_everyRuleFires", RealPlayerIT::verdictRules));
    String only = System.getProperty("players.only", "");
    for (Check c : CHECKS) {
      if (!only.isEmpty() && !c.name().contains(only)) {
        continue; // a developer's run of some checks: -Dplayers.only=<part of the name>
      }
      Future<PlayerRunner.Result> result =
          pool.submit(() -> runner.run(c.name(), c.player(), c.url(), c.expectation(), c.rate()));
      String expected =
          c.mustFailWith().isEmpty()
              ? "passes"
              : "failsWith" + new java.util.TreeSet<>(c.mustFailWith());
      tests.add(DynamicTest.dynamicTest(c.name() + "_" + expected, () -> verify(c, result.get())));
      if (c.throughFilter()) {
        filterResults.add(result);
        filterConfigs.add(c.path().split("/")[4]); // /v1/dash/h/{config}/...
      }
    }
    if (!filterResults.isEmpty()) {
      tests.add(
          DynamicTest.dynamicTest(
              "filterDash_adSegmentsFetchedThroughDashsegmentRedirects",
              () -> verifyReportingRoute(filterResults, filterConfigs)));
    }
    return tests.stream();
  }

  /**
   * Implicit DASH sessions report server-side: the players fetched every ad segment through {@code
   * /v1/dashsegment} (reference §1.1), and each such request was answered by a redirect (302) to
   * the creative's segment, never an error. Runs after the filter checks finished.
   */
  private static void verifyReportingRoute(
      List<Future<PlayerRunner.Result>> results, java.util.Set<String> configs) throws Exception {
    for (Future<PlayerRunner.Result> r : results) {
      r.get();
    }
    List<String> recorded = splicer.recorded();
    assertFalse(recorded.isEmpty(), "no ad segment request went through /v1/dashsegment");
    List<String> failed = recorded.stream().filter(r -> !r.startsWith("302 ")).toList();
    assertEquals(List.of(), failed, "non-redirect answers of /v1/dashsegment");
    for (String config : configs) {
      String prefix = "302 " + FixtureServer.RECORDED_PREFIX + "h/" + config + "/";
      assertTrue(
          recorded.stream().anyMatch(r -> r.startsWith(prefix)),
          () -> "no ad segment of configuration [" + config + "] went through the route");
    }
  }

  private static void verify(Check c, PlayerRunner.Result r) {
    System.out.printf("%s (%d ms):%n%s%n", c.name(), r.wallMillis(), r.output());
    if (c.mustFailWith().isEmpty()) {
      assertEquals(0, r.exitCode(), () -> c.name() + " must pass:\n" + r.output());
      return;
    }
    assertEquals(
        1, r.exitCode(), () -> c.name() + " is a negative control and must FAIL:\n" + r.output());
    assertFalse(r.failureKinds().isEmpty(), () -> "no failure lines in\n" + r.output());
    assertTrue(
        r.failureKinds().stream().anyMatch(c.mustFailWith()::contains),
        () -> c.name() + " failed, but not with any of " + c.mustFailWith() + ":\n" + r.output());
  }

  /** The judgement rules alone (node --test verdict.test.mjs): each rule can fail. */
  private static void verdictRules() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("node", "--test", "verdict.test.mjs")
            .directory(PLAYERS.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), () -> "verdict.test.mjs failed:\n" + out);
    assertTrue(out.contains("# fail 0"), () -> "unexpected node --test output:\n" + out);
  }

  static void makeFixtures() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "bash", PLAYERS.resolve("make-fixtures.sh").toString(), FIXTURES.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), () -> "make-fixtures.sh failed:\n" + out);
  }

  /** Content 40 s; ad 6 s before content segment 5 (10 s), ad 10 s before segment 12 (24 s). */
  private static List<Check> hlsChecks() throws IOException {
    List<Check> checks = new ArrayList<>();
    for (String packaging : List.of("ts", "fmp4")) {
      Rendition content = Rendition.read(FIXTURES, "content/" + packaging);
      List<Insert> inserts =
          List.of(
              new Insert(5, Rendition.read(FIXTURES, "ad6/" + packaging)),
              new Insert(12, Rendition.read(FIXTURES, "ad10/" + packaging)));
      for (Defect defect : Defect.values()) {
        if (packaging.equals("fmp4") && defect != Defect.NONE) {
          continue; // the negative controls run on hls.js + TS, the player that catches them all
        }
        HlsStitch.Stitched s = HlsStitch.stitch(content, inserts, defect);
        String name = "hls-" + packaging + "-" + defect.name().toLowerCase().replace('_', '-');
        write("stitched/" + name + "-media.m3u8", s.mediaPlaylist());
        write("stitched/" + name + ".m3u8", HlsStitch.multivariant(name + "-media.m3u8"));
        String path = "/stitched/" + name + ".m3u8";
        checks.add(new Check("hlsjs-" + name, "hlsjs", path, s.expectation(), failsWith(defect)));
        if (defect == Defect.NONE && packaging.equals("ts")) {
          checks.add(new Check("shaka-" + name, "shaka", path, s.expectation(), Set.of()));
        }
      }
    }
    return checks;
  }

  private static Set<String> failsWith(Defect defect) {
    return switch (defect) {
      case NONE -> Set.of();
      case NO_DISCONTINUITY -> TIMELINE;
      case RESUME_OFF_BY_ONE -> Set.of("position");
      case MISSING_AD_SEGMENT -> Set.of("stall", "player-error");
    };
  }

  /** Three periods: content 0-10 s, ad 6 s, content 10-40 s; right and wrong PTO. */
  private static List<Check> dashChecks() throws IOException {
    DashStitch.Source content = DashStitch.read(FIXTURES, "content/dash");
    DashStitch.Source ad = DashStitch.read(FIXTURES, "ad6/dash");
    MediaTime at = MediaTime.ofSeconds(10);
    Expectation x = DashStitch.threePeriodExpectation(content, ad, at);
    List<Check> checks = new ArrayList<>();
    for (DashStitch.Defect defect : DashStitch.Defect.values()) {
      String name = "dash-3period-" + defect.name().toLowerCase().replace('_', '-');
      write("stitched/" + name + ".mpd", DashStitch.threePeriods(content, ad, at, defect));
      Set<String> mustFail = defect == DashStitch.Defect.NONE ? Set.of() : Set.of("position");
      for (String player : List.of("shaka", "dashjs")) {
        checks.add(
            new Check(player + "-" + name, player, "/stitched/" + name + ".mpd", x, mustFail));
      }
    }
    return checks;
  }

  /**
   * The 40 s content through the filter's {@code /v1/dash/...} URL (implicit session: 302, then the
   * personalised MPD): the VMAP "ADS" places the 6 s ad at 10 s and the 10 s ad at 24 s, both
   * content segment starts, so the output is content 0-10, ad, content 10-24, ad, content 24-40.
   */
  private static List<Check> filterDashChecks(Path configs) throws IOException {
    write(
        "stitched/ads/vod-vmap.xml",
        DashFixtures.vmap(
            "00:00:10.000=" + splicer.url("/ad6/dash/manifest.mpd"),
            "00:00:24.000=" + splicer.url("/ad10/dash/manifest.mpd")));
    Files.writeString(
        configs.resolve("players.json"),
        "{\"Name\":\"players\",\"VideoContentSourceUrl\":\"/\",\"AdDecisionServerUrl\":\""
            + splicer.url("/stitched/ads/vod-vmap.xml")
            + "\"}",
        StandardCharsets.UTF_8);
    MediaTime ad6 = DashStitch.read(FIXTURES, "ad6/dash").videoDuration();
    MediaTime ad10 = DashStitch.read(FIXTURES, "ad10/dash").videoDuration();
    MediaTime content = DashStitch.read(FIXTURES, "content/dash").videoDuration();
    MediaTime first = MediaTime.ofSeconds(10);
    MediaTime second = MediaTime.ofSeconds(24);
    Expectation x =
        new Expectation(
            content.plus(ad6).plus(ad10),
            MediaTime.ZERO,
            List.of(
                new Expectation.Break(first, first.plus(ad6), first),
                new Expectation.Break(second.plus(ad6), second.plus(ad6).plus(ad10), second)));
    List<Check> checks = new ArrayList<>();
    for (String player : List.of("shaka", "dashjs")) {
      checks.add(
          new Check(
              player + "-filter-dash-vod-2breaks",
              player,
              "/v1/dash/h/players/content/dash/manifest.mpd",
              x,
              Set.of(),
              true,
              4));
    }
    return checks;
  }

  /**
   * The live channel (single-period origin, {@code OriginManifestType=SINGLE_PERIOD}) through the
   * filter at playback rate 1: the ADS answers by avail duration ({@code live-6.xml}, {@code
   * live-10.xml}), so ad6 replaces content 10-16 s and ad10 content 24-34 s; content resumes at its
   * own time (replacement) and the output lasts as long as the content.
   */
  private static List<Check> filterDashLiveChecks(Path configs, DashStitch.Source content)
      throws IOException {
    write("stitched/ads/live-6.xml", DashFixtures.vast(splicer.url("/ad6/dash/manifest.mpd")));
    write("stitched/ads/live-10.xml", DashFixtures.vast(splicer.url("/ad10/dash/manifest.mpd")));
    Files.writeString(
        configs.resolve("playerslive.json"),
        "{\"Name\":\"playerslive\",\"VideoContentSourceUrl\":\"/livedash/\","
            + "\"DashConfiguration\":{\"OriginManifestType\":\"SINGLE_PERIOD\"},"
            + "\"AdDecisionServerUrl\":\""
            + splicer.url("/stitched/ads/live-[session.avail_duration_secs].xml")
            + "\"}",
        StandardCharsets.UTF_8);
    List<Expectation.Break> breaks = new ArrayList<>();
    for (DashStitch.Cue c : LIVE_CUES) {
      MediaTime end = c.at().plus(c.length());
      breaks.add(new Expectation.Break(c.at(), end, end));
    }
    Expectation x = new Expectation(content.videoDuration(), MediaTime.ZERO, breaks);
    List<Check> checks = new ArrayList<>();
    for (String player : List.of("shaka", "dashjs")) {
      checks.add(
          new Check(
              player + "-filter-dash-live-2breaks",
              player,
              "/v1/dash/h/playerslive/" + player + "/manifest.mpd",
              x,
              Set.of(),
              true,
              1));
    }
    return checks;
  }

  private static void write(String relative, String text) throws IOException {
    Path file = FIXTURES.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
