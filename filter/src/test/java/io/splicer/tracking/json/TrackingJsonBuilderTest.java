package io.splicer.tracking.json;

import static io.splicer.tracking.json.Timelines.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.ValidationMessage;
import io.splicer.tracking.AdContext;
import io.splicer.tracking.Beacon;
import io.splicer.tracking.TrackedAd;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingJsonBuilderTest {

  @Test
  void build_classicExample_matchesDocumentedTimesAndIds() {
    TrackingJson.Response r = TrackingJsonBuilder.build(Timelines.classic());
    TrackingJson.Avail avail = r.avails().get(0);
    TrackingJson.Ad ad = avail.ads().get(0);
    assertEquals("8104385", avail.availId());
    assertEquals("8104385", ad.adId());
    assertEquals("PT15.1S", ad.duration());
    assertEquals(15.1, ad.durationInSeconds());
    assertEquals("PT17.817798S", ad.startTime());
    List<TrackingJson.TrackingEvent> ev = ad.trackingEvents();
    assertEquals(
        List.of("impression", "start", "firstQuartile", "midpoint", "thirdQuartile", "complete"),
        ev.stream().map(TrackingJson.TrackingEvent::eventType).toList());
    // reference §7.3: eventIds 8104385, 8104385, 8104386, 8104387, 8104388, 8104390
    assertEquals(
        List.of("8104385", "8104385", "8104386", "8104387", "8104388", "8104390"),
        ev.stream().map(TrackingJson.TrackingEvent::eventId).toList());
    assertEquals(
        List.of(17.817, 17.817, 21.592, 25.367, 29.142, 32.917),
        ev.stream().map(TrackingJson.TrackingEvent::startTimeInSeconds).toList());
    assertEquals("PT15.1S", ev.get(0).duration());
    assertEquals(15.1, ev.get(0).durationInSeconds());
    assertEquals("PT0S", ev.get(1).duration());
    assertEquals(0.0, ev.get(1).durationInSeconds());
    assertEquals(
        List.of("http://exampleadserver.com/tracking?event=midpoint"), ev.get(3).beaconUrls());
    assertNull(r.nextToken());
  }

  @Test
  void build_richHlsTimeline_matchesGoldenAndSchema() throws IOException {
    String json = TrackingJsonWriter.toPrettyString(TrackingJsonBuilder.build(rich()));
    Set<ValidationMessage> errors = SchemaValidation.validate(json);
    assertTrue(errors.isEmpty(), errors.toString());
    String expected;
    try (InputStream in = SchemaValidation.resource("hls-rich.expected.json")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IllegalStateException e) {
      expected = "";
    }
    if (!expected.strip().equals(json.strip())) {
      Path out = Path.of("target", "hls-rich.actual.json");
      Files.writeString(out, json);
      assertEquals(expected.strip(), json.strip(), "actual written to " + out.toAbsolutePath());
    }
  }

  @Test
  void build_dashLive_periodIdsAndAvailabilityStart() throws IOException {
    TrackedAd ad =
        new TrackedAd(
            "b/0",
            List.of(s("10"), s("5")),
            Timelines.classicBeacons("https://ads.test/d"),
            List.of(),
            AdContext.NONE);
    TrackingTimeline t =
        new TrackingTimeline(
            TrackingTimeline.TimeBase.DASH_LIVE,
            Instant.parse("2023-02-10T19:00:00Z"),
            null,
            List.of(
                new TrackingTimeline.Avail(
                    "content-7",
                    s("1200"),
                    s("15"),
                    s("15"),
                    null,
                    List.of(
                        new TrackingTimeline.PlacedAd(
                            ad,
                            s("1200"),
                            null,
                            new TrackingTimeline.Position.DashPeriod("content-7_ad-0"),
                            TrackingTimeline.Metadata.NONE)),
                    List.of(),
                    List.of(),
                    false)));
    TrackingJson.Response r = TrackingJsonBuilder.build(t);
    assertEquals("2023-02-10T19:00:00.000Z", r.dashAvailabilityStartTime());
    assertNull(r.hlsAnchorMediaSequenceNumber());
    TrackingJson.Ad a = r.avails().get(0).ads().get(0);
    assertEquals("content-7_ad-0", a.adId());
    assertTrue(a.trackingEvents().stream().allMatch(e -> e.eventId().equals("content-7_ad-0")));
    assertEquals("PT20M", a.startTime());
    assertEquals("PT15S", r.avails().get(0).adMarkerDuration());
    assertEquals(1211.25, a.trackingEvents().get(4).startTimeInSeconds());
    Set<ValidationMessage> errors =
        SchemaValidation.validate(
            new String(TrackingJsonWriter.toBytes(r), StandardCharsets.UTF_8));
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @Test
  void build_vmapNonLinearBreak_goesUnderNonLinearAvails() {
    TrackingTimeline rich = rich();
    TrackingJson.Response r = TrackingJsonBuilder.build(rich);
    assertEquals(2, r.avails().size());
    assertEquals(1, r.nonLinearAvails().size());
    assertTrue(r.nonLinearAvails().get(0).ads().isEmpty());
  }

  @Test
  void schema_documentedExamples_valid() throws IOException {
    for (String doc :
        List.of("mediatailor-doc-player-controls.json", "mediatailor-doc-overlay.json")) {
      Set<ValidationMessage> errors = SchemaValidation.validateResource(doc);
      assertTrue(errors.isEmpty(), doc + ": " + errors);
    }
  }

  @Test
  void schema_wrongFieldNameOrType_rejected() throws IOException {
    String good = TrackingJsonWriter.toPrettyString(TrackingJsonBuilder.build(Timelines.classic()));
    assertTrue(SchemaValidation.validate(good).isEmpty());
    assertFalse(SchemaValidation.validate(good.replace("\"adId\"", "\"adID\"")).isEmpty());
    assertFalse(
        SchemaValidation.validate(
                good.replace("\"durationInSeconds\" : 15.1", "\"durationInSeconds\" : \"15.1\""))
            .isEmpty());
    assertFalse(SchemaValidation.validate(good.replace("\"PT0S\"", "\"0\"")).isEmpty());
  }

  /** HLS with PDT: two ads with metadata, VMAP break events, progress, and an overlay break. */
  static TrackingTimeline rich() {
    Instant pdt = Instant.parse("2023-07-31T16:11:30.750Z");
    List<Beacon> beacons = new ArrayList<>(Timelines.classicBeacons("https://ads.test/a1"));
    beacons.add(Beacon.of("impression", "https://other.test/imp?cb=[CACHEBUSTING]"));
    beacons.add(Beacon.progress("00:00:05", "https://ads.test/a1?event=progress5"));
    beacons.add(Beacon.of("clickTracking", "https://ads.test/a1?event=click"));
    beacons.add(Beacon.of("pause", "https://ads.test/a1?event=pause"));
    TrackedAd ad1 =
        new TrackedAd(
            "b0/0",
            List.of(s("6.006"), s("6.006"), s("3.003")),
            beacons,
            List.of(),
            AdContext.NONE);
    TrackingTimeline.Metadata meta =
        new TrackingTimeline.Metadata(
            "Splicer Demo ADS",
            "AD-skiing-15",
            "creative-1",
            "1",
            "vast-ad-1",
            "00:00:05",
            "",
            List.of(
                new CreativeJson.CompanionAd(
                    null,
                    "alt",
                    new CreativeJson.CompanionAttributes(
                        null, null, null, null, null, null, "250", "c1", null, null, "300"),
                    "https://adv.test/landing",
                    "https://ads.test/companion-click",
                    null,
                    null,
                    "1",
                    "https://cdn.test/companion.png",
                    List.of(new CreativeJson.UriEvent("creativeView", "https://ads.test/cv")))),
            List.of(
                new CreativeJson.Icon(
                    new CreativeJson.IconAttributes(
                        null,
                        "00:00:10",
                        "20",
                        "00:00:01",
                        "AdChoices",
                        null,
                        "20",
                        "right",
                        "top"),
                    null,
                    new CreativeJson.IconClicks(
                        "https://adchoices.test/",
                        new CreativeJson.IconClickTracking("ict-1"),
                        List.of()),
                    "https://ads.test/icon-view",
                    null,
                    new CreativeJson.StaticResource("image/png", "https://cdn.test/icon.png"))),
            List.of(
                new CreativeJson.AdVerification(
                    List.of(),
                    List.of(
                        new CreativeJson.JavaScriptResource(
                            "omid", "true", "https://verify.test/v.js")),
                    List.of(
                        new CreativeJson.UriEvent(
                            "verificationNotExecuted", "https://verify.test/ne?r=[REASON]")),
                    "vendor1",
                    "params")),
            List.of(new CreativeJson.Extension("waterfall", "<Waterfall/>")),
            new CreativeJson.MediaFiles(
                List.of(
                    new CreativeJson.MediaFile(
                        null,
                        "2000",
                        "progressive",
                        "720",
                        "true",
                        "https://cdn.test/ad1.mp4",
                        "video/mp4",
                        "true",
                        "1280")),
                "https://cdn.test/ad1-mezz.mov"));
    TrackingTimeline.PlacedAd p1 =
        new TrackingTimeline.PlacedAd(
            ad1, s("9.943"), pdt, new TrackingTimeline.Position.HlsSequence(2697726), meta);
    TrackingTimeline.PlacedAd p2 = Timelines.hlsAd("b0/1", "24.958", 2697729, 5);
    TrackingTimeline.Avail first =
        new TrackingTimeline.Avail(
            "2697726",
            s("9.943"),
            s("25.015"),
            s("30"),
            pdt,
            List.of(p1, p2),
            List.of(
                Beacon.of("breakStart", "https://ads.test/break?e=start"),
                Beacon.of("breakEnd", "https://ads.test/break?e=end")),
            List.of(),
            false);
    TrackingTimeline.Avail second =
        Timelines.avail(
            "2697760",
            "204.1",
            "10",
            Instant.parse("2023-07-31T16:14:44.907Z"),
            List.of(Timelines.hlsAd("b1/0", "204.1", 2697760, 5)));
    CreativeJson.NonLinearAds overlay =
        new CreativeJson.NonLinearAds(
            null,
            List.of(
                new CreativeJson.NonLinearAd(
                    "",
                    null,
                    "2.0",
                    "2",
                    null,
                    null,
                    null,
                    null,
                    "",
                    "18",
                    "",
                    null,
                    0,
                    null,
                    null,
                    "360",
                    null,
                    null,
                    false,
                    null,
                    false,
                    "https://cdn.test/overlay001.json",
                    "text/js_ref",
                    "640")),
            List.of());
    TrackingTimeline.Avail nonLinear =
        new TrackingTimeline.Avail(
            "2697790", s("300"), s("0"), null, null, List.of(), List.of(), List.of(overlay), true);
    return new TrackingTimeline(
        TrackingTimeline.TimeBase.HLS, null, 2697721L, List.of(first, second, nonLinear));
  }
}
