package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.session.ClientInfo;
import io.splicer.session.Session;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionParams;
import io.splicer.session.SessionParamsParser;
import io.splicer.tracking.json.SchemaValidation;
import io.splicer.tracking.json.TrackingJsonBuilder;
import io.splicer.tracking.json.TrackingJsonWriter;
import io.splicer.tracking.json.TrackingTimeline;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Server-side reporting end to end inside the stitch layer (reference §7.2): a VOD pre-roll
 * stitched for a session, a scripted viewer requesting the ad segments in order, the beacons at a
 * local sink; client and hybrid modes; error beacons of unusable ads.
 */
class ServerSideReportingTest {

  private final BeaconSink sink;
  private final StitchFixture f;

  ServerSideReportingTest() throws Exception {
    sink = new BeaconSink();
    f = sink.fixture;
  }

  @AfterEach
  void close() {
    sink.close();
  }

  private String beacon(String event) {
    return sink.beacon(event);
  }

  /** One 15 s HLS ad (c15: 3 segments of 5 s) with every linear event, plus an unusable ad. */
  private String vast() {
    StringBuilder events = new StringBuilder();
    for (String e : List.of("start", "firstQuartile", "midpoint", "thirdQuartile", "complete")) {
      events.append("<Tracking event=\"").append(e).append("\"><![CDATA[");
      events.append(beacon(e)).append("]]></Tracking>");
    }
    return "<VAST version=\"4.2\"><Ad id=\"ad15\" sequence=\"1\"><InLine><AdSystem>fake</AdSystem>"
        + "<AdTitle>t</AdTitle><Impression><![CDATA["
        + beacon("impression")
        + "]]></Impression><Error><![CDATA["
        + beacon("error15?code=[ERRORCODE]")
        + "]]></Error><Creatives><Creative id=\"c15\"><Linear><Duration>00:00:15.000</Duration>"
        + "<TrackingEvents>"
        + events
        + "</TrackingEvents><MediaFiles><MediaFile delivery=\"streaming\" "
        + "type=\"application/x-mpegURL\" width=\"640\" height=\"360\"><![CDATA["
        + StitchFixture.CREATIVES
        + "c15/index.m3u8]]></MediaFile></MediaFiles></Linear></Creative></Creatives>"
        + "</InLine></Ad>"
        + "<Ad id=\"mp4\" sequence=\"2\"><InLine><AdSystem>fake</AdSystem><AdTitle>m</AdTitle>"
        + "<Impression><![CDATA["
        + beacon("impressionMp4")
        + "]]></Impression><Error><![CDATA["
        + beacon("errorMp4?code=[ERRORCODE]")
        + "]]></Error><Creatives><Creative id=\"m1\"><Linear><Duration>00:00:05.000</Duration>"
        + "<MediaFiles><MediaFile delivery=\"progressive\" type=\"video/mp4\" width=\"640\" "
        + "height=\"360\"><![CDATA[http://cdn.ads.test/m.mp4]]></MediaFile></MediaFiles>"
        + "</Linear></Creative></Creatives></InLine></Ad></VAST>";
  }

  /** Stitches the multivariant and media playlist 0 for the session; the ad segment URIs. */
  private List<String> stitchAds(Session s) throws Exception {
    return sink.stitchHlsAds(s, vast());
  }

  private List<String> view(Session s, List<String> urls) {
    return sink.viewHls(s, urls);
  }

  private List<String> sinkEvents(int expected) throws InterruptedException {
    return sink.events(expected);
  }

  @Test
  void onSegment_viewerFetchesAllAdSegments_firesEachEventOnceInOrder() throws Exception {
    Session s = f.session();
    List<String> urls = stitchAds(s);
    assertEquals(3, urls.size(), urls.toString());
    assertTrue(
        urls.get(0).startsWith("/app/v1/segment/h/cfg/" + s.id() + "/0/0-vod0-0-0"), urls.get(0));
    List<String> expected =
        List.of("impression", "start", "firstQuartile", "midpoint", "thirdQuartile", "complete");
    assertEquals(expected, view(s, urls));
    assertEquals(List.of(), view(s, urls), "a re-fetch fires nothing");
    List<String> atSink = sinkEvents(expected.size() + 1);
    assertEquals(
        List.of("errorMp4?code=403"),
        atSink.stream().filter(h -> h.startsWith("error")).toList(),
        "the ad without an HLS media file is reported once with IAB 403");
    assertEquals(expected, atSink.stream().filter(h -> !h.startsWith("error")).toList());
  }

