package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.splicer.session.ClientInfo;
import io.splicer.session.Session;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionParams;
import io.splicer.session.SessionParamsParser;
import io.splicer.tracking.Beacon;
import io.splicer.tracking.json.SchemaValidation;
import io.splicer.tracking.json.TrackingJsonBuilder;
import io.splicer.tracking.json.TrackingJsonWriter;
import io.splicer.tracking.json.TrackingTimeline;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * VMAP break tracking end to end inside the stitch layer (VMAP 1.0 §2.4, reference §7.1 hybrid): a
 * VOD session whose VMAP pre-roll break has two ads and breakStart/breakEnd/error tracking, a
 * post-roll whose only ad is unusable, a scripted viewer, beacons at a local sink.
 */
class VmapBreakReportingTest {

  private final BeaconSink sink;
  private final StitchFixture f;

  VmapBreakReportingTest() throws Exception {
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

  private String ad(String id, int seconds, int seq) {
    return "<Ad id=\""
        + id
        + "\" sequence=\""
        + seq
        + "\"><InLine><AdSystem>fake</AdSystem>"
        + "<AdTitle>t</AdTitle><Impression><![CDATA["
        + beacon("impression-" + id)
        + "]]></Impression><Creatives><Creative id=\"c"
        + seconds
        + "\"><Linear><Duration>00:00:"
        + String.format("%02d", seconds)
        + ".000</Duration><TrackingEvents>"
        + "<Tracking event=\"complete\"><![CDATA["
        + beacon("complete-" + id)
        + "]]></Tracking>"
        + "</TrackingEvents><MediaFiles><MediaFile delivery=\"streaming\" "
        + "type=\"application/x-mpegURL\" width=\"640\" height=\"360\"><![CDATA["
        + StitchFixture.CREATIVES
        + "c"
        + seconds
        + "/index.m3u8]]></MediaFile></MediaFiles>"
        + "</Linear></Creative></Creatives></InLine></Ad>";
  }

  private String tracking(String name) {
    return "<vmap:TrackingEvents><vmap:Tracking event=\"breakStart\"><![CDATA["
        + beacon("breakStart-" + name)
        + "]]></vmap:Tracking><vmap:Tracking event=\"breakEnd\">"
        + "<![CDATA["
        + beacon("breakEnd-" + name)
        + "]]></vmap:Tracking>"
        + "<vmap:Tracking event=\"error\"><![CDATA["
        + beacon("error-" + name + "?c=[ERRORCODE]")
        + "]]></vmap:Tracking></vmap:TrackingEvents>";
  }

  /** Pre-roll: ads a (15 s) and b (10 s); post-roll: one MP4-only ad (no HLS rendition). */
  private String vmap() {
    return "<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\" version=\"1.0\">"
        + "<vmap:AdBreak timeOffset=\"start\" breakType=\"linear\" breakId=\"pre\">"
        + "<vmap:AdSource id=\"p\"><vmap:VASTAdData><VAST version=\"4.2\">"
        + ad("a", 15, 1)
        + ad("b", 10, 2)
        + "</VAST></vmap:VASTAdData></vmap:AdSource>"
        + tracking("pre")
        + "</vmap:AdBreak>"
        + "<vmap:AdBreak timeOffset=\"end\" breakType=\"linear\" breakId=\"post\">"
        + "<vmap:AdSource id=\"q\"><vmap:VASTAdData><VAST version=\"4.2\"><Ad id=\"m\"><InLine>"
        + "<AdSystem>fake</AdSystem><AdTitle>m</AdTitle><Impression>http://127.0.0.1:9/i"
        + "</Impression><Creatives><Creative id=\"m1\"><Linear><Duration>00:00:05</Duration>"
        + "<MediaFiles><MediaFile delivery=\"progressive\" type=\"video/mp4\" width=\"640\" "
        + "height=\"360\"><![CDATA[http://cdn.ads.test/m.mp4]]></MediaFile></MediaFiles>"
        + "</Linear></Creative></Creatives></InLine></Ad></VAST></vmap:VASTAdData>"
        + "</vmap:AdSource>"
        + tracking("post")
        + "</vmap:AdBreak></vmap:VMAP>";
  }

  private List<String> stitchAds(Session s) throws Exception {
    return sink.stitchHlsAds(s, vmap());
  }

  private List<String> view(Session s, List<String> urls) {
    return sink.viewHls(s, urls);
  }

  private List<String> sinkEvents(int expected) throws InterruptedException {
    return sink.events(expected);
  }

  @Test
  void onSegment_serverSide_breakStartWithFirstImpressionAndBreakEndWithLastComplete()
      throws Exception {
    Session s = f.session();
    List<String> urls = stitchAds(s);
    assertEquals(5, urls.size(), "3 segments of a, 2 of b: " + urls);
    assertEquals(List.of("breakStart", "impression"), view(s, urls.subList(0, 1)));
    assertEquals(List.of(), view(s, urls.subList(1, 2)));
    assertEquals(List.of("complete"), view(s, urls.subList(2, 3)));
    assertEquals(List.of("impression"), view(s, urls.subList(3, 4)));
    assertEquals(List.of("complete", "breakEnd"), view(s, urls.subList(4, 5)));
    assertEquals(List.of(), view(s, urls), "a re-fetch of the whole break fires nothing");
    List<String> atSink = sinkEvents(7);
    assertEquals(
        1, atSink.stream().filter(h -> h.equals("breakStart-pre")).count(), atSink.toString());
    assertEquals(
        1, atSink.stream().filter(h -> h.equals("breakEnd-pre")).count(), atSink.toString());
    assertTrue(
        atSink.indexOf("breakStart-pre") < atSink.indexOf("impression-a"), atSink.toString());
    assertTrue(atSink.indexOf("complete-b") < atSink.indexOf("breakEnd-pre"), atSink.toString());
    assertEquals(
        List.of("error-post?c=1004"),
        atSink.stream().filter(h -> h.startsWith("error-")).toList(),
        "the post-roll break plays no ad: its VMAP error tracking fires once");
    assertFalse(atSink.contains("breakStart-post"), atSink.toString());
  }

  @Test
  void onSegment_viewerStopsMidBreak_noBreakEnd() throws Exception {
    Session s = f.session();
    List<String> urls = stitchAds(s);
    List<String> fired = view(s, urls.subList(0, 4));
    assertTrue(fired.contains("breakStart"), fired.toString());
    assertFalse(fired.contains("breakEnd"), fired.toString());
  }

  @Test
  void onSegment_hybridMode_firesTheSameBreakEvents() throws Exception {
    SessionParams hybrid = SessionParamsParser.parseExplicitJson("{\"reportingMode\":\"server\"}");
    Session s =
        f.sessions.create(
            SessionManager.Kind.EXPLICIT, "cfg", "index.m3u8", hybrid, ClientInfo.NONE);
    List<String> urls = stitchAds(s);
    List<String> fired = view(s, urls);
    assertEquals(1, fired.stream().filter(e -> e.equals("breakStart")).count(), fired.toString());
    assertEquals(List.of("breakStart", "impression"), fired.subList(0, 2));
    assertEquals(List.of("complete", "breakEnd"), fired.subList(fired.size() - 2, fired.size()));
  }

  @Test
  void timeline_clientMode_firesNothingAndListsAdBreakTrackingEvents() throws Exception {
    Session s =
        f.sessions.create(
            SessionManager.Kind.EXPLICIT, "cfg", "index.m3u8", SessionParams.NONE, ClientInfo.NONE);
    List<String> urls = stitchAds(s);
    assertTrue(urls.get(0).startsWith(StitchFixture.CREATIVES), "ad segments direct: " + urls);
    TrackingTimeline t = f.stitcher.reporting().timeline(s);
    TrackingTimeline.Avail pre = t.avails().get(0);
    assertEquals(
        List.of(
            Beacon.of("breakStart", beacon("breakStart-pre")),
            Beacon.of("breakEnd", beacon("breakEnd-pre"))),
        pre.breakBeacons());
    String json = TrackingJsonWriter.toPrettyString(TrackingJsonBuilder.build(t));
    assertEquals(Collections.emptySet(), SchemaValidation.validate(json), json);
    JsonNode events = new ObjectMapper().readTree(json).at("/avails/0/adBreakTrackingEvents");
    assertEquals("breakStart", events.at("/0/eventType").asText());
    assertEquals(beacon("breakStart-pre"), events.at("/0/beaconUrls/0").asText());
    assertEquals("breakEnd", events.at("/1/eventType").asText());
    assertEquals(beacon("breakEnd-pre"), events.at("/1/beaconUrls/0").asText());
    // paging after the avail's start still returns breakEnd, which falls at the avail's end (25 s)
    assertEquals(25_000_000L, pre.start().plus(pre.duration()).micros());
    List<String> atSink = sinkEvents(1);
    assertTrue(atSink.stream().noneMatch(h -> h.startsWith("break")), atSink.toString());
  }
}
