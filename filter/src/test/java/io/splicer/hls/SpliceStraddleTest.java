package io.splicer.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A live replacement break whose ads end inside a content segment that is kept (no slate): the ads
 * come first, then a discontinuity and the whole content segment with its own tags (MediaTailor
 * resumes at the content segment containing the end of the ads, mediatailor-behaviour §3.2).
 *
 * <p>Every playlist: 6 s content segments c0…, an 18 s avail c2–c4, one ad of 4 + 4 + 3 s: a-0 and
 * a-1 replace c2, a-2 starts 8 s into the break, inside c3, and ends at 11 s, so c3 is kept.
 */
class SpliceStraddleTest {

  private static final String HEADER =
      "#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-TARGETDURATION:6\n#EXT-X-MEDIA-SEQUENCE:%d\n";

  private static final SpliceAd AD =
      SpliceAd.of(
          "a",
          List.of(
              new SpliceSegment("a-0.ts", MediaTime.ofSeconds(4)),
              new SpliceSegment("a-1.ts", MediaTime.ofSeconds(4)),
              new SpliceSegment("a-2.ts", MediaTime.ofSeconds(3))));

  /** c0–c6 with the CUE-OUT on c2 and the CUE-IN on c5; {@code c3Tags} precede c3's EXTINF. */
  private static String window(String c3Tags) {
    return String.format(HEADER, 0)
        + "#EXTINF:6.000,\nc0.ts\n#EXTINF:6.000,\nc1.ts\n"
        + "#EXT-X-CUE-OUT:18\n#EXTINF:6.000,\nc2.ts\n"
        + "#EXT-X-CUE-OUT-CONT:ElapsedTime=6,Duration=18\n"
        + c3Tags
        + "#EXTINF:6.000,\nc3.ts\n"
        + "#EXT-X-CUE-OUT-CONT:ElapsedTime=12,Duration=18\n#EXTINF:6.000,\nc4.ts\n"
        + "#EXT-X-CUE-IN\n#EXTINF:6.000,\nc5.ts\n#EXTINF:6.000,\nc6.ts\n";
  }

  /** The window two refreshes later: it starts at c3, inside the break. */
  private static String laterWindow(String c3Tags) {
    return String.format(HEADER, 3)
        + "#EXT-X-CUE-OUT-CONT:ElapsedTime=6,Duration=18\n"
        + c3Tags
        + "#EXTINF:6.000,\nc3.ts\n"
        + "#EXT-X-CUE-OUT-CONT:ElapsedTime=12,Duration=18\n#EXTINF:6.000,\nc4.ts\n"
        + "#EXT-X-CUE-IN\n#EXTINF:6.000,\nc5.ts\n#EXTINF:6.000,\nc6.ts\n#EXTINF:6.000,\nc7.ts\n";
  }

  private static SpliceResult splice(String text, SpliceState state, SpliceOptions options)
      throws HlsParseException {
    MediaPlaylist p = HlsParser.parseMedia(text, ParseMode.STRICT);
    List<CueBreak> breaks = CueDetector.detect(p).breaks();
    assertEquals(1, breaks.size(), text);
    return HlsSplicer.splice(
        p, List.of(PlannedBreak.of(breaks.get(0), List.of(AD))), state, options);
  }

  private static SpliceResult splice(String text, List<SpliceAd> ads, SpliceState state)
      throws HlsParseException {
    MediaPlaylist p = HlsParser.parseMedia(text, ParseMode.STRICT);
    CueBreak b = CueDetector.detect(p).breaks().get(0);
    return HlsSplicer.splice(p, List.of(PlannedBreak.of(b, ads)), state, SpliceOptions.defaults());
  }

  private static SpliceResult splice(String text) throws HlsParseException {
    return splice(text, null, SpliceOptions.defaults());
  }

  /**
   * The output parsed strictly (every URI has its EXTINF), as "uri duration" and "DISCONTINUITY"
   * entries; also checks {@link SpliceResult#segments()} against the parse.
   */
  private static List<String> structure(SpliceResult r) throws HlsParseException {
    MediaPlaylist out = HlsParser.parseMedia(r.text(), ParseMode.STRICT);
    List<String> s = new ArrayList<>();
    List<SpliceResult.Segment> parsed = new ArrayList<>();
    for (MediaSegment m : out.segments()) {
      if (m.discontinuity()) {
        s.add("DISCONTINUITY");
      }
      assertTrue(m.duration().micros() > 0, m.uri() + " has no duration in\n" + r.text());
      s.add(m.uri() + " " + m.duration().toSecondsString(0));
      parsed.add(new SpliceResult.Segment(m.sequence(), m.duration()));
    }
    assertEquals(parsed, r.segments(), r.text());
    return s;
  }

  /** The lines from the one before {@code uri}'s EXTINF up to {@code uri}. */
  private static List<String> linesBefore(String text, String uri, int count) {
    List<String> lines = text.lines().toList();
    int i = lines.indexOf(uri);
    assertTrue(i >= count, uri + " in\n" + text);
    return lines.subList(i - count, i + 1);
  }

