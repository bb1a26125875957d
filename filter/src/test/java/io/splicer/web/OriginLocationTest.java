package io.splicer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginLocationTest {

  @Test
  void parse_http_addsTrailingSlash() {
    assertEquals(
        new OriginLocation.Http("https://cdn.example/vod/"),
        OriginLocation.parse("https://cdn.example/vod"));
  }

  @Test
  void parse_context_splitsContextAndPrefix() {
    assertEquals(
        new OriginLocation.CrossContext("/origin", "/media/hls/"),
        OriginLocation.parse("context:/origin/media/hls/"));
    assertEquals(
        new OriginLocation.CrossContext("/origin", "/"), OriginLocation.parse("context:/origin"));
  }

  @Test
  void parse_slashPrefix_isLocal() {
    assertEquals(new OriginLocation.Local("/corpus/"), OriginLocation.parse("/corpus"));
  }

  @Test
  void parse_unsupported_namesTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OriginLocation.parse("ftp://x/"));
    assertTrue(e.getMessage().contains("[ftp://x/]"));
    assertThrows(IllegalArgumentException.class, () -> OriginLocation.parse("http:///nohost"));
  }
}
