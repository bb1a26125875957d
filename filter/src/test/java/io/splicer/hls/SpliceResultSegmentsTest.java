package io.splicer.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SpliceResult#segments()} is what parsing the written text again gives (callers use it
 * instead of re-parsing): checked on every media playlist of the corpus and the golden inputs,
 * spliced with an ad in each break, with no plan, and with counters carried from a prior window.
 */
class SpliceResultSegmentsTest {

  private static final UriResolver MARKED =
      new UriResolver() {
        @Override
        public String content(String uri) {
          return "http://origin/" + uri;
        }

        @Override
        public String ad(SpliceResult.Placement placement) {
          return "http://ads/" + placement.uri();
        }
      };

  static Stream<String> mediaPlaylists() {
    List<String> names = new ArrayList<>();
    for (String relative : HlsCorpus.playlists()) {
      names.add("/corpus/hls/" + relative);
    }
    for (String g :
        List.of(
            "cmaf-encrypted-live",
            "live-straddle-keyed",
            "seed-ad-pod",
            "seed-postroll",
            "seed-stacked-invalid")) {
      names.add("/hls/golden/" + g + ".m3u8");
    }
    return names.stream().filter(n -> parse(n) != null).filter(n -> !parse(n).segments().isEmpty());
  }

  private static MediaPlaylist parse(String resource) {
    try {
      return HlsParser.parse(HlsCorpus.resource(resource)) instanceof MediaPlaylist p ? p : null;
    } catch (HlsParseException e) {
      return null;
    }
  }

  @ParameterizedTest
  @MethodSource("mediaPlaylists")
  void splice_adInEveryBreak_segmentsMatchReparsedText(String resource) throws HlsParseException {
    MediaPlaylist p = parse(resource);
    List<PlannedBreak> plan = new ArrayList<>();
    for (CueBreak b : CueDetector.detect(p).breaks()) {
      plan.add(PlannedBreak.of(b, List.of(ad("a", 4, 4), filling("b", p, b, 8_000_000))));
    }
    assertSegmentsMatch(HlsSplicer.splice(p, plan, null, new SpliceOptions(MARKED, false)));
  }

  @ParameterizedTest
  @MethodSource("mediaPlaylists")
  void splice_adsEndInsideKeptSegment_segmentsMatchReparsedText(String resource)
      throws HlsParseException {
    MediaPlaylist p = parse(resource);
    List<PlannedBreak> plan = new ArrayList<>();
    for (CueBreak b : CueDetector.detect(p).breaks()) {
      plan.add(PlannedBreak.of(b, List.of(ad("a", 4, 4), shortOfEnd("d", p, b, 8_000_000))));
    }
    SpliceResult r = HlsSplicer.splice(p, plan, null, new SpliceOptions(MARKED, false));
    assertSegmentsMatch(r);
    for (HlsProblem problem : HlsParser.parseMedia(r.text(), ParseMode.LENIENT).problems()) {
      assertNotEquals(HlsProblem.Code.MISSING_EXTINF, problem.code(), r.text());
    }
  }

  @ParameterizedTest
  @MethodSource("mediaPlaylists")
  void splice_noPlan_segmentsMatchReparsedText(String resource) throws HlsParseException {
    MediaPlaylist p = parse(resource);
    assertSegmentsMatch(HlsSplicer.splice(p, List.of(), null, SpliceOptions.defaults()));
    assertSegmentsMatch(HlsSplicer.splice(p, List.of(), null, new SpliceOptions(MARKED, true)));
  }

  @ParameterizedTest
  @MethodSource("mediaPlaylists")
  void splice_countersFromEarlierWindow_segmentsMatchReparsedText(String resource)
      throws HlsParseException {
    MediaPlaylist p = parse(resource);
    SpliceState earlier =
        new SpliceState(
            p.mediaSequence() - 2,
            p.mediaSequence() + 40,
            p.discontinuitySequence() + 3,
            List.of(3, 1),
            List.of(1, 0));
    List<PlannedBreak> plan = new ArrayList<>();
    for (CueBreak b : CueDetector.detect(p).breaks()) {
      plan.add(PlannedBreak.of(b, List.of(filling("c", p, b, 0))));
    }
    SpliceResult r = HlsSplicer.splice(p, plan, earlier, new SpliceOptions(MARKED, false));
    assertSegmentsMatch(r);
    assertEquals(p.mediaSequence() + 44, r.segments().get(0).sequence());
  }

  private static void assertSegmentsMatch(SpliceResult r) throws HlsParseException {
    MediaPlaylist again = HlsParser.parseMedia(r.text(), ParseMode.LENIENT);
    List<SpliceResult.Segment> expected = new ArrayList<>();
    for (MediaSegment s : again.segments()) {
      expected.add(new SpliceResult.Segment(s.sequence(), s.duration()));
    }
    assertFalse(expected.isEmpty());
    assertEquals(expected, r.segments(), r.text());
  }

  /**
   * An ad that, after {@code beforeMicros} of other ads, fills a replacement break's segments
   * exactly (2.5 s for an insertion).
   */
  private static SpliceAd filling(String id, MediaPlaylist p, CueBreak b, long beforeMicros) {
    long micros = 0;
    for (int s = b.startSegment(); s < b.endSegment(); s++) {
      micros += p.segments().get(s).duration().micros();
    }
    long rest = b.kind() == CueBreak.Kind.INSERTION ? 2_500_000 : micros - beforeMicros;
    return SpliceAd.of(
        id, List.of(new SpliceSegment(id + ".ts", MediaTime.ofMicros(Math.max(rest, 1_000_000)))));
  }

  /**
   * An ad of 1 s segments that, after {@code beforeMicros} of other ads, ends half-way into the
   * break's last content segment: content resumes at that segment, and the ad's last segments start
   * inside it (2.5 s for an insertion).
   */
  private static SpliceAd shortOfEnd(String id, MediaPlaylist p, CueBreak b, long beforeMicros) {
    long micros = 0;
    long last = 0;
    for (int s = b.startSegment(); s < b.endSegment(); s++) {
      last = p.segments().get(s).duration().micros();
      micros += last;
    }
    long rest = b.kind() == CueBreak.Kind.INSERTION ? 2_500_000 : micros - last / 2 - beforeMicros;
    List<SpliceSegment> segs = new ArrayList<>();
    for (long t = 0; t < Math.max(rest, 1_000_000); t += 1_000_000) {
      long d = Math.min(1_000_000, Math.max(rest, 1_000_000) - t);
      segs.add(new SpliceSegment(id + "-" + segs.size() + ".ts", MediaTime.ofMicros(d)));
    }
    return SpliceAd.of(id, segs);
  }

  private static SpliceAd ad(String id, double... seconds) {
    List<SpliceSegment> segs = new ArrayList<>();
    for (int i = 0; i < seconds.length; i++) {
      segs.add(
          new SpliceSegment(
              id + "-" + i + ".ts", MediaTime.parseSeconds(Double.toString(seconds[i]))));
    }
    return SpliceAd.of(id, segs);
  }
}
