package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.config.CdnConfiguration;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.dash.MpdDocument;
import io.splicer.dash.MpdPeriod;
import io.splicer.dash.MpdReader;
import io.splicer.session.ClientInfo;
import io.splicer.session.Session;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionParams;
import io.splicer.session.SessionParamsParser;
import io.splicer.tracking.json.SchemaValidation;
import io.splicer.tracking.json.TrackingJsonBuilder;
import io.splicer.tracking.json.TrackingJsonWriter;
import io.splicer.tracking.json.TrackingTimeline;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Server-side reporting of DASH sessions inside the stitch layer (reference §1.1, §4.2, §7.2,
 * §7.3): ad Periods routed through {@code /v1/dashsegment}, a scripted viewer requesting the ad's
 * segments as a player builds them from the SegmentTemplates, the beacons at a local sink; client
 * mode, {@code AdSegmentUrlPrefix} and slate not routed; the tracking JSON in the DASH time bases.
 */
class DashServerSideReportingTest {

  private static final String VOD_URL = StitchFixture.ORIGIN + "show/vod.mpd";
  private static final String LIVE_URL = "http://origin.test/live/ch1/index.mpd";
  private static final Pattern BASE_URL = Pattern.compile("<BaseURL>([^<]*)</BaseURL>");
  private static final List<String> ALL =
      List.of("impression", "start", "firstQuartile", "midpoint", "thirdQuartile", "complete");

  private final BeaconSink sink;
  private final StitchFixture f;
  private final SessionAds reporting;

  DashServerSideReportingTest() throws Exception {
    sink = new BeaconSink();
    f = sink.fixture;
    reporting = new Stitchers(f.stitcher, f.dash).reporting();
  }

  @AfterEach
  void close() {
    sink.close();
  }

  private String beacon(String event) {
    return sink.beacon(event);
  }

  /** A pod of DASH ads (creatives c10, c6: 2 s segments) with every linear event on the first. */
  private String vast(int... seconds) {
    StringBuilder events = new StringBuilder();
    for (String e : ALL.subList(1, ALL.size())) {
      events.append("<Tracking event=\"").append(e).append("\"><![CDATA[");
      events.append(beacon(e)).append("]]></Tracking>");
    }
    String pod = StitchFixture.dashVast(seconds);
    return pod.replaceFirst(
            "<Impression><!\\[CDATA\\[http://127.0.0.1:9/imp]]></Impression>",
            "<Impression><![CDATA[" + beacon("impression") + "]]></Impression>")
        .replaceFirst(
            "<MediaFiles>", "<TrackingEvents>" + events + "</TrackingEvents><MediaFiles>");
  }

  private String stitchVod(PlaybackConfiguration config, Session s, String vast) throws Exception {
    f.ads = uri -> new StitchFixture.Answer(200, vast, 0);
    return f.stitchDash(config, s, VOD_URL, DashStitcherTest.resource("stitch/dash/vod-60s.mpd"));
  }

  /** Each Period's id and BaseURL (first one inside it), in order. */
  private static Map<String, String> baseUrls(String mpd) throws Exception {
    MpdDocument doc = MpdReader.read(mpd.getBytes(StandardCharsets.UTF_8));
    Map<String, String> out = new LinkedHashMap<>();
    for (MpdPeriod p : doc.periods()) {
      Matcher m = BASE_URL.matcher(mpd.substring(p.span().start(), p.span().end()));
      out.put(p.idOrIndex(), m.find() ? m.group(1) : "");
    }
    return out;
  }

  /** What a player requests for one ad Period: init segments, then video and audio segments. */
  private static List<String> playerRequests(String baseUrl, String creative, int segments) {
    List<String> out = new ArrayList<>();
    out.add(baseUrl + creative + "_v_init.mp4");
    out.add(baseUrl + creative + "_a_init.mp4");
    for (int n = 1; n <= segments; n++) {
      out.add(baseUrl + creative + "_v_" + n + ".m4s");
      out.add(baseUrl + creative + "_a_" + n + ".m4s");
    }
    return out;
  }

  /** The route's answer to a request URL (as the web layer splits it). */
  private SessionAds.SegmentAnswer request(Session s, PlaybackConfiguration config, String url) {
    String after =
        url.substring(url.indexOf(DashSegmentRef.PREFIX) + DashSegmentRef.PREFIX.length());
    String[] p = after.split("/", 6);
    assertEquals(s.id().toString(), p[2]);
    String query = null;
    String path = p[5];
    if (path.contains("?")) {
      query = path.substring(path.indexOf('?') + 1);
      path = path.substring(0, path.indexOf('?'));
    }
    DashSegmentRef ref = DashSegmentRef.parse(p[3], p[4], path).orElseThrow();
    return reporting.onDashSegment(s, config, ref, query, ClientInfo.NONE);
  }