  private static final List<String> EXPECTED =
      List.of(
          "c0.ts 6",
          "c1.ts 6",
          "DISCONTINUITY",
          "a-0.ts 4",
          "a-1.ts 4",
          "a-2.ts 3",
          "DISCONTINUITY",
          "c3.ts 6",
          "c4.ts 6",
          "c5.ts 6",
          "c6.ts 6");

  @Test
  void splice_adsEndInsideKeptSegment_adsBeforeItsTagsAndItKeepsItsExtinf()
      throws HlsParseException {
    SpliceResult r = splice(window(""));
    assertEquals(EXPECTED, structure(r));
    assertEquals(
        List.of("#EXT-X-DISCONTINUITY", "#EXTINF:6.000,", "c3.ts"),
        linesBefore(r.text(), "c3.ts", 2));
    assertEquals(8, r.placements().get(2).breakOffset().micros() / 1_000_000);
  }

  @Test
  void splice_keptSegmentWithKeyMapPdtDaterange_tagsStayWithIt() throws HlsParseException {
    String tags =
        "#EXT-X-KEY:METHOD=AES-128,URI=\"k3.key\"\n"
            + "#EXT-X-MAP:URI=\"init3.mp4\"\n"
            + "#EXT-X-PROGRAM-DATE-TIME:2024-01-01T00:00:18.000Z\n"
            + "#EXT-X-DATERANGE:ID=\"d3\",START-DATE=\"2024-01-01T00:00:18.000Z\",DURATION=6\n";
    String in =
        window(tags)
            .replace(
                "#EXT-X-MEDIA-SEQUENCE:0\n",
                "#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-KEY:METHOD=AES-128,URI=\"k0.key\"\n"
                    + "#EXT-X-MAP:URI=\"init0.mp4\"\n"
                    + "#EXT-X-PROGRAM-DATE-TIME:2024-01-01T00:00:00.000Z\n");
    SpliceResult r = splice(in);
    assertEquals(EXPECTED, structure(r));
    assertEquals(
        List.of(
            "a-2.ts",
            "#EXT-X-DISCONTINUITY",
            "#EXT-X-KEY:METHOD=AES-128,URI=\"k3.key\"",
            "#EXT-X-MAP:URI=\"init3.mp4\"",
            "#EXT-X-PROGRAM-DATE-TIME:2024-01-01T00:00:18.000Z",
            "#EXT-X-DATERANGE:ID=\"d3\",START-DATE=\"2024-01-01T00:00:18.000Z\",DURATION=6",
            "#EXTINF:6.000,",
            "c3.ts"),
        linesBefore(r.text(), "c3.ts", 7));
    // The clear ad a-2 is not under either content key, and carries its own PDT (18 s + 8 s − 6 s).
    List<String> a2 = linesBefore(r.text(), "a-2.ts", 2);
    assertEquals(
        List.of("#EXT-X-PROGRAM-DATE-TIME:2024-01-01T00:00:20.000Z", "#EXTINF:3.0,"),
        a2.subList(0, 2));
    String beforeA2 = r.text().substring(0, r.text().indexOf("a-2.ts"));
    assertTrue(beforeA2.lastIndexOf("#EXT-X-KEY:METHOD=NONE") > beforeA2.lastIndexOf("k0.key"));
    assertTrue(!beforeA2.contains("k3.key") && !beforeA2.contains("init3.mp4"), r.text());
  }

  @Test
  void splice_keptSegmentFirstInWindow_headerStaysOnTopAdsThenSegment() throws HlsParseException {
    String top =
        "#EXT-X-KEY:METHOD=AES-128,URI=\"k0.key\"\n"
            + "#EXT-X-MAP:URI=\"init0.mp4\"\n"
            + "#EXT-X-PROGRAM-DATE-TIME:2024-01-01T00:00:18.000Z\n";
    SpliceResult r = splice(laterWindow(top));
    assertEquals(
        List.of("a-2.ts 3", "DISCONTINUITY", "c3.ts 6", "c4.ts 6", "c5.ts 6", "c6.ts 6", "c7.ts 6"),
        structure(r));
    List<String> lines = r.text().lines().toList();
    assertEquals(
        List.of(
            "#EXTM3U",
            "#EXT-X-VERSION:6",
            "#EXT-X-TARGETDURATION:6",
            "#EXT-X-MEDIA-SEQUENCE:3",
            "#EXT-X-DISCONTINUITY-SEQUENCE:0",
            "#EXT-X-PROGRAM-DATE-TIME:2024-01-01T00:00:20.000Z",
            "#EXTINF:3.0,",
            "a-2.ts",
            "#EXT-X-DISCONTINUITY",
            "#EXT-X-KEY:METHOD=AES-128,URI=\"k0.key\"",
            "#EXT-X-MAP:URI=\"init0.mp4\"",
            "#EXT-X-PROGRAM-DATE-TIME:2024-01-01T00:00:18.000Z",
            "#EXTINF:6.000,",
            "c3.ts"),
        lines.subList(0, 14));
  }

