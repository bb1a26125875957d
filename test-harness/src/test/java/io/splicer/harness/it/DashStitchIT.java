package io.splicer.harness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.harness.fakes.DashFixtures;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DASH stitching through the filter on a real container (each leg: Tomcat 10.1, Tomcat 11, Jetty
 * 12): implicit sessions (302 + {@code aws.sessionId}, {@code <Location>}), explicit sessions, VOD
 * with two VMAP breaks, live over three breaks with a controllable clock (Period ids stable across
 * refreshes, one ADS call per avail), ADS and origin failures. The {@code origin} webapp serves the
 * fakes (scriptable ADS, live DASH channel) and the DASH documents; {@code splicer} has the filter.
 */
@ExtendWith(ArquillianExtension.class)
class DashStitchIT {

  private static final Pattern PERIOD =
      Pattern.compile("<Period id=\"([^\"]+)\" start=\"([^\"]+)\"");
  private static final Pattern UUID =
      Pattern.compile(
          "aws\\.sessionId=([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

  @Deployment(name = "origin", order = 1, testable = false)
  static WebArchive origin() {
    WebArchive war = Wars.origin("origin");
    war.addAsWebResource(new StringAsset(DashFixtures.vod()), "dash/show/vod.mpd");
    war.addAsWebResource(new StringAsset("<html>not an MPD</html>"), "dash/show/broken.mpd");
    war.addAsWebResource(
        new StringAsset(DashFixtures.creative("ad10", 10)), "creatives/ad10/manifest.mpd");
    war.addAsWebResource(
        new StringAsset(DashFixtures.creative("ad6", 6)), "creatives/ad6/manifest.mpd");
    return war;
  }

  @Deployment(name = "splicer", order = 2, testable = false)
  static WebArchive splicer() {
    String origin = "http://127.0.0.1:" + Wars.port() + "/origin/";
    String ads = origin + "ads/vast?s=[session.id]&d=[session.avail_duration_secs]";
    return Wars.splicer(
        "splicer",
        Map.of(
            "configDir",
            Wars.configurationJson(
                    Map.of(
                        "vod", config("vod", origin + "dash/", ads, ""),
                        "live", config("live", origin + "livedash/", ads, ""),
                        "noloc",
                            config(
                                "noloc",
                                origin + "dash/",
                                ads,
                                ",\"DashConfiguration\":{\"MpdLocation\":\"DISABLED\"}"),
                        "unreachable", config("unreachable", "http://127.0.0.1:9/", ads, "")))
                .toString()));
  }

  private static String config(String name, String source, String ads, String extra) {
    return "{\"Name\":\""
        + name
        + "\",\"VideoContentSourceUrl\":\""
        + source
        + "\",\"AdDecisionServerUrl\":\""
        + ads
        + "\""
        + extra
        + "}";
  }

  @ArquillianResource
  @OperateOnDeployment("splicer")
  private URL base;

  @ArquillianResource
  @OperateOnDeployment("origin")
  private URL originBase;

  private String creative(String name) {
    return originBase.toExternalForm() + "creatives/" + name + "/manifest.mpd";
  }

  @BeforeEach
  void resetAds() {
    Http.send("DELETE", originBase, "ads/_requests");
  }

  private int adsRequests() {
    String dump = Http.text(originBase, "ads/_requests");
    return dump.isBlank()
        ? 0
        : (int) dump.lines().filter(l -> l.startsWith("GET ") && l.contains("/ads/vast")).count();
  }

  private void script(String body) {
    Http.post(originBase, "ads/_script?status=200", body);
  }

  /** Follows the implicit-session 302; returns the session URL (context-relative). */
  private String session(String entry) {
    HttpResponse<byte[]> r = Http.get(base, entry);
    assertEquals(302, r.statusCode(), entry);
    String location = r.headers().firstValue("Location").orElseThrow();
    String path = URI.create(base.toExternalForm()).resolve(location).getRawPath();
    String query = URI.create(location).getRawQuery();
    return path.substring(base.getPath().length()) + "?" + query;
  }

  private static List<String> periods(String mpd) {
    List<String> out = new ArrayList<>();
    Matcher m = PERIOD.matcher(mpd);
    while (m.find()) {
      out.add(m.group(1) + "@" + m.group(2));
    }
    return out;
  }

  private String mpd(String path) {
    HttpResponse<byte[]> r = Http.get(base, path);
    assertEquals(200, r.statusCode(), path);
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/dash+xml"));
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void dashEntry_withoutSession_302ToSessionUrlWithManifestParams() {
    HttpResponse<byte[]> r =
        Http.get(base, "v1/dash/h/vod/show/vod.mpd?manifest.token=abc&ads.k=v&other=1");
    assertEquals(302, r.statusCode());
    String location = r.headers().firstValue("Location").orElseThrow();
    assertTrue(location.contains("/splicer/v1/dash/h/vod/show/vod.mpd?aws.sessionId="), location);
    assertTrue(UUID.matcher(location).find(), location);
    assertTrue(location.endsWith("&token=abc"), location);
    assertEquals(0, adsRequests());
  }

  @Test
  void dashVod_twoVmapBreaks_stitchedOnceForTheSession() {
    script(DashFixtures.vmap("start=" + creative("ad10"), "00:00:20.000=" + creative("ad6")));
    String session = session("v1/dash/h/vod/show/vod.mpd");
    String out = mpd(session);
    assertEquals(
        List.of("1_PT0S_0@PT0S", "1_PT10S@PT10S", "1_PT20S_0@PT30S", "1_PT36S@PT36S"),
        periods(out),
        out);
    assertTrue(out.contains("mediaPresentationDuration=\"PT1M16S\""), out);
    assertTrue(out.contains("<BaseURL>" + originBase + "dash/show/</BaseURL>"), out);
    Matcher id = UUID.matcher(session);
    assertTrue(id.find());
    // implicit session = server-side reporting: the ad Period's segments pass through the filter
    String route = base + "v1/dashsegment/h/vod/" + id.group(1) + "/1_PT0S/1_PT0S_0/";
    assertTrue(out.contains("<BaseURL>" + route + "</BaseURL>"), out);
    HttpResponse<byte[]> segment = Http.get(base, route + "ad10_v_1.m4s");
    assertEquals(302, segment.statusCode());
    assertEquals(
        originBase + "creatives/ad10/ad10_v_1.m4s",
        segment.headers().firstValue("Location").orElseThrow());
    assertTrue(
        out.contains(
            "<Location>"
                + base
                + "v1/dash/h/vod/show/vod.mpd?aws.sessionId="
                + id.group(1)
                + "</Location>"),
        out);
    assertEquals(out, mpd(session));
    assertEquals(1, adsRequests());
  }

  @Test
  void dashLive_threeBreaksOverRefreshes_stablePeriodsOneAdsCallPerAvail() {
    for (int i = 0; i < 3; i++) {
      script(DashFixtures.vast(creative("ad10")));
    }
    Http.post(originBase, "livedash/_clock?set=10", "");
    String session = session("v1/dash/h/live/ch.mpd");
    Map<String, String> starts = new LinkedHashMap<>();
    List<String> adPeriods = new ArrayList<>();
    for (int t = 10; t <= 100; t += 4) {
      Http.post(originBase, "livedash/_clock?set=" + t, "");
      String out = mpd(session);
      assertTrue(out.contains("availabilityStartTime=\"1970-01-01T00:00:00Z\""), out);
      for (String p : periods(out)) {
        String[] idStart = p.split("@");
        String before = starts.putIfAbsent(idStart[0], idStart[1]);
        assertTrue(before == null || before.equals(idStart[1]), () -> p + " moved: " + out);
        if (idStart[0].matches("a\\d+_1") && !adPeriods.contains(idStart[0])) {
          adPeriods.add(idStart[0]);
        }
      }
    }
    assertEquals(List.of("a0_1", "a1_1", "a2_1"), adPeriods, starts.toString());
    assertEquals("PT20S", starts.get("a0_1"));
    assertEquals("PT1M20S", starts.get("a2_1"));
    assertEquals(3, adsRequests());
  }

  @Test
  void explicitSession_mpdAsset_dashManifestUrl() {
    HttpResponse<String> r = Http.post(base, "v1/session/h/vod/show/vod.mpd", "{}");
    assertEquals(200, r.statusCode(), r.body());
    Matcher m = Pattern.compile("\"manifestUrl\":\"([^\"]+)\"").matcher(r.body());
    assertTrue(m.find(), r.body());
    String url = m.group(1);
    assertTrue(url.startsWith("/splicer/v1/dash/h/vod/show/vod.mpd?aws.sessionId="), url);
    String out = mpd(url.substring("/splicer/".length()));
    assertTrue(out.contains("<Location>"), out);
  }

  @Test
  void adsFailure_contentMpdNever5xx() {
    Http.post(originBase, "ads/_script?status=500", "down");
    String out = mpd(session("v1/dash/h/vod/show/vod.mpd"));
    assertEquals(List.of("1@PT0S"), periods(out), out);
    assertEquals(1, adsRequests());
  }

  @Test
  void mpdLocationDisabled_noLocation() {
    String out = mpd(session("v1/dash/h/noloc/show/vod.mpd"));
    assertFalse(out.contains("<Location>"), out);
  }

  @Test
  void sessionErrors_unknownSession400_originErrorsMapped() {
    assertEquals(
        400,
        Http.get(
                base,
                "v1/dash/h/vod/show/vod.mpd?aws.sessionId=00000000-0000-4000-8000-000000000000")
            .statusCode());
    assertEquals(404, Http.get(base, session("v1/dash/h/vod/show/none.mpd")).statusCode());
    assertEquals(502, Http.get(base, session("v1/dash/h/vod/show/broken.mpd")).statusCode());
    assertEquals(502, Http.get(base, session("v1/dash/h/unreachable/x.mpd")).statusCode());
  }
}
