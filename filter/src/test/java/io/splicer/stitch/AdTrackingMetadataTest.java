package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.splicer.core.MediaTime;
import io.splicer.tracking.json.CreativeJson;
import io.splicer.tracking.json.SchemaValidation;
import io.splicer.tracking.json.TrackingJsonBuilder;
import io.splicer.tracking.json.TrackingJsonWriter;
import io.splicer.tracking.json.TrackingTimeline;
import io.splicer.vast.Companion;
import io.splicer.vast.Icon;
import io.splicer.vast.ResolvedAd;
import io.splicer.vast.VastExtension;
import io.splicer.vast.VastResolution;
import io.splicer.vast.Verification;
import io.splicer.vast.WrapperLimits;
import io.splicer.vast.WrapperResolver;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Creative metadata kept with a decision and written into the tracking JSON (reference §7.3 "Ad
 * fields"), from the corpus's richest VAST (vast-client-js sample.xml: companions, an icon, OMID
 * verifications, extensions, a NonLinear), compared field by field with the VAST source.
 */
class AdTrackingMetadataTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static ResolvedAd resolve(byte[] vast) throws Exception {
    VastResolution r =
        new WrapperResolver(
                uri -> CompletableFuture.failedFuture(new IOException("offline")),
                WrapperLimits.defaults())
            .resolve(vast, URI.create("http://ads.test/"))
            .get();
    return r.ads().get(0);
  }

  static byte[] corpus(String path) throws IOException {
    try (InputStream in = AdTrackingMetadataTest.class.getResourceAsStream("/corpus/" + path)) {
      return in.readAllBytes();
    }
  }

  private static JsonNode json(AdTracking t) throws Exception {
    TrackingTimeline.PlacedAd placed =
        new TrackingTimeline.PlacedAd(
            t.toTrackedAd("vod0/0", List.of(MediaTime.ofSeconds(30)), null),
            MediaTime.ZERO,
            null,
            new TrackingTimeline.Position.HlsSequence(0),
            t.metadata());
    List<CreativeJson.NonLinearAds> overlays =
        List.of(
            CreativeJson.NonLinearAds.of(
                t.nonLinearAds(), t.nonLinearBeacons(), MediaTime.ZERO, "0"));
    TrackingTimeline timeline =
        new TrackingTimeline(
            TrackingTimeline.TimeBase.HLS,
            null,
            0L,
            List.of(
                new TrackingTimeline.Avail(
                    "0",
                    MediaTime.ZERO,
                    MediaTime.ofSeconds(30),
                    null,
                    null,
                    List.of(placed),
                    List.of(),
                    overlays,
                    false)));
    String text = TrackingJsonWriter.toPrettyString(TrackingJsonBuilder.build(timeline));
    assertEquals(Collections.emptySet(), SchemaValidation.validate(text), text);
    return MAPPER.readTree(text);
  }

  @Test
  void of_sampleVast_companionsMatchTheVastSourceFieldByField() throws Exception {
    ResolvedAd ad = resolve(corpus("vast/vast-client-js/sample.xml"));
    JsonNode companions = json(AdTracking.of(ad, "u")).at("/avails/0/ads/0/companionAds");
    assertEquals(3, ad.companions().size());
    assertEquals(ad.companions().size(), companions.size());
    for (int i = 0; i < ad.companions().size(); i++) {
      Companion c = ad.companions().get(i);
      JsonNode j = companions.get(i);
      assertEquals(String.valueOf(c.width()), j.at("/attributes/width").asText());
      assertEquals(String.valueOf(c.height()), j.at("/attributes/height").asText());
      assertEquals(c.clickThrough(), j.get("companionClickThrough").asText(), "companion " + i);
      assertEquals(c.altText(), j.get("altText").textValue());
    }
    Companion first = ad.companions().get(0);
    JsonNode j = companions.get(0);
    assertEquals(first.resources().get(0).value(), j.get("staticResource").asText());
    assertEquals(first.clickTracking().get(0), j.get("companionClickTracking").asText());
    assertEquals(first.trackingEvents().get(0).event(), j.at("/trackingEvents/0/event").asText());
    assertEquals("creativeView", j.at("/trackingEvents/0/event").asText());
    assertEquals(first.trackingEvents().get(0).uri(), j.at("/trackingEvents/0/uri").asText());
    assertEquals(
        ad.companions().get(1).resources().get(0).value(),
        companions.get(1).get("iFrameResource").asText());
    assertTrue(companions.get(2).get("htmlResource").asText().contains("Some call to action"));
  }

  @Test
  void of_sampleVast_iconVerificationsAndExtensionsMatchTheSource() throws Exception {
    ResolvedAd ad = resolve(corpus("vast/vast-client-js/sample.xml"));
    JsonNode a = json(AdTracking.of(ad, "u")).at("/avails/0/ads/0");
    Icon icon = ad.icons().get(0);
    JsonNode i = a.at("/icons/0");
    assertEquals(icon.program(), i.at("/attributes/program").asText());
    assertEquals(icon.xPosition(), i.at("/attributes/xPosition").asText());
    assertEquals(icon.yPosition(), i.at("/attributes/yPosition").asText());
    assertEquals(icon.pxratio(), i.at("/attributes/pxratio").asText());
    assertEquals("00:01:30.000", i.at("/attributes/duration").asText());
    assertEquals("00:00:15.000", i.at("/attributes/offset").asText());
    assertEquals(icon.resources().get(0).value(), i.at("/staticResource/uri").asText());
    assertEquals(
        icon.resources().get(0).creativeType(), i.at("/staticResource/creativeType").asText());
    assertEquals(icon.viewTracking().get(0), i.get("iconViewTracking").asText());
    assertEquals(icon.clickThrough(), i.at("/iconClicks/iconClickThrough").asText());

    assertEquals(ad.verifications().size(), a.get("adVerifications").size());
    for (int k = 0; k < ad.verifications().size(); k++) {
      Verification v = ad.verifications().get(k);
      JsonNode j = a.at("/adVerifications/" + k);
      assertEquals(v.vendor(), j.get("vendor").asText());
      assertEquals(v.resources().get(0).value(), j.at("/javaScriptResource/0/uri").asText());
      assertEquals(
          v.resources().get(0).browserOptional(),
          j.at("/javaScriptResource/0/browserOptional").asText());
      assertEquals(v.parameters(), j.get("verificationParameters").textValue());
    }
    assertEquals("true", a.at("/adVerifications/0/javaScriptResource/0/browserOptional").asText());

    assertEquals(ad.extensions().size(), a.get("extensions").size());
    for (int k = 0; k < ad.extensions().size(); k++) {
      VastExtension e = VastExtension.of(ad.extensions().get(k));
      assertEquals(e.type(), a.at("/extensions/" + k + "/type").textValue());
      assertEquals(e.content(), a.at("/extensions/" + k + "/content").asText());
    }
    assertEquals("Pricing", a.at("/extensions/0/type").asText());
    assertTrue(a.at("/extensions/0/content").asText().contains("<Price model=\"CPM\""));
    assertTrue(a.at("/extensions/2/type").isNull(), "an Extension without type");
  }

  @Test
  void of_sampleVast_nonLinearGoesToTheAvailsNonLinearAdsList() throws Exception {
    ResolvedAd ad = resolve(corpus("vast/vast-client-js/sample.xml"));
    JsonNode n = json(AdTracking.of(ad, "u")).at("/avails/0/nonLinearAdsList/0");
    JsonNode o = n.at("/nonLinearAdList/0");
    assertEquals("http://example.com/nonlinear-static-resource", o.get("staticResource").asText());
    assertEquals("image/jpeg", o.get("staticResourceCreativeType").asText());
    assertEquals("300", o.get("width").asText());
    assertEquals("600", o.get("expandedWidth").asText());
    assertTrue(o.get("maintainAspectRatio").asBoolean());
    assertEquals(false, o.get("scalable").asBoolean());
    assertEquals("00:01:40", o.get("minSuggestedDuration").asText());
    assertEquals("http://example.com/nonlinear-clickthrough", o.get("clickThrough").asText());
    assertEquals("ad_id_0001", o.get("adId").asText());
    assertEquals(6, n.get("trackingEvents").size());
    assertEquals("midpoint", n.at("/trackingEvents/0/eventType").asText());
  }

  @Test
  void of_vast3ExtensionAdVerifications_becomeAdVerifications() throws Exception {
    String vast =
        "<VAST version=\"3.0\"><Ad id=\"v3\"><InLine><AdSystem>s</AdSystem><AdTitle>t</AdTitle>"
            + "<Impression>http://i.test/i</Impression><Creatives><Creative><Linear>"
            + "<Duration>00:00:10</Duration><MediaFiles><MediaFile delivery=\"progressive\" "
            + "type=\"video/mp4\" width=\"640\" height=\"360\">http://m.test/a.mp4</MediaFile>"
            + "</MediaFiles></Linear></Creative></Creatives><Extensions>"
            + "<Extension type=\"AdVerifications\"><AdVerifications>"
            + "<Verification vendor=\"iabtechlab.com-omid\"><JavaScriptResource "
            + "apiFramework=\"omid\" browserOptional=\"true\"><![CDATA[https://v.test/omid.js]]>"
            + "</JavaScriptResource><TrackingEvents><Tracking event=\"verificationNotExecuted\">"
            + "<![CDATA[https://v.test/ne?r=[REASON]]]></Tracking></TrackingEvents>"
            + "<VerificationParameters><![CDATA[{\"k\":1}]]></VerificationParameters>"
            + "</Verification></AdVerifications></Extension></Extensions></InLine></Ad></VAST>";
    ResolvedAd ad = resolve(vast.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, ad.verifications().size());
    JsonNode v = json(AdTracking.of(ad, "u")).at("/avails/0/ads/0/adVerifications/0");
    assertEquals("iabtechlab.com-omid", v.get("vendor").asText());
    assertEquals("https://v.test/omid.js", v.at("/javaScriptResource/0/uri").asText());
    assertEquals("omid", v.at("/javaScriptResource/0/apiFramework").asText());
    assertEquals("verificationNotExecuted", v.at("/trackingEvents/0/event").asText());
    assertEquals("https://v.test/ne?r=[REASON]", v.at("/trackingEvents/0/uri").asText());
    assertEquals("{\"k\":1}", v.get("verificationParameters").asText());
  }

  @Test
  void of_oversizedMetadata_isCappedInCountAndLength() throws Exception {
    StringBuilder companions = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      companions
          .append("<Companion width=\"1\" height=\"1\"><StaticResource creativeType=\"image/png\">")
          .append(i == 0 ? "http://c.test/" + "x".repeat(5000) : "http://c.test/" + i)
          .append("</StaticResource><HTMLResource><![CDATA[")
          .append(i == 1 ? "y".repeat(10_000) : "<b>" + i + "</b>")
          .append("]]></HTMLResource></Companion>");
    }
    String vast =
        "<VAST version=\"4.1\"><Ad id=\"big\"><InLine><AdSystem>s</AdSystem><AdTitle>t</AdTitle>"
            + "<Impression>http://i.test/i</Impression><Creatives><Creative><Linear>"
            + "<Duration>00:00:10</Duration><MediaFiles><MediaFile delivery=\"progressive\" "
            + "type=\"video/mp4\" width=\"640\" height=\"360\">http://m.test/a.mp4</MediaFile>"
            + "</MediaFiles></Linear></Creative><Creative><CompanionAds>"
            + companions
            + "</CompanionAds></Creative></Creatives><Extensions><Extension type=\"big\">"
            + "z".repeat(9000)
            + "</Extension></Extensions></InLine></Ad></VAST>";
    AdTracking t = AdTracking.of(resolve(vast.getBytes(StandardCharsets.UTF_8)), "u");
    assertEquals(CreativeMetadata.MAX_ITEMS, t.companionAds().size());
    assertNull(t.companionAds().get(0).staticResource(), "a URL over the cap is dropped");
    assertNull(t.companionAds().get(1).htmlResource(), "markup over the cap is dropped");
    assertEquals("<b>2</b>", t.companionAds().get(2).htmlResource());
    assertEquals(CreativeMetadata.MAX_TEXT_CHARS, t.extensions().get(0).content().length());
  }
}
