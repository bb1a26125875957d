package io.splicer.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Property test: corpus playlists mutated (truncation, garbage lines, huge attribute values, deep
 * repetition, byte flips) never make the parser, cue detector, splicer or writer hang or throw an
 * unchecked exception; parsed input always writes back unchanged. 10 000 cases by default; set
 * {@code -Dhls.fuzz.cases=N} for more. The seed is fixed so failures reproduce.
 */
class HlsParserFuzzTest {

  private static final String[] GARBAGE = {
    "#EXT-X-CUE-OUT:",
    "#EXT-X-CUE-OUT:PT30S",
    "#EXT-X-CUE-OUT: 0",
    "#EXT-X-CUE-IN",
    "#EXT-X-CUE-OUT-CONT:1/",
    "#EXT-X-CUE-OUT-CONT:ElapsedTime=x,Duration=\"",
    "#EXT-X-DATERANGE:ID=\"a\",SCTE35-OUT=0xZZ",
    "#EXT-X-DATERANGE:ID=\"a\",SCTE35-IN=0xFC",
    "#EXT-OATCLS-SCTE35:/DAlAAAAAsvhAP/wFAXwAAAGf+/+AdLfiP4AG3dAAAEBAQAAXytxmQ==",
    "#EXT-X-SPLICEPOINT-SCTE35:////",
    "#EXT-X-SCTE35:CUE-OUT=YES,DURATION=-1",
    "#EXTINF:-1,",
    "#EXTINF:1e9,",
    "#EXTINF:99999999999999999999,",
    "#EXT-X-KEY:METHOD=AES-128,URI=\"",
    "#EXT-X-MAP:URI",
    "#EXT-X-BYTERANGE:@",
    "#EXT-X-PROGRAM-DATE-TIME:not-a-date",
    "#EXT-X-MEDIA-SEQUENCE:-5",
    "#EXT-X-TARGETDURATION:0",
    "#EXT-X-STREAM-INF:BANDWIDTH=",
    "#EXT-X-ENDLIST",
    "#EXT",
    "#",
    ":",
    "\u0000\uFFFF\uD800",
    "segment.ts",
    ""
  };

  @Test
  void parse_mutatedCorpus_neverThrowsUncheckedOrHangs() {
    int cases = Integer.getInteger("hls.fuzz.cases", 10_000);
    List<String> corpus = HlsRoundTripTest.validPlaylists().stream().map(HlsCorpus::text).toList();
    SplittableRandom random = new SplittableRandom(0x5EEDL);
    int[] parsed = {0};
    assertTimeoutPreemptively(
        Duration.ofMinutes(5),
        () -> {
          for (int c = 0; c < cases; c++) {
            String input = mutate(corpus.get(random.nextInt(corpus.size())), random);
            if (exercise(input)) {
              parsed[0]++;
            }
          }
        });
    assertTrue(parsed[0] > cases / 4, "too few mutants parsed: " + parsed[0]);
  }

  /** Returns whether the input parsed; any unchecked exception fails the test with the input. */
  static boolean exercise(String input) {
    try {
      Playlist p = HlsParser.parse(input, ParseMode.LENIENT);
      assertEquals(input, HlsWriter.write(p));
      assertEquals(input, HlsWriter.write(new java.util.ArrayList<>(p.lines()), p.eol()));
      if (p instanceof MediaPlaylist m) {
        CueDetector.Result r = CueDetector.detect(m);
        List<PlannedBreak> plan =
            HlsSplicer.planAll(
                r.breaks(), b -> PlannedBreak.of(b, List.of(HlsSpliceGoldenTest.ad("f", 2, 2))));
        SpliceResult spliced = HlsSplicer.splice(m, plan, null, SpliceOptions.defaults());
        // The same playlist with a plain list of its lines: the splice must not depend on the
        // parser's line list (which lets the splicer copy unchanged runs of input at once).
        MediaPlaylist plain =
            new MediaPlaylist(
                new java.util.ArrayList<>(m.lines()),
                m.eol(),
                m.problems(),
                m.segments(),
                m.version(),
                m.targetDuration(),
                m.mediaSequence(),
                m.discontinuitySequence(),
                m.playlistType(),
                m.endList());
        assertEquals(
            spliced, HlsSplicer.splice(plain, plan, null, SpliceOptions.defaults()), "plain lines");
      }
      try {
        HlsParser.parse(input, ParseMode.STRICT);
      } catch (HlsParseException expected) {
        // strict mode may reject: that is a classified error
      }
      return true;
    } catch (HlsParseException e) {
      return false;
    } catch (RuntimeException e) {
      throw new AssertionError(
          "unchecked "
              + e
              + " for input ["
              + input.substring(0, Math.min(400, input.length()))
              + "]",
          e);
    }
  }

  static String mutate(String text, SplittableRandom r) {
    String s = text;
    int ops = 1 + r.nextInt(4);
    for (int i = 0; i < ops; i++) {
      s =
          switch (r.nextInt(6)) {
            case 0 -> s.substring(0, r.nextInt(s.length() + 1)); // truncation
            case 1 -> insertLine(s, GARBAGE[r.nextInt(GARBAGE.length)], r);
            case 2 ->
                insertLine(s, "#EXT-X-KEY:METHOD=AES-128,URI=\"" + "x".repeat(8_000) + "\"", r);
            case 3 -> repeatLine(s, r);
            case 4 -> flip(s, r);
            default -> insertLine(s, "#EXT-X-DATERANGE:" + "A=1,".repeat(600), r);
          };
    }
    return s;
  }

  private static String insertLine(String s, String line, SplittableRandom r) {
    int at = s.isEmpty() ? -1 : s.indexOf('\n', r.nextInt(s.length()));
    if (at < 0) {
      return s + "\n" + line;
    }
    return s.substring(0, at + 1) + line + "\n" + s.substring(at + 1);
  }

  private static String repeatLine(String s, SplittableRandom r) {
    String[] lines = s.split("\n", -1);
    String line = lines[r.nextInt(lines.length)];
    return insertLine(s, (line + "\n").repeat(1 + r.nextInt(200)), r);
  }

  private static String flip(String s, SplittableRandom r) {
    if (s.isEmpty()) {
      return s;
    }
    char[] c = s.toCharArray();
    for (int i = 0; i < 1 + r.nextInt(8); i++) {
      c[r.nextInt(c.length)] = "\r\n\",=:#@/ 0x".charAt(r.nextInt(12));
    }
    return new String(c);
  }
}
