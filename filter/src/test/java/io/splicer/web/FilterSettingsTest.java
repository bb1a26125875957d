package io.splicer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterSettingsTest {

  @Test
  void parse_noInitParams_documentedDefaults() {
    FilterSettings s = FilterSettings.parse(name -> null);
    assertEquals(2L * 1024 * 1024, s.maxManifestBytes());
    assertEquals(Duration.ofSeconds(1), s.originConnectTimeout());
    assertEquals(Duration.ofSeconds(2), s.originTimeout());
    assertEquals(4, s.originThreads());
    assertNull(s.rewriterClass());
    assertNull(s.deploymentId());
  }

  @Test
  void parse_allInitParams_mapped() {
    Map<String, String> p =
        Map.of(
            "maxManifestBytes", "1000",
            "originConnectTimeoutMillis", "250",
            "originTimeoutMillis", " 750 ",
            "originThreads", "2",
            "rewriter", "a.B",
            "configDir", "/tmp/c",
            "deploymentId", "abc");
    FilterSettings s = FilterSettings.parse(p::get);
    assertEquals(1000, s.maxManifestBytes());
    assertEquals(Duration.ofMillis(250), s.originConnectTimeout());
    assertEquals(Duration.ofMillis(750), s.originTimeout());
    assertEquals(2, s.originThreads());
    assertEquals("a.B", s.rewriterClass());
    assertEquals(Path.of("/tmp/c"), s.configDir());
    assertEquals("abc", s.deploymentId());
  }

  @Test
  void parse_invalidNumber_namesParamAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FilterSettings.parse(Map.of("maxManifestBytes", "2MB")::get));
    assertTrue(e.getMessage().contains("maxManifestBytes"), e.getMessage());
    assertTrue(e.getMessage().contains("[2MB]"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> FilterSettings.parse(Map.of("originTimeoutMillis", "0")::get));
  }
}