  private List<String> view(Session s, List<String> urls) {
    List<String> fired = new ArrayList<>();
    for (String url : urls) {
      fired.addAll(
          assertInstanceOf(SessionAds.Redirect.class, request(s, f.config(), url)).fired());
    }
    return fired;
  }

  private List<String> sinkEvents(int expected) throws InterruptedException {
    return sink.events(expected);
  }

  @Test
  void rewrite_serverSideSession_adPeriodBaseUrlIsTheRoute() throws Exception {
    Session s = f.session();
    Map<String, String> bases = baseUrls(stitchVod(f.config(), s, vast(10, 6)));
    String route = "https://splicer.test/app/v1/dashsegment/h/cfg/" + s.id() + "/";
    assertEquals(route + "1_PT0S/1_PT0S_0/", bases.get("1_PT0S_0"));
    assertEquals(route + "1_PT0S/1_PT0S_1/", bases.get("1_PT0S_1"));
    assertEquals("", bases.get("1_PT16S"), "content Periods keep the MPD-level BaseURL");
  }

  @Test
  void onDashSegment_viewerFetchesAllSegments_firesEachEventOnceInOrder() throws Exception {
    Session s = f.session();
    String base = baseUrls(stitchVod(f.config(), s, vast(10))).get("1_PT0S_0");
    List<String> urls = playerRequests(base, "c10", 5);
    assertEquals(ALL, view(s, urls));
    assertEquals(List.of(), view(s, urls), "a re-fetch fires nothing");
    assertEquals(ALL, sinkEvents(ALL.size()));
  }

  @Test
  void onDashSegment_viewerStopsAtHalf_firesUpToMidpoint() throws Exception {
    Session s = f.session();
    String base = baseUrls(stitchVod(f.config(), s, vast(10))).get("1_PT0S_0");
    // 10 s in 2 s segments: the 3rd segment (4-6 s) contains the midpoint
    List<String> half = playerRequests(base, "c10", 3);
    assertEquals(List.of("impression", "start", "firstQuartile", "midpoint"), view(s, half));
    assertEquals(List.of("impression", "start", "firstQuartile", "midpoint"), sinkEvents(4));
  }

  @Test
  void onDashSegment_initAndQuery_redirectToTheCreativeWithoutBeacons() throws Exception {
    Session s = f.session();
    String base = baseUrls(stitchVod(f.config(), s, vast(10))).get("1_PT0S_0");
    SessionAds.Redirect init =
        assertInstanceOf(
            SessionAds.Redirect.class, request(s, f.config(), base + "c10_v_init.mp4?tok=a%2Fb"));
    assertEquals(StitchFixture.CREATIVES + "c10/c10_v_init.mp4?tok=a%2Fb", init.location());
    assertEquals(List.of(), init.fired());
    SessionAds.Redirect last =
        assertInstanceOf(SessionAds.Redirect.class, request(s, f.config(), base + "c10_a_5.m4s"));
    assertEquals(StitchFixture.CREATIVES + "c10/c10_a_5.m4s", last.location());
  }

  @Test
  void onDashSegment_adSegmentUrlPrefixOnRedirect() throws Exception {
    Session s = f.session();
    String base = baseUrls(stitchVod(f.config(), s, vast(10))).get("1_PT0S_0");
    PlaybackConfiguration prefixed =
        f.config().toBuilder()
            .cdnConfiguration(new CdnConfiguration("https://ads-cdn.test/", null))
            .build();
    SessionAds.Redirect r =
        assertInstanceOf(SessionAds.Redirect.class, request(s, prefixed, base + "c10_v_2.m4s"));
    assertEquals("https://ads-cdn.test/c10/c10_v_2.m4s", r.location());
  }

