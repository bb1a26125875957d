package io.splicer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.config.AdDecisionServerConfiguration.Compression;
import io.splicer.config.AdDecisionServerConfiguration.Method;
import io.splicer.config.AvailSuppression.FillPolicy;
import io.splicer.config.AvailSuppression.Mode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaybackConfigurationJsonTest {

  static byte[] resource(String name) throws IOException {
    try (InputStream in =
        PlaybackConfigurationJsonTest.class.getResourceAsStream("/config/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return in.readAllBytes();
    }
  }

  static List<String> errors(String json) {
    InvalidConfigurationException e =
        assertThrows(
            InvalidConfigurationException.class,
            () -> PlaybackConfigurationJson.read(json, "test"));
    return e.errors().stream().map(ConfigError::toString).toList();
  }

  @Test
  void read_mediaTailorAdsRequestExample_loadsWithUserGuideCompressionName() throws IOException {
    PlaybackConfiguration c =
        PlaybackConfigurationJson.read(resource("mediatailor-ads-request-configuration.json"), "");
    assertEquals("customerConfig", c.name());
    assertEquals("https://origin.example.com/", c.videoContentSourceUrl());
    AdDecisionServerConfiguration.HttpRequest r = c.adDecisionServerConfiguration().httpRequest();
    assertEquals(Method.POST, r.method());
    assertEquals(Compression.GZIP, r.compressRequest());
    assertEquals("{{session.accept_language}}", r.headers().get("Accept-Language"));
    assertTrue(r.body().startsWith("{\"id\": \"{{session.uuid}}\""));
  }

  @Test
  void read_mediaTailorAliasExample_acceptsVariablesInHosts() throws IOException {
    PlaybackConfiguration c =
        PlaybackConfigurationJson.read(resource("mediatailor-configuration-aliases.json"), "");
    assertEquals(4, c.configurationAliases().size());
    assertEquals("us-east-1", c.configurationAliases().get("player_params.region").get("iad"));
  }

  @Test
  void read_getPlaybackConfigurationOutput_ignoresReadOnlyFields() throws IOException {
    PlaybackConfiguration c =
        PlaybackConfigurationJson.read(resource("get-playback-configuration-output.json"), "");
    assertEquals("liveConfig", c.name());
    assertEquals(Mode.AFTER_LIVE_EDGE, c.availSuppression().mode());
    assertEquals(FillPolicy.PARTIAL_AVAIL, c.availSuppression().fillPolicy());
    assertEquals(2500, c.adsRequestTimeoutMilliseconds());
    assertEquals(30, c.livePreRollConfiguration().maxDurationSeconds());
    assertFalse(c.adMarkerPassthroughEnabled());
    String written = PlaybackConfigurationJson.write(c);
    for (String readOnly :
        List.of("PlaybackConfigurationArn", "ManifestEndpointPrefix", "LogConfiguration")) {
      assertFalse(written.contains(readOnly), readOnly + " must not be written back");
    }
  }

  @Test
  void read_unknownFields_everyOneReportedWithItsPointer() {
    List<String> errors =
        errors(
            "{\"Name\":\"a\",\"VideoContentSourceUrl\":\"/o/\",\"Colour\":1,"
                + "\"Bumper\":{\"StartUrl\":\"/b.m3u8\",\"MiddleUrl\":\"x\"},"
                + "\"ManifestProcessingRules\":{\"AdMarkerPassthrough\":{\"Enabled\":true,\"X\":0}}}");
    assertEquals(3, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("/Colour: unknown field"), errors.get(0));
    assertTrue(errors.get(1).startsWith("/Bumper/MiddleUrl: unknown field"), errors.get(1));
    assertTrue(errors.get(1).contains("[EndUrl, StartUrl]"), errors.get(1));
    assertTrue(
        errors.get(2).startsWith("/ManifestProcessingRules/AdMarkerPassthrough/X: unknown field"));
  }

  @Test
  void read_wrongTypes_allReportedTogether() {
    List<String> errors =
        errors(
            "{\"Name\":7,\"VideoContentSourceUrl\":\"/o/\",\"PersonalizationThresholdSeconds\":1.5,"
                + "\"InsertionMode\":\"SOMETIMES\",\"Tags\":{\"a\":3},\"Bumper\":[],"
                + "\"AdsPersonalizationConcurrency\":{\"EnableVodVastParallelization\":\"yes\"}}");
    assertEquals(
        List.of(
            "/Name: must be a string [7]",
            "/PersonalizationThresholdSeconds: must be an integer [1.5]",
            "/InsertionMode: must be one of {PLAYER_SELECT, STITCHED_ONLY} [SOMETIMES]",
            "/Tags/a: must be a string [3]",
            "/Bumper: must be an object [[]]",
            "/AdsPersonalizationConcurrency/EnableVodVastParallelization: must be true or false"
                + " [yes]"),
        errors);
  }

  @Test
  void read_shapeAndSemanticProblems_reportedWithJsonPointers() {
    List<String> errors =
        errors(
            "{\"Name\":\"bad name\",\"VideoContentSourceUrl\":\"ftp://x/\","
                + "\"AdDecisionServerUrl\":\"ads.example.com\"}");
    assertEquals(3, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("/Name: may contain only"));
    assertTrue(errors.get(1).startsWith("/AdDecisionServerUrl: must be an http"));
    assertTrue(errors.get(2).startsWith("/VideoContentSourceUrl: must be http(s)://host/prefix/"));
  }

  @Test
  void read_missingName_isRequired() {
    assertEquals(List.of("/Name: is required"), errors("{\"VideoContentSourceUrl\":\"/o/\"}"));
  }

  @Test
  void read_notAnObjectOrNotJson_singleDocumentError() {
    assertEquals(List.of(": must be a JSON object [[1]]"), errors("[1]"));
    List<String> syntax = errors("{\"Name\": ");
    assertEquals(1, syntax.size());
    assertTrue(syntax.get(0).contains("not valid JSON"), syntax.get(0));
    assertTrue(syntax.get(0).contains("line 1"), syntax.get(0));
  }

  @Test
  void read_duplicateKey_rejected() {
    List<String> e = errors("{\"Name\":\"a\",\"Name\":\"b\",\"VideoContentSourceUrl\":\"/o/\"}");
    assertTrue(e.get(0).contains("Duplicate field 'Name'"), e.get(0));
  }

  @Test
  void read_pointerTokens_escapeSlashAndTilde() {
    List<String> e =
        errors("{\"Name\":\"a\",\"VideoContentSourceUrl\":\"/o/\",\"Tags\":{\"a/b~c\":1}}");
    assertEquals(List.of("/Tags/a~1b~0c: must be a string [1]"), e);
  }

  @Test
  void read_explicitNulls_meanNotSet() {
    PlaybackConfiguration c =
        PlaybackConfigurationJson.read(
            "{\"Name\":\"a\",\"VideoContentSourceUrl\":\"/o/\",\"SlateAdUrl\":null}", "");
    assertNull(c.slateAdUrl());
  }

  @Test
  void write_fullConfiguration_matchesGoldenAndRoundTrips() throws IOException {
    PlaybackConfiguration full =
        PlaybackConfiguration.builder("full")
            .adDecisionServerUrl("http://127.0.0.1:8080/ads?d=[session.avail_duration_secs]")
            .videoContentSourceUrl("context:/origin/vod/")
            .slateAdUrl("/slate/index.m3u8")
            .personalizationThresholdSeconds(0)
            .cdnConfiguration(new CdnConfiguration("https://cdn.example.com/ads", null))
            .dashConfiguration(new DashConfiguration(DashConfiguration.MpdLocation.DISABLED, null))
            .hlsConfiguration(new HlsConfiguration())
            .bumper(new Bumper("/bumpers/start.m3u8", null))
            .manifestProcessingRules(
                new ManifestProcessingRules(new ManifestProcessingRules.AdMarkerPassthrough(true)))
            .tags(Map.of("z", "last", "a", "first"))
            .build();
    String written = PlaybackConfigurationJson.write(full);
    assertEquals(new String(resource("full.expected.json"), "UTF-8"), written);
    assertEquals(full, PlaybackConfigurationJson.read(written, ""));
  }

  @Test
  void toTree_fullConfiguration_hasPascalCaseNames() {
    PlaybackConfiguration c =
        PlaybackConfiguration.builder("t").videoContentSourceUrl("/o/").build();
    assertEquals("t", PlaybackConfigurationJson.toTree(c).get("Name").textValue());
    assertEquals(2, PlaybackConfigurationJson.toTree(c).size());
  }
}
