package io.splicer.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MediaTailor's documented origin → personalised pair (corpus hls/aws-mediatailor-docs), compared
 * by structure: the same segments (URI and duration), discontinuities and media sequence.
 * MediaTailor also raises EXT-X-VERSION to 6 and drops FRAME-RATE digits, which we do not copy.
 */
class HlsSpliceMediaTailorTest {

  private static final String ORIGIN =
      "https://10380e91fda5e303.mediapackage.us-west-2.amazonaws.com/out/v1/"
          + "e309ffd02ba8498d864dcaacff7a5ad9/";
  private static final String SEGMENT =
      "../../../../segment/43f3e412052f2808dd84ea1da90e92e914edddee/external-canary-hls/"
          + "ee1696a8-4f7f-4c4c-99de-9821131847e8/0/";

  /** One entry per segment ("uri duration") or "DISCONTINUITY". */
  static List<String> structure(String text) {
    List<String> s = new ArrayList<>();
    String duration = null;
    for (String l : text.lines().toList()) {
      if (l.startsWith("#EXTINF:")) {
        String d = l.substring(8, l.indexOf(','));
        duration = MediaTime.parseSeconds(d).toString();
      } else if (l.equals("#EXT-X-DISCONTINUITY")) {
        s.add("DISCONTINUITY");
      } else if (!l.isBlank() && !l.startsWith("#")) {
        s.add(l + " " + duration);
      }
    }
    return s;
  }

  static SpliceResult personalise() throws HlsParseException {
    MediaPlaylist origin =
        HlsParser.parseMedia(
            HlsCorpus.text("aws-mediatailor-docs/origin-media-cue-out.m3u8"), ParseMode.STRICT);
    List<CueBreak> breaks = CueDetector.detect(origin).breaks();
    List<SpliceSegment> segs = new ArrayList<>();
    for (String d : List.of("3.066667", "3.0", "3.0", "3.0", "2.966667")) {
      segs.add(new SpliceSegment("ad.ts", MediaTime.parseSeconds(d)));
    }
    UriResolver resolver =
        new UriResolver() {
          @Override
          public String content(String uri) {
            return ORIGIN + uri;
          }

          @Override
          public String ad(SpliceResult.Placement p) {
            return SEGMENT + p.outputSequence();
          }
        };
    return HlsSplicer.splice(
        origin,
        List.of(PlannedBreak.of(breaks.get(0), List.of(SpliceAd.of("ad", segs)))),
        null,
        new SpliceOptions(resolver, false));
  }

  @Test
  void splice_awsOrigin_sameStructureAsDocumentedPersonalisedPlaylist() throws HlsParseException {
    SpliceResult r = personalise();
    String expected = HlsCorpus.text("aws-mediatailor-docs/personalized-media.m3u8");
    assertEquals(structure(expected), structure(r.text()));
    assertTrue(r.text().contains("#EXT-X-MEDIA-SEQUENCE:8779957\n"));
    assertTrue(r.text().contains("#EXT-X-DISCONTINUITY-SEQUENCE:0\n"));
    assertTrue(r.text().contains("#EXT-X-TARGETDURATION:7\n"));
    assertFalse(r.text().contains("CUE"));
    assertFalse(r.text().contains("OATCLS"));
    assertEquals(5, r.placements().size());
    assertEquals(8779960L, r.placements().get(0).outputSequence());
  }

  @Test
  void splice_awsOriginNextRefresh_countersStayMonotonic() throws HlsParseException {
    SpliceResult first = personalise();
    // The window slides by 4 segments: the 3 content segments before the break and the
    // first break segment (whose group holds the first ad segment) slide out.
    String slid =
        HlsCorpus.text("aws-mediatailor-docs/origin-media-cue-out.m3u8")
            .replace("#EXT-X-MEDIA-SEQUENCE:8779957", "#EXT-X-MEDIA-SEQUENCE:8779961");
    slid = dropFirstSegments(slid, 4);
    MediaPlaylist next = HlsParser.parseMedia(slid, ParseMode.STRICT);
    List<CueBreak> breaks = CueDetector.detect(next).breaks();
    assertEquals(1, breaks.size());
    assertEquals(MediaTime.ofMillis(634), breaks.get(0).elapsedAtStart());
    List<SpliceSegment> segs = new ArrayList<>();
    for (String d : List.of("3.066667", "3.0", "3.0", "3.0", "2.966667")) {
      segs.add(new SpliceSegment("ad.ts", MediaTime.parseSeconds(d)));
    }
    SpliceResult second =
        HlsSplicer.splice(
            next,
            List.of(PlannedBreak.of(breaks.get(0), List.of(SpliceAd.of("ad", segs)))),
            first.state(),
            SpliceOptions.defaults());
    // ad segment 2 (output 8779961) is now first; nothing before it in the window
    assertTrue(second.text().contains("#EXT-X-MEDIA-SEQUENCE:8779961\n"), second.text());
    assertEquals(8779961L, second.placements().get(0).outputSequence());
    // the discontinuity before the first ad slid out with the group that owned it
    assertTrue(second.text().contains("#EXT-X-DISCONTINUITY-SEQUENCE:1\n"), second.text());
    // same output numbers for the same ad segments
    assertEquals(
        first.placements().subList(1, 5).stream()
            .map(SpliceResult.Placement::outputSequence)
            .toList(),
        second.placements().stream().map(SpliceResult.Placement::outputSequence).toList());
  }

  /** Removes the first n segments (their tags up to and including the URI line). */
  static String dropFirstSegments(String text, int n) {
    List<String> lines = text.lines().toList();
    List<String> out = new ArrayList<>();
    int dropped = 0;
    List<String> pending = new ArrayList<>();
    boolean header = true;
    for (String l : lines) {
      if (header
          && (l.startsWith("#EXTM3U")
              || l.startsWith("#EXT-X-VERSION")
              || l.startsWith("#EXT-X-TARGETDURATION")
              || l.startsWith("#EXT-X-MEDIA-SEQUENCE"))) {
        out.add(l);
        continue;
      }
      header = false;
      if (dropped < n) {
        pending.add(l);
        if (!l.startsWith("#")) {
          dropped++;
          pending.clear();
        }
        continue;
      }
      out.addAll(pending);
      pending.clear();
      out.add(l);
    }
    return String.join("\n", out) + "\n";
  }
}
