package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.splicer.core.MediaTime;
import io.splicer.session.ClientInfo;
import io.splicer.session.InMemorySessionStore;
import io.splicer.session.Session;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionParams;
import io.splicer.tracking.Beacon;
import io.splicer.tracking.json.CreativeJson;
import io.splicer.tracking.json.SchemaValidation;
import io.splicer.tracking.json.TrackingJsonBuilder;
import io.splicer.tracking.json.TrackingJsonWriter;
import io.splicer.tracking.json.TrackingTimeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * VMAP {@code breakType="nonlinear"} breaks of VOD sessions (VMAP 1.0 §2.3, reference §7.3 "Overlay
 * placement"): nothing is spliced, the overlays are listed under {@code nonLinearAvails} at the
 * break's content time shifted by the linear ads before it.
 */
class NonLinearAvailsTest {

  private static final String MULTIVARIANT =
      "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,"
          + "CODECS=\"avc1.4d401e,mp4a.40.2\"\nv/index.m3u8\n";

  /** 16 s of content in 4 s segments. */
  private static final String CONTENT =
      "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXT-X-MEDIA-SEQUENCE:0\n"
          + "#EXT-X-PLAYLIST-TYPE:VOD\n#EXTINF:4.000,\nc0.ts\n#EXTINF:4.000,\nc1.ts\n"
          + "#EXTINF:4.000,\nc2.ts\n#EXTINF:4.000,\nc3.ts\n#EXT-X-ENDLIST\n";

  private static final String BEACONS = "http://beacons.test/";

  private final StitchFixture f;

  NonLinearAvailsTest() throws Exception {
    f = new StitchFixture(Duration.ofSeconds(3), new InMemorySessionStore());
  }

  @AfterEach
  void close() {
    f.close();
  }

  /** VAST 4.2 with one overlay ad: a NonLinear with all the metadata the JSON carries. */
  private static String overlayVast(String minSuggested) {
    return "<VAST version=\"4.2\"><Ad id=\"ov1\"><InLine><AdSystem>fake</AdSystem>"
        + "<AdTitle>overlay</AdTitle><Impression><![CDATA["
        + BEACONS
        + "ov-impression]]></Impression><Creatives><Creative id=\"nl1\"><NonLinearAds>"
        + "<NonLinear id=\"n1\" width=\"640\" height=\"80\""
        + minSuggested
        + "><StaticResource creativeType=\"image/png\"><![CDATA[http://cdn.ads.test/ov.png]]>"
        + "</StaticResource><NonLinearClickThrough><![CDATA[http://advertiser.test/landing]]>"
        + "</NonLinearClickThrough><NonLinearClickTracking><![CDATA["
        + BEACONS
        + "ov-click]]></NonLinearClickTracking></NonLinear><TrackingEvents>"
        + tracking("creativeView")
        + tracking("acceptInvitation")
        + tracking("close")
        + "</TrackingEvents></NonLinearAds></Creative></Creatives></InLine></Ad></VAST>";
  }

  private static String tracking(String event) {
    return "<Tracking event=\""
        + event
        + "\"><![CDATA["
        + BEACONS
        + "ov-"
        + event
        + "]]></Tracking>";
  }

  private static String breakTracking(String name) {
    return "<vmap:TrackingEvents><vmap:Tracking event=\"breakStart\"><![CDATA["
        + BEACONS
        + "breakStart-"
        + name
        + "]]></vmap:Tracking><vmap:Tracking event=\"breakEnd\"><![CDATA["
        + BEACONS
        + "breakEnd-"
        + name
        + "]]></vmap:Tracking></vmap:TrackingEvents>";
  }

  /** A linear pre-roll (ad c15, 15 s) and, if {@code nonLinearVast} is given, an overlay break. */
  private static String vmap(String preRollVast, String nonLinearVast) {
    StringBuilder sb =
        new StringBuilder(
            "<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\" version=\"1.0\">"
                + "<vmap:AdBreak timeOffset=\"start\" breakType=\"linear\" breakId=\"pre\">"
                + "<vmap:AdSource id=\"p\"><vmap:VASTAdData>"
                + preRollVast
                + "</vmap:VASTAdData></vmap:AdSource></vmap:AdBreak>");
    if (nonLinearVast != null) {
      sb.append(
              "<vmap:AdBreak timeOffset=\"00:00:10.000\" breakType=\"nonlinear\" "
                  + "breakId=\"overlay-1\"><vmap:AdSource id=\"o\"><vmap:VASTAdData>")
          .append(nonLinearVast)
          .append("</vmap:VASTAdData></vmap:AdSource>")
          .append(breakTracking("overlay"))
          .append("</vmap:AdBreak>");
    }
    return sb.append("</vmap:VMAP>").toString();
  }

  private static String hlsVast15() {
    return StitchFixture.vast(15).replace(" sequence=\"1\"", "");
  }

  private Session clientSession() {
    return f.sessions.create(
        SessionManager.Kind.EXPLICIT, "cfg", "index.m3u8", SessionParams.NONE, ClientInfo.NONE);
  }

  /** The session's personalised media playlist for an ADS answering {@code vmap}. */
  private String media(Session s, String vmap) throws Exception {
    f.ads = uri -> new StitchFixture.Answer(200, vmap, 0);
    f.stitch(
        f.config(), s, StitchScope.MULTIVARIANT, StitchFixture.ORIGIN + "index.m3u8", MULTIVARIANT);
    return f.stitch(f.config(), s, 0, StitchFixture.ORIGIN + "v/index.m3u8", CONTENT);
  }

  private static JsonNode json(TrackingTimeline t) throws Exception {
    String json = TrackingJsonWriter.toPrettyString(TrackingJsonBuilder.build(t));
    assertEquals(Collections.emptySet(), SchemaValidation.validate(json), json);
    return new ObjectMapper().readTree(json);
  }

  private static List<String> eventTypes(JsonNode events) {
    List<String> out = new ArrayList<>();
    events.forEach(e -> out.add(e.at("/eventType").asText()));
    return out;
  }

  @Test
  void timeline_hlsVodWithNonLinearBreak_listedUnderNonLinearAvailsAfterThePreRoll()
      throws Exception {
    Session s = clientSession();
    media(s, vmap(hlsVast15(), overlayVast(" minSuggestedDuration=\"00:00:08\"")));
    JsonNode root = json(f.stitcher.reporting().timeline(s));

    assertEquals(1, root.at("/avails").size(), root.toPrettyString());
    JsonNode pre = root.at("/avails/0");
    assertEquals(0.0, pre.at("/startTimeInSeconds").asDouble());
    double preRoll = pre.at("/durationInSeconds").asDouble();
    assertEquals(15.0, preRoll);
    assertEquals(0, pre.at("/nonLinearAdsList").size());

    assertEquals(1, root.at("/nonLinearAvails").size(), root.toPrettyString());
    JsonNode o = root.at("/nonLinearAvails/0");
    assertEquals("overlay-1", o.at("/availId").asText());
    assertEquals(10.0 + preRoll, o.at("/startTimeInSeconds").asDouble());
    assertEquals("PT25S", o.at("/startTime").asText());
    assertEquals("PT8S", o.at("/duration").asText(), "NonLinear@minSuggestedDuration");
    assertEquals(0, o.at("/ads").size());
    assertEquals(List.of("breakStart", "breakEnd"), eventTypes(o.at("/adBreakTrackingEvents")));
    assertEquals(
        BEACONS + "breakStart-overlay", o.at("/adBreakTrackingEvents/0/beaconUrls/0").asText());

    JsonNode block = o.at("/nonLinearAdsList/0");
    JsonNode ad = block.at("/nonLinearAdList/0");
    assertEquals("http://cdn.ads.test/ov.png", ad.at("/staticResource").asText());
    assertEquals("image/png", ad.at("/staticResourceCreativeType").asText());
    assertEquals("http://advertiser.test/landing", ad.at("/clickThrough").asText());
    assertEquals(BEACONS + "ov-click", ad.at("/clickTracking").asText());
    assertEquals("00:00:08", ad.at("/minSuggestedDuration").asText());
    assertEquals("ov1", ad.at("/adId").asText());
    assertEquals(
        List.of("impression", "creativeView", "acceptInvitation", "close"),
        eventTypes(block.at("/trackingEvents")));
    for (JsonNode e : block.at("/trackingEvents")) {
      assertEquals(25.0, e.at("/startTimeInSeconds").asDouble(), e.toString());
      assertEquals(BEACONS + "ov-" + e.at("/eventType").asText(), e.at("/beaconUrls/0").asText());
    }
    assertEquals(1, f.adsRequests.get(), "one ADS call per VOD session");
  }

  @Test
  void rewrite_hlsVodWithNonLinearBreak_manifestAsWithoutIt() throws Exception {
    String with =
        media(
            clientSession(), vmap(hlsVast15(), overlayVast(" minSuggestedDuration=\"00:00:08\"")));
    String without = media(clientSession(), vmap(hlsVast15(), null));
    assertTrue(with.contains(StitchFixture.CREATIVES + "c15/"), with);
    assertEquals(without, with);
  }

  @Test
  void timeline_noMinSuggestedDuration_zeroDurationBreakEndAtStart() throws Exception {
    Session s = clientSession();
    media(s, vmap(hlsVast15(), overlayVast("")));
    TrackingTimeline t = f.stitcher.reporting().timeline(s);
    TrackingTimeline.Avail o =
        t.avails().stream()
            .filter(TrackingTimeline.Avail::nonLinearBreak)
            .findFirst()
            .orElseThrow();
    assertEquals(MediaTime.ZERO, o.duration());
    assertEquals("PT0S", json(t).at("/nonLinearAvails/0/duration").asText());
  }

  @Test
  void timeline_nonLinearBreakWithoutNonLinear_noEntry() throws Exception {
    Session s = clientSession();
    // a linear-only ad where an overlay was asked for: VAST error 201, nothing to list
    media(s, vmap(hlsVast15(), StitchFixture.vast(10).replace(" sequence=\"1\"", "")));
    JsonNode root = json(f.stitcher.reporting().timeline(s));
    assertEquals(0, root.at("/nonLinearAvails").size(), root.toPrettyString());
    assertEquals(1, root.at("/avails").size(), root.toPrettyString());
    AdDecision.VodBreaks vod =
        f.sessions.decision(s.id(), "vod", AdDecision.VodBreaks.class).orElseThrow();
    assertEquals(List.of(), vod.overlays());
  }

  @Test
  void rewrite_dashVodWithNonLinearBreak_overlayStoredAndMpdAsWithoutIt() throws Exception {
    String mpd = DashStitcherTest.resource("stitch/dash/vod-60s.mpd");
    String preRoll = StitchFixture.dashVast(10).replace(" sequence=\"1\"", "");
    Session with = f.session();
    f.ads = uri -> new StitchFixture.Answer(200, vmap(preRoll, overlayVast("")), 0);
    String out = f.stitchDash(f.config(), with, DashStitcherTest.VOD_URL, mpd);
    f.ads = uri -> new StitchFixture.Answer(200, vmap(preRoll, null), 0);
    Session without = f.session();
    String plain = f.stitchDash(f.config(), without, DashStitcherTest.VOD_URL, mpd);
    assertTrue(out.contains(StitchFixture.CREATIVES + "c10/"), out);
    assertEquals(plain, out.replace(with.id().toString(), without.id().toString()));
    AdDecision.VodBreaks vod =
        f.sessions
            .decision(with.id(), DashBreakPlan.VOD_KEY, AdDecision.VodBreaks.class)
            .orElseThrow();
    assertEquals(1, vod.overlays().size());
    assertEquals(10_000_000L, vod.overlays().get(0).offsetMicros());
    // DASH VOD time base: the pre-roll Period (10 s) at 0, the overlay at 10 s of content
    TrackingTimeline dash =
        new TrackingTimeline(
            TrackingTimeline.TimeBase.DASH_VOD, null, null, List.of(linear("1_PT0S_0", 0, 10)));
    JsonNode root = json(NonLinearAvails.append(dash, vod));
    assertEquals(20.0, root.at("/nonLinearAvails/0/startTimeInSeconds").asDouble());
  }

  private static TrackingTimeline.Avail linear(String id, long startSeconds, long seconds) {
    return new TrackingTimeline.Avail(
        id,
        MediaTime.ofSeconds(startSeconds),
        MediaTime.ofSeconds(seconds),
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        false);
  }

  private static AdDecision.OverlayBreak overlay(long offsetSeconds) {
    AdTracking t =
        new AdTracking(
            List.of(Beacon.of("impression", BEACONS + "i")),
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new CreativeJson.NonLinearAd(
                    "a",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "",
                    null,
                    "",
                    null,
                    0,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null,
                    false,
                    "http://cdn.ads.test/x.png",
                    "image/png",
                    null)),
            List.of());
    return new AdDecision.OverlayBreak(
        offsetSeconds * 1_000_000, "o" + offsetSeconds, 0, List.of(t), BreakTracking.NONE);
  }

  @Test
  void append_overlaysAroundAMidRoll_onlyEarlierLinearAvailsShiftThem() {
    // content: pre-roll 15 s at 0, a 10 s mid-roll at content 20 s (output 35 s)
    TrackingTimeline t =
        new TrackingTimeline(
            TrackingTimeline.TimeBase.HLS,
            null,
            0L,
            List.of(linear("0", 0, 15), linear("9", 35, 10)));
    AdDecision.VodBreaks vod =
        new AdDecision.VodBreaks(List.of(), "", List.of(overlay(0), overlay(19), overlay(20)));
    List<String> placed = new ArrayList<>();
    for (TrackingTimeline.Avail a : NonLinearAvails.append(t, vod).avails()) {
      placed.add(
          a.availId() + "@" + a.start().toSecondsString(0) + (a.nonLinearBreak() ? "n" : ""));
    }
    // an overlay at a linear break's point shows when the content resumes after its ads
    assertEquals(List.of("0@0", "o0@15n", "o19@34n", "9@35", "o20@45n"), placed);
  }

  @Test
  void append_nothingIndexedYet_shiftsByTheDecisionsAdDurations() {
    AdDecision pre =
        new AdDecision(
            List.of(new AdDecision.DecidedAd("a", "k", "u", 15_000_000)),
            0,
            0,
            false,
            "",
            List.of());
    AdDecision.VodBreaks vod =
        new AdDecision.VodBreaks(
            List.of(new AdDecision.VodBreak(0, false, pre)), "", List.of(overlay(10)));
    TrackingTimeline empty =
        new TrackingTimeline(TrackingTimeline.TimeBase.HLS, null, null, List.of());
    TrackingTimeline t = NonLinearAvails.append(empty, vod);
    assertEquals(1, t.avails().size());
    assertEquals(MediaTime.ofSeconds(25), t.avails().get(0).start());
  }

  @Test
  void append_noOverlays_sameTimeline() {
    TrackingTimeline t =
        new TrackingTimeline(TrackingTimeline.TimeBase.HLS, null, 0L, List.of(linear("0", 0, 15)));
    assertEquals(t, NonLinearAvails.append(t, new AdDecision.VodBreaks(List.of(), "")));
    assertEquals(t, NonLinearAvails.append(t, null));
  }
}