  @Test
  void onDashSegment_unknownPeriodAdOrSegment_notFound() throws Exception {
    Session s = f.session();
    String base = baseUrls(stitchVod(f.config(), s, vast(10))).get("1_PT0S_0");
    String route = base.substring(0, base.indexOf("1_PT0S/"));
    for (String url :
        List.of(
            route + "1_PT0S/1_PT0S_7/c10_v_1.m4s",
            route + "1/1_PT0S_0/c10_v_1.m4s",
            route + "1_PT16S/1_PT16S/c10_v_1.m4s",
            base + "c10_v_6.m4s",
            base + "c10_v_0.m4s",
            base + "c6_v_1.m4s",
            base + "other.mp4")) {
      assertInstanceOf(SessionAds.NotFound.class, request(s, f.config(), url), url);
    }
    Session other = f.session();
    DashSegmentRef ref = DashSegmentRef.parse("1_PT0S", "1_PT0S_0", "c10_v_1.m4s").orElseThrow();
    assertInstanceOf(
        SessionAds.NotFound.class,
        reporting.onDashSegment(other, f.config(), ref, null, ClientInfo.NONE),
        "another session never saw that ad Period");
    assertEquals(List.of(), sinkEvents(0));
  }

  @Test
  void rewrite_clientMode_creativeBaseUrl_andSchemaValidVodTrackingJson() throws Exception {
    Session s =
        f.sessions.create(
            SessionManager.Kind.EXPLICIT, "cfg", "index.mpd", SessionParams.NONE, ClientInfo.NONE);
    Map<String, String> bases = baseUrls(stitchVod(f.config(), s, vast(10, 6)));
    assertEquals(StitchFixture.CREATIVES + "c10/", bases.get("1_PT0S_0"));
    assertEquals(StitchFixture.CREATIVES + "c6/", bases.get("1_PT0S_1"));
    TrackingTimeline t = reporting.timeline(s);
    assertEquals(TrackingTimeline.TimeBase.DASH_VOD, t.timeBase());
    assertNull(t.dashAvailabilityStartTime());
    assertEquals(1, t.avails().size());
    TrackingTimeline.Avail a = t.avails().get(0);
    assertEquals("1_PT0S", a.availId());
    assertEquals(16_000_000L, a.duration().micros());
    assertEquals(
        List.of(
            new TrackingTimeline.Position.DashPeriod("1_PT0S_0"),
            new TrackingTimeline.Position.DashPeriod("1_PT0S_1")),
        a.ads().stream().map(TrackingTimeline.PlacedAd::position).toList());
    assertEquals(10_000_000L, a.ads().get(1).start().micros(), "= the ad Period's @start");
    String json = TrackingJsonWriter.toPrettyString(TrackingJsonBuilder.build(t));
    assertEquals(Collections.emptySet(), SchemaValidation.validate(json), json);
    assertTrue(json.contains("\"adId\" : \"1_PT0S_1\""), json);
    assertTrue(json.contains(beacon("midpoint")), json);
  }

  @Test
  void rewrite_adSegmentUrlPrefix_adPeriodsNotRouted() throws Exception {
    PlaybackConfiguration prefixed =
        f.config().toBuilder()
            .cdnConfiguration(new CdnConfiguration("https://ads-cdn.test/", null))
            .build();
    Map<String, String> bases = baseUrls(stitchVod(prefixed, f.session(), vast(10)));
    assertEquals("https://ads-cdn.test/c10/", bases.get("1_PT0S_0"));
  }

  @Test
  void rewrite_slate_notRouted_andNotTracked() throws Exception {
    f.ads = uri -> new StitchFixture.Answer(200, vast(10), 0);
    PlaybackConfiguration config =
        f.config().toBuilder().slateAdUrl(StitchFixture.CREATIVES + "slate/manifest.mpd").build();
    SessionParams hybrid = SessionParamsParser.parseExplicitJson("{\"reportingMode\":\"server\"}");
    Session s =
        f.sessions.create(
            SessionManager.Kind.EXPLICIT, "cfg", "index.mpd", hybrid, ClientInfo.NONE);
    String out = f.stitchDash(config, s, LIVE_URL, DashStitcherLiveTest.refresh("live-refresh-3"));
    Map<String, String> bases = baseUrls(out);
    // 30 s avail: the 10 s ad, then 20 s of 4 s slate
    assertTrue(bases.get("101_1").endsWith("/v1/dashsegment/h/cfg/" + s.id() + "/101/101_1/"), out);
    assertEquals(StitchFixture.CREATIVES + "slate/", bases.get("101_2"), out);
    assertEquals(StitchFixture.CREATIVES + "slate/", bases.get("101_6"), out);
    TrackingTimeline t = reporting.timeline(s);
    assertEquals(1, t.avails().size());
    assertEquals(1, t.avails().get(0).ads().size(), "slate carries no beacons");
  }

