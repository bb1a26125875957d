package io.splicer.harness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.splicer.core.MediaTime;
import io.splicer.harness.players.Expectation;
import io.splicer.harness.players.PlayerRunner;
import io.splicer.harness.players.PlayerToolchain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Server-side reporting with a real player (players/README.md): hls.js in Chromium plays a VOD that
 * the filter stitches with a VMAP mid-roll from the fake ADS; the ad's creative is served by a
 * recording server outside the container, so the test knows which ad segments the player actually
 * fetched (after following the {@code /v1/segment} redirects). The beacon sink must then hold
 * exactly the events due for those segments (reference §7.2: impression and start on the first,
 * each quartile on the segment containing it — a boundary point on the segment it ends — complete
 * on the last), each once; the picture verdict checks the stitch itself. Default leg only (as
 * {@code RealPlayerIT}).
 */
@ExtendWith(ArquillianExtension.class)
class TrackingPlayerIT {

  private static final String CTX = "trkplay";
  private static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path PLAYERS = MODULE.resolve("players");
  private static final Path FIXTURES = MODULE.resolve("target/player-fixtures");
  private static final Path CHROMIUM =
      Path.of(System.getProperty("players.chromium", "/usr/bin/chromium"));
  private static final int BREAK_AT_SECONDS = 10;

