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

  private void assertIdentical(String entryPath, String rel) {
    HttpResponse<byte[]> r = Http.get(base, entryPath);
    assertEquals(200, r.statusCode(), entryPath);
    assertArrayEquals(corpus(rel), r.body(), entryPath);
  }

  @Test
  void localOrigin_byRequestDispatcher_byteIdentical() {
    assertIdentical("v1/master/h/local/" + MASTER, MASTER);
    assertIdentical("v1/dash/h/local/" + MPD, MPD);
  }

  @Test
  void crossContextOrigin_byDispatch_byteIdentical() {
    assertIdentical("v1/master/h/cross/" + MASTER, MASTER);
    assertIdentical("v1/dash/h/cross/" + MPD, MPD);
  }

  @Test
  void crossContextOrigin_servlet_queryPassedOnWithoutAdsParameters() {
    HttpResponse<byte[]> r = Http.get(base, "v1/master/h/crosslive/ch.m3u8?ads.x=1&aws.y=2");
    assertEquals(200, r.statusCode());
    assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("#EXT-X-MEDIA-SEQUENCE:"));
  }

  @Test
  void httpOrigin_byteIdentical() {
    assertIdentical("v1/master/h/http/" + MASTER, MASTER);
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