  @Test
  void timeline_liveSession_relativeToAvailabilityStartTime_schemaValid() throws Exception {
    f.ads = uri -> new StitchFixture.Answer(200, vast(15, 10), 0);
    SessionParams hybrid = SessionParamsParser.parseExplicitJson("{\"reportingMode\":\"server\"}");
    Session s =
        f.sessions.create(
            SessionManager.Kind.EXPLICIT, "cfg", "index.mpd", hybrid, ClientInfo.NONE);
    for (String name : DashStitcherLiveTest.REFRESHES) {
      f.stitchDash(f.config(), s, LIVE_URL, DashStitcherLiveTest.refresh(name));
    }
    TrackingTimeline t = reporting.timeline(s);
    assertEquals(TrackingTimeline.TimeBase.DASH_LIVE, t.timeBase());
    assertEquals(Instant.parse("2024-01-01T00:00:00Z"), t.dashAvailabilityStartTime());
    assertEquals(1, t.avails().size());
    TrackingTimeline.Avail a = t.avails().get(0);
    assertEquals("101", a.availId());
    assertEquals(10_000_000L, a.start().micros());
    assertEquals(
        List.of(10_000_000L, 25_000_000L), a.ads().stream().map(p -> p.start().micros()).toList());
    String json = TrackingJsonWriter.toPrettyString(TrackingJsonBuilder.build(t));
    assertEquals(Collections.emptySet(), SchemaValidation.validate(json), json);
    assertTrue(json.contains("\"dashAvailabilityStartTime\""), json);
    assertTrue(json.contains("\"adId\" : \"101_2\""), json);
  }

  @Test
  void record_sameMpdTwice_indexUnchanged() throws Exception {
    Session s = f.session();
    stitchVod(f.config(), s, vast(10));
    DashTrackingIndex first =
        f.sessions.counter(s.id(), DashTrackingIndex.SLOT, DashTrackingIndex.class).orElseThrow();
    stitchVod(f.config(), s, vast(10));
    DashTrackingIndex second =
        f.sessions.counter(s.id(), DashTrackingIndex.SLOT, DashTrackingIndex.class).orElseThrow();
    assertEquals(first, second);
    assertEquals(1, second.ads().size());
    assertFalse(second.live());
  }

  /** A VMAP pre-roll of {@link #vast} ads c10 and c6 with breakStart/breakEnd tracking. */
  private String vmapPreRoll() {
    return "<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\" version=\"1.0\">"
        + "<vmap:AdBreak timeOffset=\"start\" breakType=\"linear\" breakId=\"pre\">"
        + "<vmap:AdSource id=\"p\"><vmap:VASTAdData>"
        + vast(10, 6)
        + "</vmap:VASTAdData></vmap:AdSource><vmap:TrackingEvents>"
        + "<vmap:Tracking event=\"breakStart\"><![CDATA["
        + beacon("breakStart")
        + "]]></vmap:Tracking><vmap:Tracking event=\"breakEnd\"><![CDATA["
        + beacon("breakEnd")
        + "]]></vmap:Tracking></vmap:TrackingEvents></vmap:AdBreak></vmap:VMAP>";
  }

  @Test
  void onDashSegment_vmapBreak_breakStartWithFirstAdBreakEndWithLastAd() throws Exception {
    Session s = f.session();
    Map<String, String> bases = baseUrls(stitchVod(f.config(), s, vmapPreRoll()));
    List<String> first = view(s, playerRequests(bases.get("1_PT0S_0"), "c10", 5));
    assertEquals(
        List.of("breakStart", "impression", "start"), first.subList(0, 3), first.toString());
    assertFalse(first.contains("breakEnd"), first.toString());
    List<String> second = view(s, playerRequests(bases.get("1_PT0S_1"), "c6", 3));
    assertEquals("breakEnd", second.get(second.size() - 1), second.toString());
    assertFalse(second.contains("breakStart"), second.toString());
    TrackingTimeline.Avail a = reporting.timeline(s).avails().get(0);
    assertEquals(
        List.of("breakStart", "breakEnd"), a.breakBeacons().stream().map(b -> b.event()).toList());
  }

  @Test
  void timeline_hlsSession_staysHls() throws Exception {
    Session s =
        f.sessions.create(
            SessionManager.Kind.EXPLICIT, "cfg", "index.m3u8", SessionParams.NONE, ClientInfo.NONE);
    assertEquals(TrackingTimeline.TimeBase.HLS, reporting.timeline(s).timeBase());
  }
}
