package io.splicer.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import io.splicer.scte35.Scte35Decoder;
import io.splicer.scte35.Scte35Mode;
import io.splicer.scte35.Scte35Variables;
import io.splicer.scte35.SpliceInfoSection;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Dynamic-variable expansion (reference §1.3, §1.4), one test per variable family. */
class UrlTemplateTest {

  static final SessionVariables VIEWER =
      new SessionVariables(
          "896976764",
          "e039fd39-09f0-46b2-aca9-9871cc116cde",
          "10.0.0.7",
          Optional.empty(),
          "Mozilla/5.0 (X11; Linux)",
          Optional.of("https://example.com/page?a=1"),
          Optional.of("en-GB,en;q=0.8"));

  private static String expand(String template, AdsVariables vars) {
    UrlTemplate.Expansion e = UrlTemplate.parse(template).expand(vars);
    return e.uri().map(URI::toString).orElse("INVALID " + e.problem().orElse(""));
  }

  @Test
  void expand_sessionFamily_allValuesEncodedForQuery() {
    AdsVariables vars = AdsVariables.builder().session(VIEWER).build();
    assertEquals(
        "https://ads.example.com/v?sid=896976764&uuid=e039fd39-09f0-46b2-aca9-9871cc116cde"
            + "&ip=10.0.0.7&ua=Mozilla/5.0%20(X11%3B%20Linux)"
            + "&ref=https://example.com/page%3Fa%3D1&lang=en-GB,en%3Bq%3D0.8",
        expand(
            "https://ads.example.com/v?sid=[session.id]&uuid=[session.uuid]&ip=[session.client_ip]"
                + "&ua=[session.user_agent]&ref=[session.referer]&lang=[session.accept_language]",
            vars));
  }

  @Test
  void expand_sessionClientIp_forwardedForWins() {
    SessionVariables behindCdn =
        new SessionVariables(
            "1",
            "u",
            "10.0.0.7",
            Optional.of("203.0.113.9"),
            "ua",
            Optional.empty(),
            Optional.empty());
    AdsVariables vars = AdsVariables.builder().session(behindCdn).build();
    assertEquals(
        "http://ads.example.com/?ip=203.0.113.9&ref=",
        expand("http://ads.example.com/?ip=[session.client_ip]&ref=[session.referer]", vars));
  }

  @Test
  void expand_availFamily_indexRandomDurationAndEpoch() {
    AdsVariables vars =
        AdsVariables.builder()
            .avail(
                new AvailVariables(
                    3,
                    Optional.of(MediaTime.parseSeconds("30.03")),
                    false,
                    Optional.of(1675977613276L)))
            .random(() -> 1234567890L)
            .build();
    assertEquals(
        "http://ads.example.com/?i=3&r=1234567890&ms=30030&s=30&t=1675977613276",
        expand(
            "http://ads.example.com/?i=[avail.index]&r=[avail.random]"
                + "&ms=[session.avail_duration_ms]&s=[session.avail_duration_secs]"
                + "&t=[avail.source_content_time_epoch_ms]",
            vars));
  }

  @Test
  void expand_availDurationMissingOrZero_defaults300000() {
    String t = "http://a.example/?ms=[session.avail_duration_ms]&s=[session.avail_duration_secs]";
    for (Optional<MediaTime> d :
        List.of(Optional.<MediaTime>empty(), Optional.of(MediaTime.ZERO))) {
      AdsVariables vars = AdsVariables.builder().avail(AvailVariables.of(0, d)).build();
      assertEquals("http://a.example/?ms=300000&s=300", expand(t, vars));
    }
  }

  @Test
  void expand_vodPrerollWithoutDuration_noValueNotEvenDefault() {
    AdsVariables vars =
        AdsVariables.builder()
            .avail(new AvailVariables(0, Optional.empty(), true, Optional.empty()))
            .build();
    UrlTemplate.Expansion e =
        UrlTemplate.parse("http://a.example/?ms=[session.avail_duration_ms]").expand(vars);
    assertEquals("http://a.example/?ms=", e.text());
    assertEquals(List.of(), e.unresolved());
  }

