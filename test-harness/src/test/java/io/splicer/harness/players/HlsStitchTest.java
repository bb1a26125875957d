package io.splicer.harness.players;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import io.splicer.harness.players.HlsStitch.Defect;
import io.splicer.harness.players.HlsStitch.Insert;
import io.splicer.harness.players.HlsStitch.Rendition;
import io.splicer.harness.players.HlsStitch.Segment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HlsStitchTest {
  private static final Rendition CONTENT = rendition("c", 6);
  private static final Rendition AD = rendition("a", 2);

  private static Rendition rendition(String dir, int segments) {
    List<Segment> list = new ArrayList<>();
    for (int i = 0; i < segments; i++) {
      list.add(new Segment("/" + dir + "/" + i + ".ts", MediaTime.ofSeconds(2)));
    }
    return new Rendition(null, list);
  }

  @Test
  void stitch_honest_adBetweenDiscontinuitiesAndClaimedWindow() {
    HlsStitch.Stitched s = HlsStitch.stitch(CONTENT, List.of(new Insert(2, AD)), Defect.NONE);
    String expectedBody =
        String.join(
            "\n",
            "#EXTINF:2.000000,",
            "/c/1.ts",
            "#EXT-X-DISCONTINUITY",
            "#EXTINF:2.000000,",
            "/a/0.ts",
            "#EXTINF:2.000000,",
            "/a/1.ts",
            "#EXT-X-DISCONTINUITY",
            "#EXTINF:2.000000,",
            "/c/2.ts");
    assertTrue(s.mediaPlaylist().contains(expectedBody), s.mediaPlaylist());
    assertTrue(s.mediaPlaylist().endsWith("/c/5.ts\n#EXT-X-ENDLIST\n"), s.mediaPlaylist());
    assertEquals(
        "{\"duration\":16.000,\"contentStart\":0.000,"
            + "\"breaks\":[{\"start\":4.000,\"end\":8.000,\"resume\":4.000}]}",
        s.expectation().toJson());
  }

  @Test
  void stitch_offByOne_skipsResumeSegmentButClaimsTheHonestWindow() {
    HlsStitch.Stitched honest = HlsStitch.stitch(CONTENT, List.of(new Insert(2, AD)), Defect.NONE);
    HlsStitch.Stitched s =
        HlsStitch.stitch(CONTENT, List.of(new Insert(2, AD)), Defect.RESUME_OFF_BY_ONE);
    assertFalse(s.mediaPlaylist().contains("/c/2.ts"), s.mediaPlaylist());
    assertEquals(honest.expectation(), s.expectation());
  }

  @Test
  void stitch_noDiscontinuity_hasNoDiscontinuityTag() {
    String text =
        HlsStitch.stitch(CONTENT, List.of(new Insert(2, AD)), Defect.NO_DISCONTINUITY)
            .mediaPlaylist();
    assertFalse(text.contains("DISCONTINUITY"), text);
    assertTrue(text.contains("/a/0.ts"), text);
  }

  @Test
  void stitch_missingAdSegment_pointsMiddleAdSegmentElsewhere() {
    String text =
        HlsStitch.stitch(CONTENT, List.of(new Insert(2, AD)), Defect.MISSING_AD_SEGMENT)
            .mediaPlaylist();
    assertTrue(text.contains("/a/1-missing.ts"), text);
    assertTrue(text.contains("/a/0.ts"), text);
  }
}
