package io.splicer.dash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A live MPD across three refreshes (the window grows, then the first Period slides out) with one
 * 30 s splice_insert avail and one 15 s ad: golden outputs under {@code dash/golden/}, and Period
 * ids, starts and offsets stable across refreshes.
 */
class LiveRefreshGoldenTest {

  private static final String SESSION =
      "https://splicer.example/v1/dash/h/cfg/live/ch1/index.mpd?aws.sessionId=abc";
  private static final String AD_BASE = "https://splicer.example/v1/dashsegment/h/cfg/abc/101/";

  static RewriteResult stitch(String file) throws DashException {
    MpdDocument doc = MpdReader.read(DashTestFiles.bytes("dash/golden/" + file));
    AdCreative ad = AdCreativeReader.read(DashTestFiles.bytes("dash/golden/ad-15s.mpd"));
    List<BreakSplice> breaks =
        AvailDetector.detect(doc, OriginManifestType.MULTI_PERIOD).avails().stream()
            .map(a -> BreakSplice.replace(a, List.of(AdInsert.of(ad, AD_BASE + "101_1/"))))
            .toList();
    RewriteOptions options =
        RewriteOptions.passThrough()
            .withOriginUrl("https://origin.example/live/ch1/index.mpd")
            .withLocation(RewriteOptions.LocationMode.REPLACE_OR_ADD, SESSION);
    return MpdRewriter.rewrite(doc, breaks, options);
  }

  @ParameterizedTest
  @ValueSource(strings = {"live-refresh-1", "live-refresh-2", "live-refresh-3"})
  void rewrite_liveRefresh_matchesGoldenFile(String name) throws Exception {
    RewriteResult result = stitch(name + ".mpd");
    String actual = new String(result.mpd(), StandardCharsets.UTF_8);
    Path out = Path.of("target", "golden-out", name + ".expected.mpd");
    Files.createDirectories(out.getParent());
    Files.writeString(out, actual);

    assertEquals(DashTestFiles.text("dash/golden/" + name + ".expected.mpd"), actual);
    assertEquals(List.of(), result.problems());
  }

  @Test
  void rewrite_threeRefreshes_periodIdsStartsAndOffsetsStable() throws Exception {
    Map<String, String> seen = new TreeMap<>();
    for (String file : List.of("live-refresh-1.mpd", "live-refresh-2.mpd", "live-refresh-3.mpd")) {
      List<String> structure = MpdStructure.of(stitch(file).mpd());
      String current = null;
      for (String line : structure) {
        if (line.startsWith("Period")) {
          current = line.substring(0, line.indexOf(" duration="));
          String id = current.substring(0, current.indexOf(" start="));
          String previous = seen.putIfAbsent(id, current);
          assertTrue(previous == null || previous.equals(current), previous + " vs " + current);
        } else if (line.contains("pto=")) {
          // The presentationTimeOffset/startNumber of a Period never changes between refreshes.
          String key = current + line.substring(0, line.indexOf(" S="));
          seen.putIfAbsent(key, key);
        }
      }
    }
    assertEquals("Period id=101_1 start=PT10S", seen.get("Period id=101_1"));
    assertEquals("Period id=101 start=PT25S", seen.get("Period id=101"));
    assertEquals("Period id=100 start=PT0S", seen.get("Period id=100"));
    assertEquals("Period id=102 start=PT40S", seen.get("Period id=102"));
  }

  @Test
  void rewrite_liveRefresh_contentProtectionOnContentOnlyAndAvailabilityStartTimeUntouched()
      throws Exception {
    String out = new String(stitch("live-refresh-2.mpd").mpd(), StandardCharsets.UTF_8);
    MpdDocument doc = MpdReader.read(out.getBytes(StandardCharsets.UTF_8));

    for (MpdPeriod p : doc.periods()) {
      boolean ad = p.id().orElseThrow().endsWith("_1");
      boolean protectedSets =
          p.adaptationSets().stream().anyMatch(s -> !s.contentProtections().isEmpty());
      assertEquals(!ad, protectedSets, p.id().orElseThrow());
    }
    assertTrue(out.contains("availabilityStartTime=\"2024-01-01T00:00:00Z\""));
    assertEquals(List.of(SESSION), locations(doc));
    assertEquals(List.of("https://origin.example/live/ch1/media/"), doc.baseUrlValues());
  }

  private static List<String> locations(MpdDocument doc) {
    return doc.locations().stream()
        .map(s -> doc.text().substring(s.start(), s.end()).replaceAll("</?Location>", ""))
        .map(v -> v.replace("&amp;", "&"))
        .toList();
  }

  @Test
  void rewrite_earlyCueInNextPeriodAt20s_secondAdTruncatedWithDuration() throws Exception {
    String text =
        DashTestFiles.text("dash/golden/live-refresh-3.mpd")
            .replace("<Period id=\"102\" start=\"PT40S\">", "<Period id=\"102\" start=\"PT30S\">");
    MpdDocument doc = MpdReader.read(text.getBytes(StandardCharsets.UTF_8));
    AdCreative ad = AdCreativeReader.read(DashTestFiles.bytes("dash/golden/ad-15s.mpd"));
    Avail avail = AvailDetector.detect(doc, OriginManifestType.MULTI_PERIOD).avails().get(0);

    RewriteResult result =
        MpdRewriter.rewrite(
            doc,
            List.of(
                BreakSplice.replace(
                    avail,
                    List.of(AdInsert.of(ad, AD_BASE + "a/"), AdInsert.of(ad, AD_BASE + "b/")))),
            RewriteOptions.passThrough());

    assertEquals(Optional.of(MediaTime.ofSeconds(20)), avail.effectiveDuration());
    List<OutputPeriod> ads = result.periods().stream().filter(OutputPeriod::ad).toList();
    assertEquals(2, ads.size());
    assertFalse(ads.get(0).truncated());
    assertTrue(ads.get(1).truncated());
    assertEquals(Optional.of(MediaTime.ofSeconds(5)), ads.get(1).duration());
    assertTrue(
        new String(result.mpd(), StandardCharsets.UTF_8)
            .contains("<Period id=\"101_2\" start=\"PT25S\" duration=\"PT5S\">"));
    assertEquals(
        List.of(DashProblem.Kind.AD_TRUNCATED),
        result.problems().stream().map(DashProblem::kind).toList());
    assertTrue(result.periods().stream().noneMatch(p -> p.id().equals("101")));
  }

  @Test
  void rewrite_breakSlidOutOfWindow_noAdPeriodsNothingElseChanged() throws Exception {
    // Refresh 4: the avail Period 101 has left the window; only 102 remains.
    String text = DashTestFiles.text("dash/golden/live-refresh-3.mpd");
    int from = text.indexOf("  <Period id=\"101\"");
    int to = text.indexOf("  <Period id=\"102\"");
    byte[] mpd = (text.substring(0, from) + text.substring(to)).getBytes(StandardCharsets.UTF_8);
    MpdDocument doc = MpdReader.read(mpd);

    assertEquals(List.of(), AvailDetector.detect(doc, OriginManifestType.MULTI_PERIOD).avails());
    RewriteResult result = MpdRewriter.rewrite(doc, List.of(), RewriteOptions.passThrough());
    assertFalse(result.edited());
  }
}