  @Test
  void expand_availRandom_drawnOncePerExpansionAndWithinRange() {
    AdsVariables vars = AdsVariables.builder().build();
    UrlTemplate t = UrlTemplate.parse("http://a.example/?r=[avail.random]&again=[avail.random]");
    for (int i = 0; i < 50; i++) {
      URI uri = t.expand(vars).uri().orElseThrow();
      String[] q = uri.getRawQuery().split("&");
      String r = q[0].substring(2);
      assertEquals("again=" + r, q[1]);
      long value = Long.parseLong(r);
      assertTrue(value >= 0 && value <= 10_000_000_000L, r);
    }
  }

  @Test
  void expand_scteFamily_fromDecoderMap() {
    AdsVariables vars =
        AdsVariables.builder()
            .scte(
                Map.of(
                    "scte.event_id", "1207959694",
                    "segmentation_upid.private_data.1", "2313321/5",
                    "scte.segmentation_upid.assetId", "my program"))
            .build();
    assertEquals(
        "http://a.example/p/1207959694?pd=2313321/5&asset=my%20program",
        expand(
            "http://a.example/p/[scte.event_id]?pd=[scte.segmentation_upid.private_data.1]"
                + "&asset=[scte.segmentation_upid.assetId]",
            vars));
  }

  @Test
  void expand_scteFamily_fromDecodedSpliceInsert() {
    // Reference §3.4 vector: splice_insert, splice_event_id 0x6F0 (1776), avail 1 of 1.
    SpliceInfoSection section =
        Scte35Decoder.decodeText(
                "/DAlAAAAAsvhAP/wFAXwAAAGf+/+AdLfiP4AG3dAAAEBAQAAXytxmQ==", Scte35Mode.LENIENT)
            .section()
            .orElseThrow();
    String expectedEventId = Scte35Variables.of(section).get("scte.event_id");
    AdsVariables vars = AdsVariables.builder().scte(section).build();
    UrlTemplate.Expansion e =
        UrlTemplate.parse("http://a.example/?e=[scte.event_id]&n=[scte.avail_num]").expand(vars);
    assertEquals(List.of(), e.unresolved());
    assertTrue(!expectedEventId.isEmpty());
    assertEquals(
        "http://a.example/?e="
            + expectedEventId
            + "&n="
            + Scte35Variables.of(section).get("scte.avail_num"),
        e.text());
  }

  @Test
  void expand_assetFamily_passedThroughStillEncoded() {
    // Reference §3 EXT-X-ASSET vector: values arrive URL-encoded and are sent as they are.
    AdsVariables vars =
        AdsVariables.builder()
            .asset(
                Map.of(
                    "CAID", "12345678",
                    "EPISODE", "Episode%20Name%20Date",
                    "SERIES", "Series%2520Name"))
            .build();
    assertEquals(
        "http://a.example/?caid=12345678&ep=Episode%20Name%20Date&s=Series%2520Name",
        expand("http://a.example/?caid=[asset.CAID]&ep=[asset.EPISODE]&s=[asset.SERIES]", vars));
  }

  @Test
  void expand_playerParamsFromQuery_decodedOnceCaseInsensitive() {
    PlayerParams params =
        PlayerParams.fromQuery("ads.param1=value1%3A&other=x&ads.Deal=a%26b&ads.twice=v%253A");
    AdsVariables vars = AdsVariables.builder().playerParams(params).build();
    // variables-player: ?ads.param1=value1%3A → the ADS gets param1=value1:
    assertEquals(
        "http://a.example/?param1=value1:&deal=a%26b&twice=v%3A&other=",
        expand(
            "http://a.example/?param1=[player_params.param1]&deal=[player_params.deal]"
                + "&twice=[player_params.twice]&other=[player_params.other]",
            vars));
  }

  @Test
  void expand_playerParamsFromJson_usedAsIs() {
    AdsVariables vars =
        AdsVariables.builder()
            .playerParams(PlayerParams.fromJson(Map.of("genre", "drama comedy", "x", "a%3Ab")))
            .build();
    assertEquals(
        "http://a.example/drama%20comedy?x=a%3Ab",
        expand("http://a.example/[player_params.genre]?x=[player_params.x]", vars));
  }

