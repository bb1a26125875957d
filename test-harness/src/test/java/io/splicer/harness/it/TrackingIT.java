package io.splicer.harness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.splicer.harness.fakes.DashFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ad tracking through the container (reference §7): a stitched VOD pre-roll from the fake ADS whose
 * VAST beacons point at the beacon sink; a scripted viewer requests the session's segments in order
 * (following the {@code /v1/segment} redirects by hand) and the sink must receive exactly the
 * beacons due; client-side sessions get direct ad URIs and schema-valid tracking JSON with paging.
 */
@ExtendWith(ArquillianExtension.class)
class TrackingIT {

  private static final String CTX = "trk";
  private static final List<String> ALL =
      List.of("impression", "start", "firstQuartile", "midpoint", "thirdQuartile", "complete");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Deployment(testable = false)
  static WebArchive deployment() {
    WebArchive war = Wars.splicer(CTX, Map.of("configDir", configDir().toString()));
    war.addAsWebResource(
        new StringAsset(
            "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,"
                + "CODECS=\"avc1.4d401e,mp4a.40.2\"\nv.m3u8\n"),
        "media/index.m3u8");
    war.addAsWebResource(new StringAsset(vod("c", 2, "4.000")), "media/v.m3u8");
    // the ad: 8 s in 4 segments of 2 s (quartiles at 2, 4, 6 s fall on segment boundaries)
    war.addAsWebResource(new StringAsset(vod("a", 4, "2.000")), "media/ad/index.m3u8");
    for (int i = 0; i < 4; i++) {
      war.addAsWebResource(new StringAsset("ad" + i), "media/ad/a" + i + ".ts");
    }
    for (int i = 0; i < 2; i++) {
      war.addAsWebResource(new StringAsset("c" + i), "media/c" + i + ".ts");
    }
    // DASH: the 60 s VOD and an 8 s creative (4 segments of 2 s per track) with its segments
    war.addAsWebResource(new StringAsset(DashFixtures.vod()), "media/dash/vod.mpd");
    war.addAsWebResource(
        new StringAsset(DashFixtures.creative("d8", 8)), "media/dashad/manifest.mpd");
    for (String track : List.of("d8_v", "d8_a")) {
      war.addAsWebResource(new StringAsset(track + "i"), "media/dashad/" + track + "_init.mp4");
      for (int n = 1; n <= 4; n++) {
        war.addAsWebResource(
            new StringAsset(track + n), "media/dashad/" + track + "_" + n + ".m4s");
      }
    }
    return war;
  }

  private static String vod(String prefix, int n, String duration) {
    StringBuilder sb =
        new StringBuilder(
            "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXT-X-PLAYLIST-TYPE:VOD\n");
    for (int i = 0; i < n; i++) {
      sb.append("#EXTINF:").append(duration).append(",\n").append(prefix).append(i).append(".ts\n");
    }
    return sb.append("#EXT-X-ENDLIST\n").toString();
  }

