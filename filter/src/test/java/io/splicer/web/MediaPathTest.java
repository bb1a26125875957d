package io.splicer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MediaPathTest {

  /** The regular expression the hand-written parser replaces (the oracle). */
  private static final Pattern MEDIA =
      Pattern.compile("([^/]+)/([^/]+)/([0-9a-fA-F-]{36})/(\\d{1,6})\\.m3u8");

  private static final String ID = "0f8e4c2a-1b3d-4e5f-8a9b-0c1d2e3f4a5b";

  @Test
  void parse_validPath_givesItsParts() {
    MediaPath m = MediaPath.parse("/v1/manifest/h/my%20cfg/" + ID + "/12.m3u8", 13);

    assertEquals(new MediaPath("h", "my%20cfg", ID, 12), m);
  }

  @Test
  void parse_listedPaths_agreeWithRegex() {
    List<String> paths =
        List.of(
            "h/c/" + ID + "/0.m3u8",
            "h/c/" + ID + "/000123.m3u8",
            "h/c/" + ID + "/1234567.m3u8",
            "h/c/" + ID + "/.m3u8",
            "h/c/" + ID + "/1.m3u8x",
            "h/c/" + ID + "/1.M3U8",
            "h/c/" + ID + "/1m3u8",
            "h/c/" + ID + "/١.m3u8",
            "h/c/" + ID.toUpperCase(java.util.Locale.ROOT) + "/1.m3u8",
            "h/c/" + ID.replace('f', 'g') + "/1.m3u8",
            "h/c/" + "-".repeat(36) + "/1.m3u8",
            "h/c/" + ID + "0/1.m3u8",
            "h/c/" + ID.substring(1) + "/1.m3u8",
            "/c/" + ID + "/1.m3u8",
            "h//" + ID + "/1.m3u8",
            "h/c/d/" + ID + "/1.m3u8",
            "h/c/" + ID + "/1.m3u8/",
            "h/c/" + ID + "//1.m3u8",
            "h.x/c.y/" + ID + "/9.m3u8",
            "h\n/c/" + ID + "/9.m3u8",
            "",
            "h/c/" + ID);
    for (String p : paths) {
      assertAgrees(p);
    }
  }

  @Test
  void parse_mutatedPaths_agreeWithRegex() {
    Random random = new Random(7);
    String base = "h/c/" + ID + "/42.m3u8";
    String alphabet = "/.-09afAFgm3u8x\u0661";
    List<String> tried = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder(base);
      for (int k = random.nextInt(3); k >= 0; k--) {
        int at = random.nextInt(sb.length() + 1);
        char ch = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> sb.insert(at, ch);
          case 1 -> {
            if (at < sb.length()) {
              sb.deleteCharAt(at);
            }
          }
          default -> {
            if (at < sb.length()) {
              sb.setCharAt(at, ch);
            }
          }
        }
      }
      tried.add(sb.toString());
    }
    tried.forEach(MediaPathTest::assertAgrees);
    assertTrue(tried.stream().anyMatch(p -> MEDIA.matcher(p).matches()), "some match");
    assertTrue(tried.stream().anyMatch(p -> !MEDIA.matcher(p).matches()), "some do not");
  }

  private static void assertAgrees(String rest) {
    String path = "/v1/manifest/" + rest;
    Matcher m = MEDIA.matcher(rest);
    MediaPath parsed = MediaPath.parse(path, "/v1/manifest/".length());
    if (m.matches()) {
      assertEquals(
          new MediaPath(m.group(1), m.group(2), m.group(3), Integer.parseInt(m.group(4))),
          parsed,
          rest);
    } else {
      assertNull(parsed, rest);
    }
  }
}
