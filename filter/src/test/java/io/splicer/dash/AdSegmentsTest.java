package io.splicer.dash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mapping player-built segment paths back to ad segments (ISO/IEC 23009-1 §5.3.9.4.4). */
class AdSegmentsTest {

  /** A 10 s ad: video 5 × 2 s by the given template (at Representation level), audio by time. */
  private static AdSegments ad(String videoTemplate) throws DashException {
    String mpd =
        "<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"static\""
            + " mediaPresentationDuration=\"PT10S\"><Period id=\"0\">"
            + "<AdaptationSet contentType=\"video\">"
            + "<Representation id=\"v720\" bandwidth=\"2400000\">"
            + videoTemplate
            + "</Representation></AdaptationSet>"
            + "<AdaptationSet contentType=\"audio\">"
            + "<SegmentTemplate timescale=\"48000\" initialization=\"a/$RepresentationID$-init.mp4\""
            + " media=\"a/$RepresentationID$-$Time$.m4s\"><SegmentTimeline>"
            + "<S t=\"0\" d=\"96000\" r=\"4\"/></SegmentTimeline></SegmentTemplate>"
            + "<Representation id=\"aud\" bandwidth=\"96000\"/></AdaptationSet>"
            + "</Period></MPD>";
    return AdSegments.read(mpd.getBytes(StandardCharsets.UTF_8), MediaTime.ofSeconds(10));
  }

  private static final String TIMELINE =
      "<SegmentTimeline><S t=\"0\" d=\"180000\" r=\"4\"/></SegmentTimeline>";

  private static int k(AdSegments s, String path) {
    return assertInstanceOf(AdSegments.Media.class, s.match(path).orElseThrow()).k();
  }

  @Test
  void match_numberTemplate_segmentIndexFromStartNumber() throws Exception {
    AdSegments s =
        ad(
            "<SegmentTemplate timescale=\"90000\" startNumber=\"1\" initialization=\"v_init.mp4\""
                + " media=\"v_$Number$.m4s\">"
                + TIMELINE
                + "</SegmentTemplate>");
    assertEquals(0, k(s, "v_1.m4s"));
    assertEquals(4, k(s, "v_5.m4s"));
    assertInstanceOf(AdSegments.Init.class, s.match("v_init.mp4").orElseThrow());
    assertInstanceOf(AdSegments.OutOfRange.class, s.match("v_6.m4s").orElseThrow());
    assertInstanceOf(AdSegments.OutOfRange.class, s.match("v_0.m4s").orElseThrow());
    assertEquals(Optional.empty(), s.match("w_1.m4s"));
    assertEquals(Optional.empty(), s.match("v_x.m4s"));
    assertEquals(5, s.renditions().get(0).durations().size());
  }

  @Test
  void match_paddedNumberAndRepresentationIdAndBandwidth_segmentIndex() throws Exception {
    AdSegments s =
        ad(
            "<SegmentTemplate timescale=\"90000\" startNumber=\"7\""
                + " initialization=\"$RepresentationID$/init_$Bandwidth$.mp4\""
                + " media=\"$RepresentationID$/$Bandwidth%08d$/seg_$Number%09d$.m4s\">"
                + TIMELINE
                + "</SegmentTemplate>");
    assertEquals(0, k(s, "v720/02400000/seg_000000007.m4s"));
    assertEquals(3, k(s, "v720/02400000/seg_000000010.m4s"));
    assertInstanceOf(AdSegments.Init.class, s.match("v720/init_2400000.mp4").orElseThrow());
    assertEquals(Optional.empty(), s.match("v720/02400000/seg_7.m4s"), "width 9 required");
    assertEquals(Optional.empty(), s.match("v1080/02400000/seg_000000007.m4s"));
    assertEquals(Optional.empty(), s.match("v720/2400000/seg_000000007.m4s"));
  }

  @Test
  void match_timeTemplate_segmentIndexFromTimeline() throws Exception {
    AdSegments s = ad("<SegmentTemplate media=\"x\"/>");
    assertEquals(0, k(s, "a/aud-0.m4s"));
    assertEquals(2, k(s, "a/aud-192000.m4s"));
    assertInstanceOf(AdSegments.OutOfRange.class, s.match("a/aud-1000.m4s").orElseThrow());
    assertInstanceOf(AdSegments.Init.class, s.match("a/aud-init.mp4").orElseThrow());
  }

  @Test
  void match_durationAddressing_lastSegmentShorter() throws Exception {
    String mpd =
        "<MPD type=\"static\" mediaPresentationDuration=\"PT7S\"><Period>"
            + "<AdaptationSet><SegmentTemplate timescale=\"1000\" duration=\"2000\""
            + " media=\"s$Number$.m4s\" startNumber=\"0\"/>"
            + "<Representation id=\"r\" bandwidth=\"1\"/></AdaptationSet></Period></MPD>";
    AdSegments s = AdSegments.read(mpd.getBytes(StandardCharsets.UTF_8), MediaTime.ofSeconds(7));
    assertEquals(
        List.of(
            MediaTime.ofSeconds(2),
            MediaTime.ofSeconds(2),
            MediaTime.ofSeconds(2),
            MediaTime.ofSeconds(1)),
        s.firstDurations());
    assertEquals(3, k(s, "s3.m4s"));
    assertInstanceOf(AdSegments.OutOfRange.class, s.match("s4.m4s").orElseThrow());
  }

  @Test
  void match_leadingDirectoriesFromInnerBaseUrl_andDollarEscape() throws Exception {
    AdSegments s =
        ad(
            "<SegmentTemplate timescale=\"90000\" media=\"c$$_$Number$.m4s\">"
                + TIMELINE
                + "</SegmentTemplate>");
    assertEquals(1, k(s, "video/hd/c$_2.m4s"));
    assertEquals(Optional.empty(), s.match("c_2.m4s"));
  }

  @Test
  void read_openRepeatAndHugeRepeat_bounded() throws Exception {
    AdSegments open =
        ad(
            "<SegmentTemplate timescale=\"90000\" media=\"v$Number$\"><SegmentTimeline>"
                + "<S t=\"0\" d=\"180000\" r=\"-1\"/></SegmentTimeline></SegmentTemplate>");
    assertEquals(5, open.firstDurations().size(), "r=-1 repeats to the ad's end");
    AdSegments huge =
        ad(
            "<SegmentTemplate timescale=\"90000\" media=\"v$Number$\"><SegmentTimeline>"
                + "<S t=\"0\" d=\"1\" r=\"999999999999\"/></SegmentTimeline></SegmentTemplate>");
    assertEquals(AdSegments.MAX_SEGMENTS, huge.firstDurations().size());
    assertTrue(huge.match("v" + (AdSegments.MAX_SEGMENTS + 1)).isPresent());
  }

  @Test
  void compile_invalidTemplates_notUsable() {
    assertTrue(SegmentUrlTemplate.compile("a$Number$$Time$", "r", 1).isEmpty());
    assertTrue(SegmentUrlTemplate.compile("a$Unknown$", "r", 1).isEmpty());
    assertTrue(SegmentUrlTemplate.compile("a$Number", "r", 1).isEmpty());
    assertTrue(SegmentUrlTemplate.compile("a$Number$", "r", 1).isPresent());
  }
}