  private static Path configDir() {
    try {
      Path dir = Files.createTempDirectory("splicer-tracking-configs");
      String host = "http://127.0.0.1:" + Wars.port() + "/" + CTX;
      Files.writeString(
          dir.resolve("trk.json"),
          "{\"Name\":\"trk\",\"VideoContentSourceUrl\":\"/media/\",\"AdDecisionServerUrl\":\""
              + host
              + "/ads/vast?s=[session.id]\"}",
          StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ArquillianResource private URL base;

  @BeforeEach
  void reset() {
    Http.send("DELETE", base, "beacon/_hits");
    Http.send("DELETE", base, "ads/_requests");
    Http.post(base, "ads/_script?status=200", vast());
  }

  private String host() {
    return "http://127.0.0.1:" + base.getPort() + "/" + CTX;
  }

  /** One usable 8 s HLS ad with every event at the sink, and one mp4-only ad (unusable). */
  private String vast() {
    String b = host() + "/beacon/";
    StringBuilder events = new StringBuilder();
    for (String e : ALL.subList(1, ALL.size())) {
      events.append("<Tracking event=\"").append(e).append("\"><![CDATA[").append(b);
      events.append(e).append("?ua=[ADSERVINGID]]]></Tracking>");
    }
    return "<VAST version=\"4.2\"><Ad id=\"hls\" sequence=\"1\"><InLine><AdSystem>fake</AdSystem>"
        + "<AdTitle>hls</AdTitle><Impression><![CDATA["
        + b
        + "impression]]></Impression><Creatives><Creative id=\"ad8\"><Linear>"
        + "<Duration>00:00:08.000</Duration><TrackingEvents>"
        + events
        + "</TrackingEvents><MediaFiles><MediaFile delivery=\"streaming\" "
        + "type=\"application/x-mpegURL\" width=\"640\" height=\"360\"><![CDATA["
        + host()
        + "/media/ad/index.m3u8]]></MediaFile></MediaFiles></Linear></Creative></Creatives>"
        + "</InLine></Ad><Ad id=\"mp4\" sequence=\"2\"><InLine><AdSystem>fake</AdSystem>"
        + "<AdTitle>mp4</AdTitle><Impression><![CDATA["
        + b
        + "impressionMp4]]></Impression><Error><![CDATA["
        + b
        + "error?code=[ERRORCODE]]]></Error><Creatives><Creative id=\"m\"><Linear>"
        + "<Duration>00:00:04.000</Duration><MediaFiles><MediaFile delivery=\"progressive\" "
        + "type=\"video/mp4\" width=\"640\" height=\"360\"><![CDATA["
        + host()
        + "/media/m.mp4]]></MediaFile></MediaFiles></Linear></Creative></Creatives>"
        + "</InLine></Ad></VAST>";
  }

  /** {@link #vast()} with the usable ad's rendition in DASH ({@code /media/dashad/}). */
  private String dashVast() {
    return vast()
        .replace("application/x-mpegURL", "application/dash+xml")
        .replace("/media/ad/index.m3u8", "/media/dashad/manifest.mpd");
  }

  /** The BaseURL of Period {@code id} in {@code mpd}. */
  private static String periodBaseUrl(String mpd, String id) {
    Matcher m =
        Pattern.compile("<Period id=\"" + Pattern.quote(id) + "\"[^>]*>\\s*<BaseURL>([^<]+)<")
            .matcher(mpd);
    assertTrue(m.find(), () -> "no Period [" + id + "] with a BaseURL in " + mpd);
    return m.group(1);
  }

  /** A DASH player's requests of the 8 s ad: init segments, then video and audio in turn. */
  private static List<String> dashAdRequests(String baseUrl) {
    List<String> out =
        new ArrayList<>(List.of(baseUrl + "d8_v_init.mp4", baseUrl + "d8_a_init.mp4"));
    for (int n = 1; n <= 4; n++) {
      out.add(baseUrl + "d8_v_" + n + ".m4s");
      out.add(baseUrl + "d8_a_" + n + ".m4s");
    }
    return out;
  }

  /** Requests each DASH ad segment: a redirect to the creative's segment, which is fetched. */
  private void viewDash(List<String> uris) {
    for (String uri : uris) {
      HttpResponse<byte[]> r = Http.get(base, uri);
      assertEquals(302, r.statusCode(), uri);
      String location = r.headers().firstValue("Location").orElseThrow();
      assertEquals(host() + "/media/dashad/" + uri.substring(uri.lastIndexOf('/') + 1), location);
      assertEquals(200, Http.get(base, location).statusCode(), location);
    }
  }

  /** The session URL the DASH entry redirects to. */
  private String dashSession(String entry) {
    HttpResponse<byte[]> r = Http.get(base, entry);
    assertEquals(302, r.statusCode(), entry);
    return r.headers().firstValue("Location").orElseThrow();
  }

  /** The media playlist of a session's variant 0, from a multivariant response. */
  private String mediaPlaylist(String multivariant) {
    for (String line : multivariant.split("\n")) {
      if (line.contains("/v1/manifest/")) {
        return Http.text(base, line.strip());
      }
    }
    throw new AssertionError("no session child in " + multivariant);
  }

  private static List<String> uris(String playlist) {
    List<String> out = new ArrayList<>();
    for (String line : playlist.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line.strip());
      }
    }
    return out;
  }

  /** Requests each URI; a /v1/segment answer must redirect to the ad segment, which is fetched. */
  private void view(List<String> uris) {
    for (String uri : uris) {
      HttpResponse<byte[]> r = Http.get(base, uri);
      if (uri.contains("/v1/segment/")) {
        assertEquals(302, r.statusCode(), uri);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(host() + "/media/ad/a"), location);
        assertEquals(200, Http.get(base, location).statusCode(), location);
      } else {
        assertEquals(200, r.statusCode(), uri);
      }
    }
  }