  /**
   * The window slides from c0 to c3 (inside the break); c3 is the segment content resumes at, with
   * the last ad starting inside it (4 4 3) or not (4 4), with or without its own discontinuity.
   */
  @ParameterizedTest
  @CsvSource({"4 4 3, '', 5 2", "4 4 3, DISC, 5 2", "4 4, '', 4 2", "4 4, DISC, 4 2"})
  void splice_keptSegmentAcrossRefreshes_sameSequenceAndDiscontinuitySequence(
      String adSeconds, String c3Disc, String c3Numbers) throws HlsParseException {
    String disc = c3Disc.isEmpty() ? "" : "#EXT-X-DISCONTINUITY\n";
    List<SpliceSegment> segs = new ArrayList<>();
    for (String d : adSeconds.split(" ")) {
      segs.add(new SpliceSegment("a-" + segs.size() + ".ts", MediaTime.parseSeconds(d)));
    }
    List<SpliceAd> ads = List.of(SpliceAd.of("a", segs));
    String top = "#EXT-X-PROGRAM-DATE-TIME:2024-01-01T00:00:00.000Z\n";
    SpliceResult first =
        splice(
            window(disc).replace("#EXT-X-MEDIA-SEQUENCE:0\n", "#EXT-X-MEDIA-SEQUENCE:0\n" + top),
            ads,
            null);
    SpliceResult later =
        splice(
            laterWindow("#EXT-X-PROGRAM-DATE-TIME:2024-01-01T00:00:18.000Z\n" + disc),
            ads,
            first.state());
    structure(first);
    structure(later);
    Map<String, String> before = numbers(first.text());
    Map<String, String> after = numbers(later.text());
    for (String uri : after.keySet()) {
      if (!uri.equals("c7.ts")) {
        assertEquals(
            before.get(uri), after.get(uri), uri + "\n" + first.text() + "\n" + later.text());
      }
    }
    assertEquals(c3Numbers, before.get("c3.ts"));
    int discontinuities = first.text().split("#EXT-X-DISCONTINUITY\n", -1).length - 1;
    assertEquals(2, discontinuities, first.text()); // content → ad → content
  }

  /** uri → "media-sequence discontinuity-sequence" as a player computes them. */
  private static Map<String, String> numbers(String text) throws HlsParseException {
    Map<String, String> m = new LinkedHashMap<>();
    for (MediaSegment s : HlsParser.parseMedia(text, ParseMode.STRICT).segments()) {
      m.put(s.uri(), s.sequence() + " " + s.discontinuitySequence());
    }
    return m;
  }

  @Test
  void splice_markerPassthroughKeptSegmentOpensBreak_cueOutBeforeAdsCueInUnmoved()
      throws HlsParseException {
    // Ads shorter than the avail's first segment: they end inside c2, which carries the CUE-OUT.
    SpliceAd shortAd =
        SpliceAd.of("s", List.of(new SpliceSegment("s-0.ts", MediaTime.ofSeconds(4))));
    MediaPlaylist p = HlsParser.parseMedia(window(""), ParseMode.STRICT);
    CueBreak b = CueDetector.detect(p).breaks().get(0);
    SpliceResult r =
        HlsSplicer.splice(
            p,
            List.of(PlannedBreak.of(b, List.of(shortAd))),
            null,
            new SpliceOptions(UriResolver.identity(), true));
    assertEquals(
        List.of(
            "c0.ts 6",
            "c1.ts 6",
            "DISCONTINUITY",
            "s-0.ts 4",
            "DISCONTINUITY",
            "c2.ts 6",
            "c3.ts 6",
            "c4.ts 6",
            "c5.ts 6",
            "c6.ts 6"),
        structure(r));
    assertEquals(
        List.of("c1.ts", "#EXT-X-CUE-OUT:18", "#EXT-X-DISCONTINUITY", "#EXTINF:4.0,", "s-0.ts"),
        linesBefore(r.text(), "s-0.ts", 4));
    assertEquals(
        List.of("c4.ts", "#EXT-X-CUE-IN", "#EXTINF:6.000,", "c5.ts"),
        linesBefore(r.text(), "c5.ts", 3));
  }

  @Test
  void splice_vodInsertion_unaffected() throws HlsParseException {
    String in =
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\n#EXT-X-PLAYLIST-TYPE:VOD\n"
            + "#EXTINF:6.000,\nc0.ts\n#EXT-X-CUE-OUT:0\n#EXT-X-CUE-IN\n#EXTINF:6.000,\nc1.ts\n"
            + "#EXTINF:6.000,\nc2.ts\n#EXT-X-ENDLIST\n";
    MediaPlaylist p = HlsParser.parseMedia(in, ParseMode.STRICT);
    CueBreak b = CueDetector.detect(p).breaks().get(0);
    SpliceResult r =
        HlsSplicer.splice(
            p, List.of(PlannedBreak.of(b, List.of(AD))), null, SpliceOptions.defaults());
    assertEquals(
        List.of(
            "c0.ts 6",
            "DISCONTINUITY",
            "a-0.ts 4",
            "a-1.ts 4",
            "a-2.ts 3",
            "DISCONTINUITY",
            "c1.ts 6",
            "c2.ts 6"),
        structure(r));
  }
}
