package io.splicer.harness.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three ways to reach an origin (design.md §1) through the MediaTailor entry URL, and the
 * mapping of origin failures. Two webapps share the container: {@code origin} (no filter) and
 * {@code splicer} (filter, cross-context dispatch allowed).
 */
@ExtendWith(ArquillianExtension.class)
class OriginAccessIT {

  private static final String MASTER = "hls/eyevinn-hls-splice/demux_n_cmaf_hls1/master.m3u8";
  private static final String MPD = "dash/eyevinn-ritcher/sample_mpd_multiperiod.mpd";

  /** An HTTP origin that never answers in time (released in {@link #stopSlowOrigin()}). */
  private static HttpServer slowOrigin;

  private static final CountDownLatch RELEASE = new CountDownLatch(1);

  @Deployment(name = "origin", order = 1, testable = false)
  static WebArchive origin() {
    return Wars.origin("origin");
  }

  @Deployment(name = "splicer", order = 2, testable = false)
  static WebArchive splicer() {
    int slowPort = startSlowOrigin();
    String http = "http://127.0.0.1:" + Wars.port() + "/origin/";
    return Wars.splicer(
        "splicer",
        Map.of(
            "configDir",
            Wars.configurations(
                    Map.of(
                        "local", "/corpus/",
                        "cross", "context:/origin/corpus/",
                        "crosslive", "context:/origin/live/",
                        "http", http + "corpus/",
                        "httplive", http + "live",
                        "slow", "http://127.0.0.1:" + slowPort + "/",
                        "unreachable", "http://127.0.0.1:9/",
                        "nocontext", "context:/no-such-context/"))
                .toString()));
  }

  @ArquillianResource
  @OperateOnDeployment("splicer")
  private URL base;

  private static int startSlowOrigin() {
    try {
      slowOrigin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    slowOrigin.createContext(
        "/",
        exchange -> {
          try {
            RELEASE.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    slowOrigin.setExecutor(Executors.newCachedThreadPool());
    slowOrigin.start();
    return slowOrigin.getAddress().getPort();
  }

  @AfterAll
  static void stopSlowOrigin() {
    RELEASE.countDown();
    if (slowOrigin != null) {
      slowOrigin.stop(0);
    }
  }

  private static byte[] corpus(String rel) {
    try {
      return Files.readAllBytes(Wars.CORPUS.resolve(rel));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** HLS entry: an implicit session whose children are the origin's variants, session-scoped. */
  private void assertSessionMultivariant(String entryPath, String rel) {
    HttpResponse<byte[]> r = Http.get(base, entryPath);
    assertEquals(200, r.statusCode(), entryPath);
    String out = new String(r.body(), StandardCharsets.UTF_8);
    long variants =
        new String(corpus(rel), StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.startsWith("#EXT-X-STREAM-INF"))
            .count();
    List<String> children = out.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertEquals(variants, children.size(), out);
    for (String c : children) {
      assertTrue(
          c.matches("/splicer/v1/manifest/h/[a-z]+/[0-9a-f-]{36}/\\d+\\.m3u8"), c + "\n" + out);
    }
    String media = Http.text(base, children.get(0));
    assertTrue(media.startsWith("#EXTM3U"), media);
  }

  private void assertIdentical(String entryPath, String rel) {
    HttpResponse<byte[]> r = Http.get(base, entryPath);
    if (entryPath.startsWith("v1/dash/")) {
      assertDashSession(r, entryPath, rel);
      return;
    }
    assertEquals(200, r.statusCode(), entryPath);
    assertArrayEquals(corpus(rel), r.body(), entryPath);
  }

  /**
   * DASH entry: an implicit session (302 to {@code aws.sessionId}), then the origin MPD unchanged
   * but for the head rules (reference §4.2): one MPD-level BaseURL (the origin directory) and a
   * {@code <Location>} with the absolute session URL. (Its avails stay content: the ADS of these
   * configurations is unreachable, and its SegmentTemplate@duration Periods cannot be split.)
   */
  private void assertDashSession(HttpResponse<byte[]> redirect, String entryPath, String rel) {
    assertEquals(302, redirect.statusCode(), entryPath);
    String location = redirect.headers().firstValue("Location").orElseThrow();
    assertTrue(location.contains("aws.sessionId="), location);
    String session = location.substring(location.indexOf("v1/dash/"));
    HttpResponse<byte[]> r = Http.get(base, session);
    assertEquals(200, r.statusCode(), session);
    String out = new String(r.body(), StandardCharsets.UTF_8);
    String origin = new String(corpus(rel), StandardCharsets.UTF_8);
    assertTrue(out.contains("<Location>" + base + session + "</Location>"), out);
    assertEquals(
        origin.lines().filter(l -> !l.startsWith("  <BaseURL>")).toList(),
        out.lines()
            .filter(l -> !l.startsWith("  <BaseURL>") && !l.startsWith("  <Location>"))
            .toList(),
        out);
  }

  @Test
  void localOrigin_byRequestDispatcher_hlsSessionDashIdentical() {
    assertSessionMultivariant("v1/master/h/local/" + MASTER, MASTER);
    assertIdentical("v1/dash/h/local/" + MPD, MPD);
  }

  @Test
  void crossContextOrigin_byDispatch_hlsSessionDashIdentical() {
    assertSessionMultivariant("v1/master/h/cross/" + MASTER, MASTER);
    assertIdentical("v1/dash/h/cross/" + MPD, MPD);
  }

  @Test
  void crossContextOrigin_servlet_queryPassedOnWithoutAdsParameters() {
    HttpResponse<byte[]> r = Http.get(base, "v1/master/h/crosslive/ch.m3u8?ads.x=1&aws.y=2");
    assertEquals(200, r.statusCode());
    assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("#EXT-X-MEDIA-SEQUENCE:"));
  }

  @Test
  void httpOrigin_hlsSessionDashIdentical() {
    assertSessionMultivariant("v1/master/h/http/" + MASTER, MASTER);
    assertIdentical("v1/dash/h/http/" + MPD, MPD);
  }

  @Test
  void httpOrigin_liveServlet_served() {
    HttpResponse<byte[]> r = Http.get(base, "v1/master/h/httplive/ch.m3u8");
    assertEquals(200, r.statusCode());
    assertTrue(new String(r.body(), StandardCharsets.UTF_8).startsWith("#EXTM3U"));
  }

  @Test
  void origin404_is404_onEveryOriginKind() {
    for (String config : new String[] {"local", "cross", "http"}) {
      assertEquals(404, Http.get(base, "v1/master/h/" + config + "/no/such.m3u8").statusCode());
    }
  }

  @Test
  void httpOriginTimeout_is504() {
    assertEquals(504, Http.get(base, "v1/master/h/slow/index.m3u8").statusCode());
  }

  @Test
  void httpOriginUnreachable_is502() {
    assertEquals(502, Http.get(base, "v1/master/h/unreachable/index.m3u8").statusCode());
  }

  @Test
  void missingContext_is502() {
    assertEquals(502, Http.get(base, "v1/master/h/nocontext/index.m3u8").statusCode());
  }

  @Test
  void unknownConfiguration_is404() {
    assertEquals(404, Http.get(base, "v1/master/h/unknown/" + MASTER).statusCode());
    assertEquals(404, Http.get(base, "v1/master/h/").statusCode());
  }
}