  /** The sink's hits (paths below /beacon/, in arrival order), once at least {@code n} arrived. */
  private List<String> hits(int n) {
    Pattern p =
        Pattern.compile("^GET /" + CTX + "/beacon/([^?\\s]+)(\\?\\S*)?$", Pattern.MULTILINE);
    List<String> out = new ArrayList<>();
    for (int attempt = 0; attempt < 200; attempt++) {
      out.clear();
      Matcher m = p.matcher(Http.text(base, "beacon/_hits"));
      while (m.find()) {
        out.add(m.group(1) + (m.group(1).equals("error") ? m.group(2) : ""));
      }
      if (out.size() >= n) {
        break;
      }
      sleep(25);
    }
    return out;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<String> withoutErrors(List<String> hits) {
    return hits.stream().filter(h -> !h.startsWith("error")).toList();
  }

  @Test
  void implicitSession_viewerFetchesEverything_sinkGetsEachBeaconOnce() {
    String playlist = mediaPlaylist(Http.text(base, "v1/master/h/trk/index.m3u8"));
    List<String> uris = uris(playlist);
    assertEquals(6, uris.size(), playlist);
    assertEquals(4, uris.stream().filter(u -> u.contains("/v1/segment/")).count(), playlist);
    view(uris);
    view(uris); // a re-fetch (seek back, retry) fires nothing more
    List<String> hits = hits(ALL.size() + 1);
    // the dispatcher sends in parallel lanes: compare as sets of events, each exactly once
    List<String> sorted = new ArrayList<>(withoutErrors(hits));
    Collections.sort(sorted);
    List<String> expected = new ArrayList<>(ALL);
    Collections.sort(expected);
    assertEquals(expected, sorted, hits.toString());
    assertEquals(
        List.of("error?code=403"), hits.stream().filter(h -> h.startsWith("error")).toList());
  }

  @Test
  void implicitSession_viewerStopsAtHalf_sinkGetsUpToMidpoint() {
    List<String> uris = uris(mediaPlaylist(Http.text(base, "v1/master/h/trk/index.m3u8")));
    view(uris.subList(0, 2)); // 4 s of the 8 s ad
    List<String> hits = withoutErrors(hits(5));
    sleep(300); // let anything wrongly queued arrive too
    hits = withoutErrors(hits(5));
    List<String> sorted = new ArrayList<>(hits);
    Collections.sort(sorted);
    assertEquals(List.of("firstQuartile", "impression", "midpoint", "start"), sorted);
  }

  @Test
  void explicitSession_clientMode_directAdUris_andSchemaValidTrackingJson() throws IOException {
    HttpResponse<String> init = Http.post(base, "v1/session/h/trk/index.m3u8", "{}");
    assertEquals(200, init.statusCode());
    JsonNode urls = JSON.readTree(init.body());
    String manifest = urls.get("manifestUrl").asText();
    String tracking = urls.get("trackingUrl").asText();
    List<String> uris = uris(mediaPlaylist(Http.text(base, manifest)));
    assertFalse(uris.stream().anyMatch(u -> u.contains("/v1/segment/")), uris.toString());
    assertTrue(uris.get(0).startsWith(host() + "/media/ad/a0.ts"), uris.toString());

    HttpResponse<byte[]> first = Http.get(base, tracking);
    assertEquals(200, first.statusCode());
    JsonNode json = JSON.readTree(first.body());
    assertEquals(Collections.emptySet(), schema().validate(json), json.toPrettyString());
    JsonNode ad = json.get("avails").get(0).get("ads").get(0);
    assertEquals("PT8S", ad.get("duration").asText());
    assertEquals(6, ad.get("trackingEvents").size(), ad.toPrettyString());
    assertEquals("0", ad.get("adId").asText());

    String token = json.get("nextToken").asText();
    HttpResponse<String> next = Http.post(base, tracking, "{\"NextToken\":\"" + token + "\"}");
    assertEquals(200, next.statusCode());
    JsonNode page = JSON.readTree(next.body());
    assertEquals(0, page.get("avails").size(), page.toPrettyString());
    assertEquals(token, page.get("nextToken").asText());
    assertEquals(400, Http.post(base, tracking, "{\"NextToken\":\"bogus\"}").statusCode());
  }

  @Test
  void hybridSession_routedSegmentsAndTrackingJson() throws IOException {
    HttpResponse<String> init =
        Http.post(base, "v1/session/h/trk/index.m3u8", "{\"reportingMode\":\"server\"}");
    JsonNode urls = JSON.readTree(init.body());
    List<String> uris = uris(mediaPlaylist(Http.text(base, urls.get("manifestUrl").asText())));
    assertTrue(uris.get(0).contains("/v1/segment/"), uris.toString());
    view(uris.subList(0, 1));
    List<String> sorted = new ArrayList<>(withoutErrors(hits(4)));
    Collections.sort(sorted);
    assertEquals(List.of("firstQuartile", "impression", "start"), sorted);
    assertEquals(200, Http.get(base, urls.get("trackingUrl").asText()).statusCode());
  }

  @Test
  void segmentRoute_unknownSessionOrReference_400or404() {
    List<String> uris = uris(mediaPlaylist(Http.text(base, "v1/master/h/trk/index.m3u8")));
    String seg = uris.get(0);
    String unknown = seg.replaceAll("/[0-9a-f-]{36}/", "/00000000-0000-4000-8000-000000000000/");
    assertEquals(400, Http.get(base, unknown).statusCode());
    assertEquals(404, Http.get(base, seg.replaceAll("-0-0$", "-7-0")).statusCode());
    assertEquals(404, Http.get(base, seg.replaceAll("/[^/]+$", "/nonsense")).statusCode());
    assertEquals(404, Http.get(base, tracking(seg)).statusCode(), "implicit: server-side only");
  }

  @Test
  void implicitDashSession_viewerFetchesAdSegmentsThroughRedirects_sinkGetsEachBeaconOnce() {
    Http.send("DELETE", base, "ads/_requests");
    Http.post(base, "ads/_script?status=200", dashVast());
    String session = dashSession("v1/dash/h/trk/dash/vod.mpd");
    String sessionId = session.replaceAll(".*aws\\.sessionId=([0-9a-f-]{36}).*", "$1");
    String mpd = Http.text(base, session);
    String adBase = periodBaseUrl(mpd, "1_PT0S_0");
    assertTrue(
        adBase.endsWith("/" + CTX + "/v1/dashsegment/h/trk/" + sessionId + "/1_PT0S/1_PT0S_0/"),
        adBase);
    List<String> uris = dashAdRequests(adBase);
    viewDash(uris);
    viewDash(uris); // a re-fetch fires nothing more
    List<String> hits = hits(ALL.size() + 1);
    List<String> sorted = new ArrayList<>(withoutErrors(hits));
    Collections.sort(sorted);
    List<String> expected = new ArrayList<>(ALL);
    Collections.sort(expected);
    assertEquals(expected, sorted, hits.toString());

    assertEquals(404, Http.get(base, adBase + "d8_v_5.m4s").statusCode(), "past the ad's end");
    assertEquals(404, Http.get(base, adBase + "other.m4s").statusCode());
    assertEquals(
        404, Http.get(base, adBase.replace("1_PT0S_0/", "1_PT0S_9/") + "d8_v_1.m4s").statusCode());
    int traversal = Http.get(base, adBase + "%2e%2e/%2e%2e/media/c0.ts").statusCode();
    assertTrue(traversal == 400 || traversal == 404, "traversal: " + traversal);
    String unknown =
        adBase.replace(sessionId, "00000000-0000-4000-8000-000000000000") + "d8_v_1.m4s";
    assertEquals(400, Http.get(base, unknown).statusCode());
  }

  @Test
  void explicitDashSession_clientMode_creativeBaseUrl_andSchemaValidTrackingJson()
      throws IOException {
    Http.send("DELETE", base, "ads/_requests");
    Http.post(base, "ads/_script?status=200", dashVast());
    HttpResponse<String> init = Http.post(base, "v1/session/h/trk/dash/vod.mpd", "{}");
    assertEquals(200, init.statusCode());
    JsonNode urls = JSON.readTree(init.body());
    String mpd = Http.text(base, urls.get("manifestUrl").asText());
    assertEquals(host() + "/media/dashad/", periodBaseUrl(mpd, "1_PT0S_0"), mpd);
    HttpResponse<byte[]> tracking = Http.get(base, urls.get("trackingUrl").asText());
    assertEquals(200, tracking.statusCode());
    JsonNode json = JSON.readTree(tracking.body());
    assertEquals(Collections.emptySet(), schema().validate(json), json.toPrettyString());
    JsonNode avail = json.get("avails").get(0);
    assertEquals("1_PT0S", avail.get("availId").asText(), json.toPrettyString());
    assertEquals("1_PT0S_0", avail.get("ads").get(0).get("adId").asText());
    assertEquals(0.0, avail.get("startTimeInSeconds").asDouble());
  }

  private static String tracking(String segmentUri) {
    String[] p = segmentUri.split("/v1/segment/")[1].split("/");
    return "/" + CTX + "/v1/tracking/" + p[0] + "/" + p[1] + "/" + p[2];
  }

  private static JsonSchema schema() {
    Path path =
        Path.of(
            System.getProperty(
                "splicer.tracking.schema",
                "../filter/src/test/resources/tracking/mediatailor-tracking.schema.json"));
    try (InputStream in = Files.newInputStream(path)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
