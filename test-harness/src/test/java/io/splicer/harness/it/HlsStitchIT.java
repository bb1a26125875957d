package io.splicer.harness.it;

import static io.splicer.harness.it.StitchAssets.ad;
import static io.splicer.harness.it.StitchAssets.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HLS stitching over HTTP through the deployed filter (issue 5 item 7): the seed examples
 * (reference §3.4 / seeds/004: post-roll, ad pod, the invalid stacked markers), explicit sessions,
 * every ADS fault, origin failures on session routes and unknown sessions. The origin webapp
 * ({@code stitch-origin}, no filter) serves the content, the streaming creatives and the fake ADS;
 * the {@code stitch} webapp runs the filter and reaches them over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class HlsStitchIT {

  static final String ORIGIN = "stitch-origin";

  private static HttpServer faultyOrigin;
  private static final CountDownLatch RELEASE = new CountDownLatch(1);

  @Deployment(name = "origin", order = 1, testable = false)
  static WebArchive origin() {
    return StitchAssets.addTo(Wars.origin(ORIGIN));
  }

  @Deployment(name = "stitch", order = 2, testable = false)
  static WebArchive splicer() {
    String origin = originBase();
    String ads = origin + "ads/vast?s=[session.uuid]&avail=[avail.index]";
    int faulty = startFaultyOrigin();
    return Wars.splicer(
        "stitch",
        Map.of(
            "configDir",
            StitchAssets.configurations(
                    Map.of(
                        "main",
                        Map.of("VideoContentSourceUrl", origin, "AdDecisionServerUrl", ads),
                        "faulty",
                        Map.of(
                            "VideoContentSourceUrl",
                            "http://127.0.0.1:" + faulty + "/",
                            "AdDecisionServerUrl",
                            ads),
                        "unreachable",
                        Map.of(
                            "VideoContentSourceUrl",
                            "http://127.0.0.1:9/",
                            "AdDecisionServerUrl",
                            ads)))
                .toString()));
  }

  static String originBase() {
    return "http://127.0.0.1:" + Wars.port() + "/" + ORIGIN + "/";
  }

  @ArquillianResource
  @OperateOnDeployment("stitch")
  private URL base;

  @ArquillianResource
  @OperateOnDeployment("origin")
  private URL originUrl;

  /**
   * An origin whose multivariant answers at once and whose media playlists fail: {@code slow.m3u8}
   * hangs until the tests end, {@code gone.m3u8} is 404, {@code html.m3u8} is not a playlist.
   */
  private static int startFaultyOrigin() {
    try {
      faultyOrigin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faultyOrigin.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          int status = 200;
          String body = "";
          if (path.endsWith("/master.m3u8")) {
            body =
                "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000\nslow.m3u8\n"
                    + "#EXT-X-STREAM-INF:BANDWIDTH=900000\ngone.m3u8\n"
                    + "#EXT-X-STREAM-INF:BANDWIDTH=1000000\nhtml.m3u8\n";
          } else if (path.endsWith("/slow.m3u8")) {
            try {
              RELEASE.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          } else if (path.endsWith("/html.m3u8")) {
            body = "<html><body>maintenance</body></html>";
          } else {
            status = 404;
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    faultyOrigin.setExecutor(Executors.newCachedThreadPool());
    faultyOrigin.start();
    return faultyOrigin.getAddress().getPort();
  }

  @AfterAll
  static void stopFaultyOrigin() {
    RELEASE.countDown();
    if (faultyOrigin != null) {
      faultyOrigin.stop(0);
    }
  }

  @BeforeEach
  void resetAds() {
    Http.send("DELETE", originUrl, "ads/_requests");
    Http.post(originUrl, "ads/_default", StitchAssets.vastTemplate(originBase()));
  }

  // ---- seeds ------------------------------------------------------------------------------------

  @Test
  void seedPostRoll_adAfterLastSegmentBeforeEndlist_bothRenditions() {
    Session s = Session.open(base, "v1/master/h/main/stitch/postroll/master.m3u8");
    for (String rendition : s.renditions) {
      String out = s.get(rendition);
      List<String> expected = new ArrayList<>(List.of("Intro", "Videocontent"));
      expected.addAll(ad("ad1"));
      assertEquals(expected, names(out), out);
      assertTrue(out.strip().endsWith("#EXT-X-ENDLIST"), out);
      assertEquals(List.of(), StitchAssets.problems(out), out);
    }
    assertEquals(List.of("1"), adsAvails(s.id));
  }

  @Test
  void seedAdPod_ad1Content1Ad2Content2VideoPostRollAd3_oneAdsRequestPerBreak() {
    Session s = Session.open(base, "v1/master/h/main/stitch/pod/master.m3u8");
    List<String> expected = new ArrayList<>(ad("ad1"));
    expected.add("Somecontent1");
    expected.addAll(ad("ad2"));
    expected.add("Somecontent2");
    expected.add("Videocontent");
    expected.addAll(ad("ad3"));
    String low = s.get(s.renditions.get(0));
    String high = s.get(s.renditions.get(1));
    assertEquals(expected, names(low), low);
    assertEquals(expected, names(high), high);
    assertTrue(low.contains("/ad2-low-0.ts") && high.contains("/ad2-high-0.ts"), low + high);
    assertEquals(List.of(), StitchAssets.problems(low), low);
    // refreshing both renditions asks the ADS nothing new
    assertEquals(low, s.get(s.renditions.get(0)));
    assertEquals(List.of("1", "2", "3"), adsAvails(s.id).stream().sorted().toList());
  }

  @Test
  void seedStackedMarkers_oneInsertionPoint_oneAdsRequest() {
    Session s = Session.open(base, "v1/master/h/main/stitch/stacked/master.m3u8");
    String out = s.get(s.renditions.get(0));
    List<String> expected = new ArrayList<>(ad("ad1"));
    expected.add("Videocontent");
    assertEquals(expected, names(out), out);
    assertEquals(List.of(), StitchAssets.problems(out), out);
    assertEquals(List.of("1"), adsAvails(s.id));
  }

  @Test
  void explicitSession_postThenManifestUrl_stitched() {
    HttpResponse<String> init =
        Http.post(base, "v1/session/h/main/stitch/postroll/master.m3u8", "{}");
    assertEquals(200, init.statusCode(), init.body());
    Matcher m = Pattern.compile("\"manifestUrl\":\"([^\"]+)\"").matcher(init.body());
    assertTrue(m.find(), init.body());
    Session s = Session.open(base, m.group(1));
    String out = s.get(s.renditions.get(1));
    assertTrue(names(out).containsAll(ad("ad1")), out);
  }

  @Test
  void blankWebVtt_served() {
    HttpResponse<byte[]> r = Http.get(base, "v1/blank/6000.vtt");
    assertEquals(200, r.statusCode());
    assertTrue(new String(r.body(), StandardCharsets.UTF_8).startsWith("WEBVTT"));
  }

  // ---- ADS faults -------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "timeout, 200, 5000, application/xml, <VAST version=\"4.2\"/>",
    "server error 503, 503, 0, text/plain, down",
    "server error 500, 500, 0, application/xml, <VAST/>",
    "empty VAST, 200, 0, application/xml, <VAST version=\"4.2\"/>",
    "malformed XML, 200, 0, application/xml, <VAST version=\"4.2\"><Ad><InLine>",
    "not XML, 200, 0, text/html, <html>oops</html>"
  })
  void adsFault_mediaPlaylist200WithContentOnly(
      String name, int status, long delayMs, String type, String body) {
    Http.send("DELETE", originUrl, "ads/_requests"); // no default: only the scripted answer
    Http.post(
        originUrl,
        "ads/_script?status=" + status + "&delayMs=" + delayMs + "&contentType=" + type,
        body);
    Session s = Session.open(base, "v1/master/h/main/stitch/pod/master.m3u8");
    for (String rendition : s.renditions) {
      HttpResponse<byte[]> r = Http.get(base, rendition);
      assertEquals(200, r.statusCode(), name);
      String out = new String(r.body(), StandardCharsets.UTF_8);
      assertEquals(List.of("Somecontent1", "Somecontent2", "Videocontent"), names(out), out);
      assertEquals(List.of(), StitchAssets.problems(out), out);
    }
  }

  // ---- origin faults and sessions -------------------------------------------------------------

  @Test
  void originFaults_onSessionMediaPlaylists_504_404_502() {
    Session s = Session.open(base, "v1/master/h/faulty/master.m3u8");
    assertEquals(3, s.renditions.size());
    assertEquals(504, Http.get(base, s.renditions.get(0)).statusCode(), "origin timeout");
    assertEquals(404, Http.get(base, s.renditions.get(1)).statusCode(), "origin 404");
    assertEquals(502, Http.get(base, s.renditions.get(2)).statusCode(), "not a playlist");
  }

  @Test
  void originFaults_onEntry_502_404_504() {
    assertEquals(502, Http.get(base, "v1/master/h/unreachable/master.m3u8").statusCode());
    assertEquals(404, Http.get(base, "v1/master/h/main/stitch/none/master.m3u8").statusCode());
    assertEquals(504, Http.get(base, "v1/master/h/faulty/slow.m3u8").statusCode());
  }

  @Test
  void unknownOrMalformedSession_400() {
    String unknown = UUID.randomUUID().toString();
    assertEquals(400, Http.get(base, "v1/manifest/h/main/" + unknown + "/0.m3u8").statusCode());
    assertEquals(
        400,
        Http.get(base, "v1/master/h/main/stitch/pod/master.m3u8?aws.sessionId=" + unknown)
            .statusCode());
    assertEquals(
        400,
        Http.get(base, "v1/master/h/main/stitch/pod/master.m3u8?aws.sessionId=not-a-session")
            .statusCode());
    Session s = Session.open(base, "v1/master/h/main/stitch/pod/master.m3u8");
    assertEquals(404, Http.get(base, "v1/manifest/h/main/" + s.id + "/7.m3u8").statusCode());
  }

  /** The avail indexes of the ADS requests of one session, in arrival order. */
  private List<String> adsAvails(String sessionId) {
    String log = Http.text(originUrl, "ads/_requests");
    List<String> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("^GET \\S*[?&]s=" + sessionId + "&avail=(\\d+)", Pattern.MULTILINE)
            .matcher(log);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** An implicit (or explicit) session: its id and its media playlist paths. */
  static final class Session {
    final String id;
    final List<String> renditions;
    private final URL base;

    private Session(URL base, String id, List<String> renditions) {
      this.base = base;
      this.id = id;
      this.renditions = renditions;
    }

    static Session open(URL base, String entry) {
      HttpResponse<byte[]> r = Http.get(base, entry);
      String text = new String(r.body(), StandardCharsets.UTF_8);
      assertEquals(200, r.statusCode(), entry + "\n" + text);
      List<String> uris = StitchAssets.variantUris(text);
      assertFalse(uris.isEmpty(), text);
      Matcher m =
          Pattern.compile("/v1/manifest/[^/]+/[^/]+/([0-9a-f-]{36})/\\d+\\.m3u8$")
              .matcher(uris.get(0));
      assertTrue(m.find(), "session-scoped child URI expected: " + text);
      for (String u : uris) {
        assertTrue(u.contains("/" + m.group(1) + "/"), "every child in one session: " + text);
      }
      return new Session(base, m.group(1), uris);
    }

    /** The media playlist, its {@code /v1/segment} ad URIs followed to the ad segments. */
    String get(String rendition) {
      HttpResponse<byte[]> r = Http.get(base, rendition);
      String text = new String(r.body(), StandardCharsets.UTF_8);
      assertEquals(200, r.statusCode(), rendition + "\n" + text);
      return StitchAssets.followSegmentRedirects(base, text);
    }
  }
}
