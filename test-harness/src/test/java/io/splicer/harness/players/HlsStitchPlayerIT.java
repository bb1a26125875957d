package io.splicer.harness.players;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.splicer.core.MediaTime;
import io.splicer.harness.players.HlsStitch.Rendition;
import io.splicer.harness.players.HlsStitch.Segment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Real players play streams stitched by the Splicer filter ({@code /v1/master/...} of an embedded
 * Tomcat running the filter in front of the player fixtures, a static VAST ADS and a live channel)
 * and are judged by what is on screen (players/README.md).
 *
 * <ul>
 *   <li>VOD: the 40 s content with {@code CUE-OUT:0} markers for a pre-roll, a mid-roll before 20 s
 *       and a post-roll; the ADS answers ad 6 s, 10 s, 6 s. Played by hls.js (MPEG-TS), hls.js
 *       (fMP4) and Shaka (MPEG-TS).
 *   <li>Live: the same content published as a live window (2 s segments, one per 2 s of wall time)
 *       with two 10 s breaks (8–18 s, 26–36 s) replaced by the 10 s ad. Played at rate 1 by hls.js
 *       (MPEG-TS) and Shaka (MPEG-TS).
 *   <li>A negative control: the filter's VOD output judged against an expectation one segment off
 *       after the mid-roll must fail with {@code position}.
 * </ul>
 *
 * Every expectation comes from the plan (cue positions, ad and content segment durations read from
 * the fixture playlists), never from the stitched output. Two checks run at a time.
 */
class HlsStitchPlayerIT {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path PLAYERS = MODULE.resolve("players");
  private static final Path FIXTURES = MODULE.resolve("target/player-fixtures");
  private static final Path SCREENSHOTS = MODULE.resolve("target/player-screenshots");
  private static final Path CHROMIUM =
      Path.of(System.getProperty("players.chromium", "/usr/bin/chromium"));
  private static final int PARALLEL = Integer.getInteger("players.parallel", 2);

  /** VOD markers: before content segment 0 (pre-roll), 10 (20 s) and on the last (post-roll). */
  private static final int MID_ROLL_SEGMENT = 10;

  /** Live breaks: content segments 4..8 (8–18 s) and 13..17 (26–36 s). */
  private static final List<LiveFixtureServlet.Break> LIVE_BREAKS =
      List.of(new LiveFixtureServlet.Break(4, 5), new LiveFixtureServlet.Break(13, 5));

  private static StitchServer server;
  private static ExecutorService pool;
  private static final List<Check> CHECKS = new ArrayList<>();

