package io.splicer.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Golden pairs {@code x.m3u8 → x.expected.m3u8} under src/test/resources/hls/golden. Run with
 * {@code -Dhls.golden.update=true} to rewrite the expected files (then review the diff).
 */
class HlsSpliceGoldenTest {

  private static final String GOLDEN = "/hls/golden/";

  static SpliceAd ad(String id, double... seconds) {
    List<SpliceSegment> segs = new ArrayList<>();
    for (int i = 0; i < seconds.length; i++) {
      segs.add(
          new SpliceSegment(
              id + "-" + (i + 1) + ".ts", MediaTime.parseSeconds(Double.toString(seconds[i]))));
    }
    return SpliceAd.of(id, segs);
  }

  static String golden(String name, List<List<SpliceAd>> adsPerBreak, SpliceOptions options)
      throws HlsParseException {
    MediaPlaylist p = HlsParser.parseMedia(HlsCorpus.resource(GOLDEN + name), ParseMode.STRICT);
    List<CueBreak> breaks = CueDetector.detect(p).breaks();
    assertEquals(adsPerBreak.size(), breaks.size(), "breaks in " + name);
    List<PlannedBreak> plan = new ArrayList<>();
    for (int i = 0; i < breaks.size(); i++) {
      plan.add(PlannedBreak.of(breaks.get(i), adsPerBreak.get(i)));
    }
    return HlsSplicer.splice(p, plan, null, options).text();
  }

  static void assertGolden(String name, String actual) {
    String expectedName = name.replace(".m3u8", ".expected.m3u8");
    if (Boolean.getBoolean("hls.golden.update")) {
      try {
        Files.writeString(
            Path.of("src/test/resources/hls/golden", expectedName), actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    assertEquals(HlsCorpus.resource(GOLDEN + expectedName), actual, expectedName);
  }

  @Test
  void splice_seedPostRoll_adsAfterLastSegmentBeforeEndlist() throws HlsParseException {
    String out =
        golden(
            "seed-postroll.m3u8",
            List.of(
                List.of(
                    SpliceAd.of(
                        "ad",
                        List.of(
                            new SpliceSegment("Adsegment1.ts", MediaTime.ofSeconds(3)),
                            new SpliceSegment("Adsegment2.ts", MediaTime.ofSeconds(3)),
                            new SpliceSegment("Adsegment3.ts", MediaTime.ofSeconds(1)))))),
            SpliceOptions.defaults());
    assertGolden("seed-postroll.m3u8", out);
    assertTrue(
        out.endsWith(
            "#EXTINF:4.000,\nVideocontent.ts\n#EXT-X-DISCONTINUITY\n#EXTINF:3.0,\nAdsegment1.ts\n"
                + "#EXTINF:3.0,\nAdsegment2.ts\n#EXTINF:1.0,\nAdsegment3.ts\n#EXT-X-ENDLIST\n"));
  }

  @Test
  void splice_seedAdPod_ad1Content1Ad2Content2VideoPostRollAd3() throws HlsParseException {
    String out =
        golden(
            "seed-ad-pod.m3u8",
            List.of(List.of(ad("Ad1", 3)), List.of(ad("Ad2", 3)), List.of(ad("Ad3", 3))),
            SpliceOptions.defaults());
    assertGolden("seed-ad-pod.m3u8", out);
    assertEquals(
        List.of(
            "Ad1-1.ts",
            "Somecontent1.ts",
            "Ad2-1.ts",
            "Somecontent2.ts",
            "Videocontent.ts",
            "Ad3-1.ts"),
        uris(out));
  }

  @Test
  void splice_seedStackedInvalid_oneInsertionPoint() throws HlsParseException {
    String out =
        golden(
            "seed-stacked-invalid.m3u8", List.of(List.of(ad("Ad1", 3))), SpliceOptions.defaults());
    assertGolden("seed-stacked-invalid.m3u8", out);
    assertEquals(List.of("Ad1-1.ts", "Videocontent.ts"), uris(out));
  }

  @Test
  void splice_cmafEncryptedLive_keyNoneMapAndPdtAroundAds() throws HlsParseException {
    SpliceAd cmafAd =
        new SpliceAd(
            "A",
            List.of(
                new SpliceSegment("a1.m4s", MediaTime.ofSeconds(4)),
                new SpliceSegment("a2.m4s", MediaTime.ofSeconds(4))),
            Optional.of("a-init.mp4"),
            Optional.empty());
    String out =
        golden("cmaf-encrypted-live.m3u8", List.of(List.of(cmafAd)), SpliceOptions.defaults());
    assertGolden("cmaf-encrypted-live.m3u8", out);
  }

  /**
   * Ads of 11 s in an 18 s avail end inside c202, which is kept whole after them (MediaTailor
   * resumes at the content segment containing the ad end): its own KEY and PDT stay with its EXTINF
   * and URI, after the ads and a discontinuity.
   */
  @Test
  void splice_liveStraddleKeyed_adsBeforeKeptSegmentWithItsTags() throws HlsParseException {
    SpliceAd cmafAd =
        new SpliceAd(
            "A",
            List.of(
                new SpliceSegment("a1.m4s", MediaTime.ofSeconds(4)),
                new SpliceSegment("a2.m4s", MediaTime.ofSeconds(4)),
                new SpliceSegment("a3.m4s", MediaTime.ofSeconds(3))),
            Optional.of("a-init.mp4"),
            Optional.empty());
    String out =
        golden("live-straddle-keyed.m3u8", List.of(List.of(cmafAd)), SpliceOptions.defaults());
    assertGolden("live-straddle-keyed.m3u8", out);
    assertEquals(
        List.of("c200.m4s", "a1.m4s", "a2.m4s", "a3.m4s", "c202.m4s", "c203.m4s", "c204.m4s"),
        uris(out));
    HlsParser.parseMedia(out, ParseMode.STRICT);
  }

  @Test
  void splice_markerPassthrough_keepsCueOutAndCueIn() throws HlsParseException {
    String out =
        golden(
            "cmaf-encrypted-live.m3u8",
            List.of(List.of(ad("A", 4, 4))),
            new SpliceOptions(UriResolver.identity(), true));
    assertTrue(out.contains("#EXT-X-CUE-OUT:8\n"));
    assertTrue(out.contains("#EXT-X-CUE-IN\n"));
    assertTrue(!out.contains("CUE-OUT-CONT"));
  }

  static List<String> uris(String text) {
    return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }
}