  private static boolean ready;

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    WebArchive war = Wars.splicer(CTX, Map.of("configDir", configDir().toString()));
    ready = PlayerToolchain.missing(PLAYERS, CHROMIUM).isEmpty() && makeFixtures();
    if (ready) {
      Path content = FIXTURES.resolve("content/ts");
      try (Stream<Path> files = Files.list(content)) {
        files.forEach(f -> war.addAsWebResource(f.toFile(), "media/" + f.getFileName()));
      }
      war.addAsWebResource(
          new StringAsset(
              "#EXTM3U\n#EXT-X-INDEPENDENT-SEGMENTS\n#EXT-X-STREAM-INF:BANDWIDTH=1000000,"
                  + "CODECS=\"avc1.4d401e,mp4a.40.2\",RESOLUTION=640x360\nindex.m3u8\n"),
          "media/master.m3u8");
      try (Stream<Path> files = Files.list(FIXTURES.resolve("ad10/ts"))) {
        files.forEach(f -> war.addAsWebResource(f.toFile(), "recorded-files/" + f.getFileName()));
      }
    }
    return war;
  }

  private static boolean makeFixtures() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "bash", PLAYERS.resolve("make-fixtures.sh").toString(), FIXTURES.toString())
            .redirectErrorStream(true)
            .start();
    p.getInputStream().readAllBytes();
    return p.waitFor() == 0;
  }

  private static Path configDir() {
    try {
      Path dir = Files.createTempDirectory("splicer-trkplay-configs");
      String host = "http://127.0.0.1:" + Wars.port() + "/" + CTX;
      Files.writeString(
          dir.resolve("play.json"),
          "{\"Name\":\"play\",\"VideoContentSourceUrl\":\"/media/\",\"AdDecisionServerUrl\":\""
              + host
              + "/ads/vast\"}",
          StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ArquillianResource private URL base;

  private static final List<String> EVENTS =
      List.of("start", "firstQuartile", "midpoint", "thirdQuartile", "complete");

  private String vmap() {
    String b = base.toExternalForm() + "beacon/";
    StringBuilder events = new StringBuilder();
    for (String e : EVENTS) {
      events.append("<Tracking event=\"").append(e).append("\"><![CDATA[").append(b);
      events.append(e).append("]]></Tracking>");
    }
    String creative = base.toExternalForm() + "recorded/index.m3u8";
    return "<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\" version=\"1.0\">"
        + "<vmap:AdBreak timeOffset=\"00:00:"
        + BREAK_AT_SECONDS
        + ".000\" breakType=\"linear\"><vmap:AdSource><vmap:VASTAdData>"
        + "<VAST version=\"4.2\"><Ad id=\"ad10\"><InLine><AdSystem>fake</AdSystem>"
        + "<AdTitle>ad10</AdTitle><Impression><![CDATA["
        + b
        + "impression]]></Impression><Creatives><Creative id=\"ad10\"><Linear>"
        + "<Duration>00:00:10.000</Duration><TrackingEvents>"
        + events
        + "</TrackingEvents><MediaFiles><MediaFile delivery=\"streaming\" "
        + "type=\"application/x-mpegURL\" width=\"640\" height=\"360\"><![CDATA["
        + creative
        + "]]></MediaFile></MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>"
        + "</vmap:VASTAdData></vmap:AdSource></vmap:AdBreak></vmap:VMAP>";
  }

  @Test
  void hlsjs_playsStitchedVod_sinkHoldsExactlyTheBeaconsOfTheFetchedAdSegments() throws Exception {
    if (!ready) {
      String message = "real-player checks cannot run: " + PlayerToolchain.INSTALL;
      if (PlayerToolchain.required()) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    Http.send("DELETE", base, "beacon/_hits");
    Http.send("DELETE", base, "ads/_requests");
    Http.send("DELETE", base, "recorded/_log");
    Http.post(base, "ads/_script?status=200", vmap());
    List<MediaTime> ad = durations(FIXTURES.resolve("ad10/ts/index.m3u8"));
    MediaTime adTotal = sum(ad);
    MediaTime content = sum(durations(FIXTURES.resolve("content/ts/index.m3u8")));
    MediaTime at = MediaTime.ofSeconds(BREAK_AT_SECONDS);
    Expectation x =
        new Expectation(
            content.plus(adTotal),
            MediaTime.ZERO,
            List.of(new Expectation.Break(at, at.plus(adTotal), at)));
    PlayerRunner.Result r =
        new PlayerRunner(PLAYERS, MODULE.resolve("target/player-screenshots"), CHROMIUM)
            .run(
                "hlsjs-tracking-vmap",
                "hlsjs",
                base.toExternalForm() + "v1/master/h/play/master.m3u8",
                x);
    System.out.println(r.output());
    assertEquals(0, r.exitCode(), r.output());

    TreeSet<Integer> fetched = new TreeSet<>();
    Pattern seg = Pattern.compile("seg_(\\d+)\\.ts");
    for (String f : Http.text(base, "recorded/_log").split("\n")) {
      Matcher m = seg.matcher(f.strip());
      if (m.matches()) {
        fetched.add(Integer.parseInt(m.group(1)));
      }
    }
    assertFalse(fetched.isEmpty(), "the player fetched no ad segment");
    List<String> expected = expectedEvents(ad, fetched);
    List<String> hits = hits(expected.size());
    List<String> sortedHits = new ArrayList<>(hits);
    Collections.sort(sortedHits);
    assertEquals(expected, sortedHits, "fetched ad segments " + fetched + ", hits " + hits);
  }

  /**
   * Reference §7.2, computed here independently of the filter: impression and start on segment 0; a
   * quartile at time t on the first segment whose end is at or after t; complete on the last.
   */
  static List<String> expectedEvents(List<MediaTime> segments, TreeSet<Integer> fetched) {
    long total = sum(segments).micros();
    List<String> out = new ArrayList<>();
    if (fetched.contains(0)) {
      out.add("impression");
      out.add("start");
    }
    String[] quartiles = {"firstQuartile", "midpoint", "thirdQuartile"};
    for (int q = 1; q <= 3; q++) {
      long t = total * q / 4;
      long end = 0;
      for (int k = 0; k < segments.size(); k++) {
        end += segments.get(k).micros();
        if (end >= t) {
          if (fetched.contains(k)) {
            out.add(quartiles[q - 1]);
          }
          break;
        }
      }
    }
    if (fetched.contains(segments.size() - 1)) {
      out.add("complete");
    }
    Collections.sort(out);
    return out;
  }

  private List<String> hits(int n) {
    Pattern p = Pattern.compile("^GET /" + CTX + "/beacon/([^?\\s]+)", Pattern.MULTILINE);
    List<String> out = new ArrayList<>();
    for (int attempt = 0; attempt < 200; attempt++) {
      out.clear();
      Matcher m = p.matcher(Http.text(base, "beacon/_hits"));
      while (m.find()) {
        out.add(m.group(1));
      }
      if (out.size() >= n) {
        break;
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return out;
  }

  private static List<MediaTime> durations(Path playlist) throws IOException {
    List<MediaTime> out = new ArrayList<>();
    for (String line : Files.readAllLines(playlist)) {
      if (line.startsWith("#EXTINF:")) {
        String v = line.substring("#EXTINF:".length());
        int comma = v.indexOf(',');
        out.add(MediaTime.parseSeconds(comma < 0 ? v : v.substring(0, comma)));
      }
    }
    return out;
  }

  private static MediaTime sum(List<MediaTime> ds) {
    MediaTime t = MediaTime.ZERO;
    for (MediaTime d : ds) {
      t = t.plus(d);
    }
    return t;
  }
}