  /** One check; {@code mustFailWith} empty = must pass. */
  record Check(
      String name,
      String player,
      String path,
      Expectation expectation,
      double rate,
      Set<String> mustFailWith) {}

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
    RealPlayerIT.makeFixtures();
    Files.createDirectories(SCREENSHOTS);
    int port = StitchServer.freePort();
    Map<String, Rendition> content = new LinkedHashMap<>();
    Map<String, Map<String, String>> configs = new LinkedHashMap<>();
    for (String pkg : List.of("ts", "fmp4")) {
      content.put(pkg, Rendition.read(FIXTURES, "content/" + pkg));
      Rendition ad6 = Rendition.read(FIXTURES, "ad6/" + pkg);
      Rendition ad10 = Rendition.read(FIXTURES, "ad10/" + pkg);
      writeVodOrigin(pkg, content.get(pkg));
      List<Rendition> vodAds = List.of(ad6, ad10, ad6);
      List<Rendition> liveAds = List.of(ad10, ad10);
      writeAds("vod", pkg, vodAds, port);
      writeAds("live", pkg, liveAds, port);
      for (String plan : List.of("vod", "live")) {
        configs.put(
            plan + "-" + pkg,
            Map.of(
                "VideoContentSourceUrl",
                "http://127.0.0.1:" + port + "/",
                "AdDecisionServerUrl",
                "http://127.0.0.1:"
                    + port
                    + "/stitch-ads/"
                    + plan
                    + "-"
                    + pkg
                    + "-[avail.index].xml"));
      }
      CHECKS.addAll(checks(pkg, content.get(pkg), vodAds, liveAds));
    }
    server =
        StitchServer.start(
            port, FIXTURES, writeConfigs(configs), new LiveFixtureServlet(content, LIVE_BREAKS));
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
  }

  @TestFactory
  Stream<DynamicTest> filterStitchedStreams_playInRealPlayers_judgedByPicture() {
    PlayerRunner runner = new PlayerRunner(PLAYERS, SCREENSHOTS, CHROMIUM);
    List<DynamicTest> tests = new ArrayList<>();
    for (Check c : CHECKS) {
      Future<PlayerRunner.Result> result =
          pool.submit(
              () ->
                  runner.run(
                      c.name(), c.player(), server.url(c.path()), c.expectation(), c.rate()));
      String expected = c.mustFailWith().isEmpty() ? "passes" : "failsWith" + c.mustFailWith();
      tests.add(DynamicTest.dynamicTest(c.name() + "_" + expected, () -> verify(c, result.get())));
    }
    return tests.stream();
  }

  private static void verify(Check c, PlayerRunner.Result r) {
    System.out.printf("%s (%d ms):%n%s%n", c.name(), r.wallMillis(), r.output());
    if (c.mustFailWith().isEmpty()) {
      assertEquals(0, r.exitCode(), () -> c.name() + " must pass:\n" + r.output());
      return;
    }
    assertEquals(1, r.exitCode(), () -> c.name() + " is a negative control:\n" + r.output());
    assertFalse(r.failureKinds().isEmpty(), () -> "no failure lines in\n" + r.output());
    assertTrue(
        r.failureKinds().stream().anyMatch(c.mustFailWith()::contains),
        () -> c.name() + " failed, but not with " + c.mustFailWith() + ":\n" + r.output());
  }

  private static List<Check> checks(
      String pkg, Rendition content, List<Rendition> vodAds, List<Rendition> liveAds) {
    List<Check> checks = new ArrayList<>();
    String vod = "/v1/master/proof/vod-" + pkg + "/origin/vod/" + pkg + "/master.m3u8";
    Expectation x = vodExpectation(content, vodAds, 0);
    checks.add(new Check("filter-hlsjs-vod-" + pkg, "hlsjs", vod, x, 4, Set.of()));
    if (pkg.equals("ts")) {
      checks.add(new Check("filter-shaka-vod-ts", "shaka", vod, x, 4, Set.of()));
      checks.add(
          new Check(
              "filter-hlsjs-vod-ts-wrong-expectation",
              "hlsjs",
              vod,
              vodExpectation(content, vodAds, 1),
              4,
              Set.of("position")));
      for (String player : List.of("hlsjs", "shaka")) {
        String live = "/v1/master/proof/live-ts/live/" + player + "/ts/master.m3u8";
        checks.add(
            new Check(
                "filter-" + player + "-live-ts",
                player,
                live,
                liveExpectation(content, liveAds),
                1,
                Set.of()));
      }
    }
    return checks;
  }

  /**
   * What the VOD plan claims: pre-roll ad 0 at 0, ad 1 before content segment {@value
   * #MID_ROLL_SEGMENT}, ad 2 after the last segment (no content follows it). {@code skew} moves the
   * claimed resume of the mid-roll by that many segments (the negative control).
   */
  static Expectation vodExpectation(Rendition content, List<Rendition> ads, int skew) {
    MediaTime a0 = total(ads.get(0));
    MediaTime a1 = total(ads.get(1));
    MediaTime a2 = total(ads.get(2));
    MediaTime mid = content.duration(0, MID_ROLL_SEGMENT);
    MediaTime all = total(content);
    MediaTime claimedResume = content.duration(0, MID_ROLL_SEGMENT + skew);
    List<Expectation.Break> breaks =
        List.of(
            new Expectation.Break(MediaTime.ZERO, a0, MediaTime.ZERO),
            new Expectation.Break(a0.plus(mid), a0.plus(mid).plus(a1), claimedResume),
            new Expectation.Break(a0.plus(a1).plus(all), a0.plus(a1).plus(all).plus(a2), null));
    return new Expectation(a0.plus(a1).plus(all).plus(a2), MediaTime.ZERO, breaks);
  }

  /** Live replacement: output time is content time; each break shows its ad, then content. */
  static Expectation liveExpectation(Rendition content, List<Rendition> ads) {
    List<Expectation.Break> breaks = new ArrayList<>();
    for (int i = 0; i < LIVE_BREAKS.size(); i++) {
      LiveFixtureServlet.Break b = LIVE_BREAKS.get(i);
      MediaTime start = content.duration(0, b.firstSegment());
      MediaTime end = content.duration(0, b.firstSegment() + b.segments());
      if (!total(ads.get(i)).equals(end.minus(start))) {
        throw new IllegalStateException("live ad " + i + " does not fill its break exactly");
      }
      breaks.add(new Expectation.Break(start, end, end));
    }
    return new Expectation(total(content), MediaTime.ZERO, breaks);
  }

  private static MediaTime total(Rendition r) {
    return r.duration(0, r.segments().size());
  }

  /** {@code origin/vod/<pkg>/master.m3u8} and {@code index.m3u8} with {@code CUE-OUT:0} markers. */
  private static void writeVodOrigin(String pkg, Rendition content) throws IOException {
    int last = content.segments().size() - 1;
    Set<Integer> markers = Set.of(0, MID_ROLL_SEGMENT, last);
    StringBuilder sb = header(content, "VOD");
    for (int i = 0; i < content.segments().size(); i++) {
      if (markers.contains(i)) {
        // reference §3.4: an insertion point is CUE-OUT:0 + CUE-IN attached to a segment;
        // on the last segment it is the post-roll
        sb.append("#EXT-X-CUE-OUT:0\n#EXT-X-CUE-IN\n");
      }
      segment(sb, content.segments().get(i));
    }
    write("origin/vod/" + pkg + "/index.m3u8", sb.append("#EXT-X-ENDLIST\n").toString());
    write("origin/vod/" + pkg + "/master.m3u8", HlsStitch.multivariant("index.m3u8"));
  }

  /** Creatives {@code creatives/<plan><avail>/<pkg>/index.m3u8} and their VAST documents. */
  private static void writeAds(String plan, String pkg, List<Rendition> ads, int port)
      throws IOException {
    for (int i = 0; i < ads.size(); i++) {
      Rendition ad = ads.get(i);
      String dir = "creatives/" + plan + (i + 1) + "/" + pkg + "/";
      StringBuilder sb = header(ad, "VOD");
      ad.segments().forEach(s -> segment(sb, s));
      write(dir + "index.m3u8", sb.append("#EXT-X-ENDLIST\n").toString());
      write(
          "stitch-ads/" + plan + "-" + pkg + "-" + (i + 1) + ".xml",
          vast(plan + (i + 1), total(ad), "http://127.0.0.1:" + port + "/" + dir + "index.m3u8"));
    }
  }

  private static StringBuilder header(Rendition r, String type) {
    long target =
        r.segments().stream().mapToLong(s -> s.duration().toCeilSeconds()).max().orElse(2);
    StringBuilder sb =
        new StringBuilder("#EXTM3U\n#EXT-X-VERSION:")
            .append(r.map() == null ? 3 : 7)
            .append("\n#EXT-X-TARGETDURATION:")
            .append(target)
            .append("\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:")
            .append(type)
            .append('\n');
    if (r.map() != null) {
      sb.append("#EXT-X-MAP:URI=\"").append(r.map()).append("\"\n");
    }
    return sb;
  }

  private static void segment(StringBuilder sb, Segment s) {
    sb.append("#EXTINF:").append(s.duration().toSecondsString(6)).append(",\n");
    sb.append(s.uri()).append('\n');
  }

  /** VAST 4.2 with one linear ad whose streaming MediaFile is the creative's HLS playlist. */
  static String vast(String id, MediaTime duration, String mediaFile) {
    long ms = duration.micros() / 1000;
    String hhmmss =
        "%02d:%02d:%02d.%03d"
            .formatted(ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    return "<VAST version=\"4.2\"><Ad id=\""
        + id
        + "\"><InLine><AdSystem>proof</AdSystem><AdTitle>"
        + id
        + "</AdTitle><Impression><![CDATA[http://127.0.0.1:9/imp]]></Impression><Creatives>"
        + "<Creative id=\"c-"
        + id
        + "\"><Linear><Duration>"
        + hhmmss
        + "</Duration><MediaFiles><MediaFile delivery=\"streaming\""
        + " type=\"application/x-mpegURL\" width=\"640\" height=\"360\"><![CDATA["
        + mediaFile
        + "]]></MediaFile></MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>";
  }

  private static Path writeConfigs(Map<String, Map<String, String>> byName) throws IOException {
    Path dir = Files.createTempDirectory("splicer-player-configs");
    for (Map.Entry<String, Map<String, String>> e : byName.entrySet()) {
      StringBuilder json = new StringBuilder("{\"Name\":\"").append(e.getKey()).append('"');
      e.getValue()
          .forEach((k, v) -> json.append(",\"").append(k).append("\":\"").append(v).append('"'));
      Files.writeString(
          dir.resolve(e.getKey() + ".json"), json.append('}'), StandardCharsets.UTF_8);
    }
    return dir;
  }

  private static void write(String relative, String text) throws IOException {
    Path file = FIXTURES.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