  @Test
  void onSegment_viewerStopsAtHalf_firesUpToMidpoint() throws Exception {
    Session s = f.session();
    List<String> urls = stitchAds(s);
    assertEquals(
        List.of("impression", "start", "firstQuartile", "midpoint"), view(s, urls.subList(0, 2)));
  }

  @Test
  void onSegment_redirectsToTheRealSegment_underAdSegmentUrlPrefix() throws Exception {
    Session s = f.session();
    List<String> urls = stitchAds(s);
    String[] p = urls.get(1).split("/");
    SegmentRef ref = SegmentRef.parse(p[p.length - 2], p[p.length - 1]).orElseThrow();
    SessionAds.SegmentAnswer a =
        f.stitcher.reporting().onSegment(s, f.config(), ref, ClientInfo.NONE);
    assertEquals(
        StitchFixture.CREATIVES + "c15/c15-low-1.ts",
        assertInstanceOf(SessionAds.Redirect.class, a).location());
    SegmentRef missing = new SegmentRef(0, 99, "vod0", 5, 0);
    assertInstanceOf(
        SessionAds.NotFound.class,
        f.stitcher.reporting().onSegment(s, f.config(), missing, ClientInfo.NONE));
  }

  @Test
  void stitch_clientMode_adSegmentsDirect_trackingJsonValid() throws Exception {
    Session s =
        f.sessions.create(
            SessionManager.Kind.EXPLICIT, "cfg", "index.m3u8", SessionParams.NONE, ClientInfo.NONE);
    List<String> urls = stitchAds(s);
    assertEquals(
        List.of(
            StitchFixture.CREATIVES + "c15/c15-low-0.ts",
            StitchFixture.CREATIVES + "c15/c15-low-1.ts",
            StitchFixture.CREATIVES + "c15/c15-low-2.ts"),
        urls);
    TrackingTimeline t = f.stitcher.reporting().timeline(s);
    assertEquals(1, t.avails().size());
    assertEquals(0L, t.hlsAnchorMediaSequenceNumber());
    String json = TrackingJsonWriter.toPrettyString(TrackingJsonBuilder.build(t));
    assertEquals(Collections.emptySet(), SchemaValidation.validate(json), json);
    assertTrue(json.contains(beacon("midpoint")), json);
    assertTrue(json.contains("\"availId\" : \"0\""), json);
  }

  @Test
  void stitch_hybridMode_routedAndTracked() throws Exception {
    SessionParams hybrid = SessionParamsParser.parseExplicitJson("{\"reportingMode\":\"server\"}");
    Session s =
        f.sessions.create(
            SessionManager.Kind.EXPLICIT, "cfg", "index.m3u8", hybrid, ClientInfo.NONE);
    List<String> urls = stitchAds(s);
    assertTrue(urls.get(0).contains("/v1/segment/"), urls.toString());
    assertEquals(1, f.stitcher.reporting().timeline(s).avails().size());
    assertEquals(List.of("impression", "start", "firstQuartile"), view(s, urls.subList(0, 1)));
  }

  @Test
  void timeline_midRoll_startsAfterContentAndEarlierAds() throws Exception {
    Session s = f.session();
    f.ads = uri -> new StitchFixture.Answer(200, StitchFixture.vast(15), 0);
    String origin =
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXT-X-MEDIA-SEQUENCE:0\n"
            + "#EXT-X-PLAYLIST-TYPE:VOD\n#EXT-X-CUE-OUT:0\n#EXT-X-CUE-IN\n#EXTINF:4.000,\nc0.ts\n"
            + "#EXT-X-CUE-OUT:0\n#EXT-X-CUE-IN\n#EXTINF:4.000,\nc1.ts\n#EXTINF:4.000,\nc2.ts\n"
            + "#EXT-X-ENDLIST\n";
    f.stitch(
        f.config(),
        s,
        StitchScope.MULTIVARIANT,
        StitchFixture.ORIGIN + "index.m3u8",
        BeaconSink.MULTIVARIANT);
    f.stitch(f.config(), s, 0, StitchFixture.ORIGIN + "v/index.m3u8", origin);
    TrackingTimeline t = f.stitcher.reporting().timeline(s);
    assertEquals(2, t.avails().size());
    // pre-roll: 3 ad segments (seq 0-2), content c0 (seq 3, 4 s), mid-roll from seq 4 at 19 s
    assertEquals("0", t.avails().get(0).availId());
    assertEquals("4", t.avails().get(1).availId());
    assertEquals(19_000_000L, t.avails().get(1).start().micros());
    Optional<TrackingTimeline.PlacedAd> mid = t.avails().get(1).ads().stream().findFirst();
    assertFalse(mid.isEmpty());
  }
}
