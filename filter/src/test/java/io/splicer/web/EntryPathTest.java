package io.splicer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntryPathTest {

  @Test
  void parse_multiSegmentAsset_keptEncoded() {
    assertEquals(
        Optional.of(new EntryPath("h1", "my-config", "show/ep%201/index.m3u8")),
        EntryPath.parse("h1/my-config/show/ep%201/index.m3u8"));
  }

  @Test
  void parse_missingParts_empty() {
    assertTrue(EntryPath.parse("h1/cfg").isEmpty());
    assertTrue(EntryPath.parse("h1//a.m3u8").isEmpty());
    assertTrue(EntryPath.parse("h1/cfg/").isEmpty());
  }

  @Test
  void parse_traversalInAnySpelling_rejected() {
    for (String bad :
        new String[] {
          "h/c/../WEB-INF/web.xml",
          "h/c/a/%2e%2e/b.m3u8",
          "h/c/a/%2E%2E/b.m3u8",
          "h/c/a%2fb.m3u8",
          "h/c/a%5cb.m3u8",
          "h/c/./a.m3u8",
          "h/c/a//b.m3u8",
          "h/c/%zz.m3u8"
        }) {
      assertTrue(EntryPath.parse(bad).isEmpty(), bad);
    }
  }

  @Test
  void originQuery_dropsAdsManifestAwsParameters_keepsOthersRaw() {
    assertEquals(
        "token=a%20b&x=1",
        EntryPath.originQuery("ads.u=1&token=a%20b&manifest.k=2&aws.sessionId=3&x=1"));
    assertNull(EntryPath.originQuery("ads.only=1"));
    assertNull(EntryPath.originQuery(null));
  }
}