  @Test
  void expand_concatenatedAndAsQueryKey_supported() {
    AdsVariables vars =
        AdsVariables.builder()
            .session(VIEWER)
            .playerParams(PlayerParams.fromJson(Map.of("key1", "k", "value1", "v")))
            .build();
    assertEquals(
        "http://a.example/?k=v896976764",
        expand("http://a.example/?[player_params.key1]=[player_params.value1][session.id]", vars));
  }

  static Stream<Arguments> hostileValues() {
    return Stream.of(
        Arguments.of("x&admin=1"),
        Arguments.of("a/b/../../c"),
        Arguments.of("#fragment"),
        Arguments.of("@evil.example"),
        Arguments.of("user@evil.example:80/x?y=1&z=2#w"),
        Arguments.of("%26injected%3D1"),
        Arguments.of("a b\r\nHost: evil"),
        Arguments.of("évil=ü;x"));
  }

  @ParameterizedTest(name = "[{0}]")
  @MethodSource("hostileValues")
  void expand_hostileViewerValue_cannotChangeHostOrAddParameters(String value) {
    AdsVariables vars =
        AdsVariables.builder().playerParams(PlayerParams.fromJson(Map.of("v", value))).build();
    for (String template :
        List.of(
            "https://ads.example.com/[player_params.v]/vast?a=1&b=2",
            "https://ads.example.com/vast?a=[player_params.v]&b=2",
            "https://ads.example.com/vast?[player_params.v]=1&b=2",
            "https://ads.example.com/vast?a=1&b=2#[player_params.v]")) {
      URI uri = UrlTemplate.parse(template).expand(vars).uri().orElseThrow();
      String why = template + " → " + uri;
      assertEquals("ads.example.com", uri.getHost(), why);
      assertEquals(-1, uri.getPort(), why);
      assertNull(uri.getRawUserInfo(), why);
      assertEquals(2, uri.getRawQuery().split("&").length, why);
      int templateSlashes = template.startsWith("https://ads.example.com/[") ? 2 : 1;
      assertEquals(templateSlashes, uri.getRawPath().chars().filter(c -> c == '/').count(), why);
      assertEquals(template.contains("#"), uri.getRawFragment() != null, why);
    }
  }

  @Test
  void expand_viewerValueInHost_refusedAsUnresolved() {
    AdsVariables vars =
        AdsVariables.builder()
            .playerParams(PlayerParams.fromJson(Map.of("sub", "evil.example#")))
            .build();
    UrlTemplate.Expansion e =
        UrlTemplate.parse("https://ads[player_params.sub].example.com/vast").expand(vars);
    assertEquals(List.of("player_params.sub"), e.unresolved());
    assertEquals("ads.example.com", e.uri().orElseThrow().getHost());
  }

  @Test
  void expand_unresolvedVariables_emptyAndListed() {
    UrlTemplate.Expansion e =
        UrlTemplate.parse("http://a.example/?x=[player_params.missing]&y=[foo.bar]&z=1")
            .expand(AdsVariables.builder().build());
    assertEquals("http://a.example/?x=&y=&z=1", e.text());
    assertEquals(List.of("player_params.missing", "foo.bar"), e.unresolved());
  }

  @Test
  void expand_ipv6LiteralHost_keptAsText() {
    UrlTemplate t = UrlTemplate.parse("http://[::1]:8080/vast?id=[session.id]");
    assertEquals(List.of("session.id"), t.variableNames());
    URI uri = t.expand(AdsVariables.builder().session(VIEWER).build()).uri().orElseThrow();
    assertEquals("[::1]", uri.getHost());
    assertEquals("id=896976764", uri.getRawQuery());
  }

  @Test
  void expand_notHttp_problemNotException() {
    UrlTemplate.Expansion e =
        UrlTemplate.parse("file:///etc/passwd?[session.id]").expand(AdsVariables.builder().build());
    assertTrue(e.uri().isEmpty());
    assertTrue(e.problem().orElseThrow().contains("[file:///etc/passwd?]"), e.problem().get());
  }
}
