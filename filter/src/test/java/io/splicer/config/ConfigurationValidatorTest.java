package io.splicer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.config.AdDecisionServerConfiguration.Compression;
import io.splicer.config.AdDecisionServerConfiguration.HttpRequest;
import io.splicer.config.AvailSuppression.FillPolicy;
import io.splicer.config.AvailSuppression.Mode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigurationValidatorTest {

  private static PlaybackConfiguration.Builder base() {
    return PlaybackConfiguration.builder("demo").videoContentSourceUrl("/origin/");
  }

  private static List<String> errors(PlaybackConfiguration c) {
    return ConfigurationValidator.validate(c).stream().map(ConfigError::toString).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/origin/",
        "https://10.0.0.7/vod/",
        "http://[::1]:8080/o/",
        "context:/origin/vod/",
        "context:/origin",
        "/origin/",
        "/"
      })
  void validate_originForms_accepted(String url) {
    assertEquals(List.of(), errors(base().videoContentSourceUrl(url).build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"origin/", "ftp://host/x/", "//host/x/", "context:origin/", "context://"})
  void validate_otherOriginForms_rejectedWithTheThreeForms(String url) {
    List<String> e = errors(base().videoContentSourceUrl(url).build());
    assertEquals(1, e.size(), e.toString());
    assertTrue(
        e.get(0).startsWith("/VideoContentSourceUrl: must be http(s)://host/prefix/"), e.get(0));
    assertTrue(e.get(0).endsWith("[" + url + "]"), e.get(0));
  }

  @Test
  void validate_sourceUrlLength_512AcceptedAnd513Rejected() {
    String ok = "/" + "a".repeat(511);
    assertEquals(List.of(), errors(base().videoContentSourceUrl(ok).build()));
    assertEquals(
        List.of("/VideoContentSourceUrl: must be at most 512 characters [513 characters]"),
        errors(base().videoContentSourceUrl(ok + "b").build()));
  }

  @Test
  void validate_adsUrlLength_25000AcceptedAnd25001Rejected() {
    String prefix = "http://ads.example.com/?q=";
    String ok = prefix + "x".repeat(25_000 - prefix.length());
    assertEquals(List.of(), errors(base().adDecisionServerUrl(ok).build()));
    assertEquals(
        List.of("/AdDecisionServerUrl: must be at most 25000 characters [25001 characters]"),
        errors(base().adDecisionServerUrl(ok + "y").build()));
  }

  @Test
  void validate_urlWithWhitespace_rejected() {
    assertEquals(
        List.of(
            "/AdDecisionServerUrl: must not contain whitespace or control characters"
                + " [http://a/ b]"),
        errors(base().adDecisionServerUrl("http://a/ b").build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "demo-1", "Under_score", "ABC123"})
  void validate_validNames_accepted(String name) {
    assertEquals(List.of(), errors(base().name(name).build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a b", "a/b", "..", "ü", "a.json", ""})
  void validate_invalidNames_rejected(String name) {
    List<String> e = errors(base().name(name).build());
    assertEquals(1, e.size());
    assertTrue(e.get(0).startsWith("/Name: "), e.get(0));
  }

  @Test
  void validate_nameLength_512AcceptedAnd513Rejected() {
    assertEquals(List.of(), errors(base().name("n".repeat(512)).build()));
    assertEquals(
        List.of("/Name: must be at most 512 characters [513]"),
        errors(base().name("n".repeat(513)).build()));
  }

  @Test
  void validate_manyProblems_allCollectedInFieldOrder() {
    PlaybackConfiguration c =
        PlaybackConfiguration.builder("x y")
            .adDecisionServerUrl("https:///nohost")
            .slateAdUrl("slate.mp4")
            .personalizationThresholdSeconds(-1)
            .bumper(new Bumper("http://ok/", "file:///etc/passwd"))
            .availSuppression(
                new AvailSuppression(Mode.BEHIND_LIVE_EDGE, null, FillPolicy.PARTIAL_AVAIL))
            .build();
    assertEquals(
        List.of(
            "/Name: may contain only letters, digits, '-' and '_' [x y]",
            "/AdDecisionServerUrl: has no valid host []",
            "/VideoContentSourceUrl: is required",
            "/SlateAdUrl: must be an http(s):// URL or a /path [slate.mp4]",
            "/PersonalizationThresholdSeconds: must be >= 0 [-1]",
            "/Bumper/EndUrl: must be an http(s):// URL or a /path [file:///etc/passwd]",
            "/AvailSuppression/Value: is required when Mode is BEHIND_LIVE_EDGE",
            "/AvailSuppression/FillPolicy: PARTIAL_AVAIL is not allowed with Mode"
                + " BEHIND_LIVE_EDGE"),
        errors(c));
  }

  @Test
  void validate_thresholdZero_accepted() {
    assertEquals(List.of(), errors(base().personalizationThresholdSeconds(0).build()));
  }

  @Test
  void validate_availSuppressionValue_mustBeHhMmSs() {
    assertEquals(
        List.of("/AvailSuppression/Value: must be HH:MM:SS [1:00]"),
        errors(
            base()
                .availSuppression(new AvailSuppression(Mode.AFTER_LIVE_EDGE, "1:00", null))
                .build()));
    assertEquals(
        List.of(),
        errors(
            base()
                .availSuppression(
                    new AvailSuppression(
                        Mode.AFTER_LIVE_EDGE, "00:01:30", FillPolicy.PARTIAL_AVAIL))
                .build()));
  }

  @Test
  void validate_hostVariableWithoutAlias_rejected() {
    List<String> e =
        errors(
            base().videoContentSourceUrl("https://[player_params.region].example.com/o/").build());
    assertEquals(
        List.of(
            "/VideoContentSourceUrl: variable [player_params.region] in the host must be a key of"
                + " /ConfigurationAliases"),
        e);
  }

  @Test
  void validate_aliasKeysAndEmptyAliasLists_rejected() {
    PlaybackConfiguration c =
        base()
            .configurationAliases(Map.of("region", Map.of("a", "b"), "player_params.x", Map.of()))
            .build();
    List<String> e = errors(c);
    assertEquals(2, e.size(), e.toString());
    assertTrue(
        e.contains("/ConfigurationAliases/region: key must be player_params.<name> [region]"));
    assertTrue(e.contains("/ConfigurationAliases/player_params.x: must list at least one alias"));
  }

  @Test
  void validate_bodyAndGzipWithoutPost_rejected() {
    HttpRequest get = new HttpRequest(null, Map.of("bad header", "v"), "{}", Compression.GZIP);
    List<String> e =
        errors(
            base()
                .adDecisionServerConfiguration(new AdDecisionServerConfiguration(get, null))
                .build());
    assertEquals(
        List.of(
            "/AdDecisionServerConfiguration/HttpRequest/Body: is allowed only with Method POST",
            "/AdDecisionServerConfiguration/HttpRequest/CompressRequest: GZIP is allowed only with"
                + " Method POST",
            "/AdDecisionServerConfiguration/HttpRequest/Headers/bad header: is not a valid header"
                + " name [bad header]"),
        e);
  }

  @Test
  void validate_timeoutsConcurrencyHooks_ranges() {
    PlaybackConfiguration c =
        base()
            .adsPersonalizationTimeouts(new AdsPersonalizationTimeouts(0, 60_001, null, null, 1))
            .adsPersonalizationConcurrency(new AdsPersonalizationConcurrency(0, null))
            .functionMapping(Map.of("POST_ROLL", "f"))
            .livePreRollConfiguration(new LivePreRollConfiguration("/local", 0, null))
            .build();
    assertEquals(
        List.of(
            "/LivePreRollConfiguration/AdDecisionServerUrl: must be an http:// or https:// URL"
                + " [/local]",
            "/LivePreRollConfiguration/MaxDurationSeconds: must be >= 1 [0]",
            "/AdsPersonalizationTimeouts/AdsRequestTimeoutMilliseconds: must be 1..60000 ms [0]",
            "/AdsPersonalizationTimeouts/LiveMaximumAdsPersonalizationTimeMilliseconds: must be"
                + " 1..60000 ms [60001]",
            "/AdsPersonalizationConcurrency/MaxConcurrentAdsRequests: must be >= 1 [0]",
            "/FunctionMapping/POST_ROLL: key must be one of [PRE_ADS_REQUEST,"
                + " PRE_SESSION_INITIALIZATION] [POST_ROLL]"),
        errors(c));
  }

  @Test
  void validate_adConditioningWithoutMode_required() {
    assertEquals(
        List.of("/AdConditioningConfiguration/StreamingMediaFileConditioning: is required"),
        errors(base().adConditioningConfiguration(new AdConditioningConfiguration(null)).build()));
  }
}
