package io.splicer.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import io.splicer.hls.CueBreak.Kind;
import io.splicer.hls.HlsProblem.Code;
import io.splicer.scte35.CueKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CueDetectorTest {

  static MediaPlaylist media(String text) throws HlsParseException {
    return HlsParser.parseMedia(text, ParseMode.LENIENT);
  }

  static CueDetector.Result detect(String text) throws HlsParseException {
    return CueDetector.detect(media(text));
  }

  static String segments(String... blocks) {
    StringBuilder sb = new StringBuilder("#EXTM3U\n#EXT-X-TARGETDURATION:10\n");
    int i = 0;
    for (String b : blocks) {
      if (b.startsWith("#")) {
        sb.append(b).append('\n');
      } else {
        sb.append("#EXTINF:").append(b).append(",\nseg").append(i++).append(".ts\n");
      }
    }
    return sb.toString();
  }

  @Test
  void detect_awsOriginElemental_oneBreakWithCueOutDuration() throws HlsParseException {
    CueDetector.Result r = detect(HlsCorpus.text("aws-mediatailor-docs/origin-media-cue-out.m3u8"));
    assertEquals(1, r.breaks().size());
    CueBreak b = r.breaks().get(0);
    assertEquals(Kind.REPLACEMENT, b.kind());
    assertEquals(3, b.startSegment());
    assertEquals(8, b.endSegment());
    assertTrue(b.closed());
    assertEquals(MediaTime.ofMillis(20_020), b.duration().orElseThrow());
    assertEquals(CueTags.CUE_OUT, b.sourceTag());
    assertEquals(CueKind.OUT, b.scte35().orElseThrow().cueKind());
    assertTrue(r.problems().isEmpty(), r.problems().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_2", "_3", "_4", "_5"})
  void detect_carlantonCueOutSpellings_nineteenSecondsEndedByCueIn(String suffix)
      throws HlsParseException {
    CueDetector.Result r =
        detect(
            HlsCorpus.text(
                "carlanton-m3u8-parser/media-playlist-with-date-range-and-cue-out-cue-in"
                    + suffix
                    + ".m3u8"));
    assertEquals(1, r.breaks().size(), r.toString());
    CueBreak b = r.breaks().get(0);
    assertEquals(1, b.startSegment());
    assertEquals(4, b.endSegment());
    assertEquals(MediaTime.ofSeconds(19), b.duration().orElseThrow());
    assertEquals(CueTags.CUE_OUT, b.sourceTag());
    assertEquals("20", b.id());
  }

  @Test
  void detect_dateRangeOutInPair_earliestEndWins() throws HlsParseException {
    CueDetector.Result r =
        detect(HlsCorpus.text("carlanton-m3u8-parser/media-playlist-with-date-range.m3u8"));
    CueBreak b = r.breaks().get(0);
    assertEquals(1, r.breaks().size());
    assertEquals(CueTags.DATERANGE, b.sourceTag());
    assertEquals("441", b.id());
    assertEquals(MediaTime.ofSeconds(242), b.duration().orElseThrow());
    assertEquals(1, b.startSegment());
    assertEquals(4, b.endSegment()); // SCTE35-IN before 5.ts, long before 242 s
  }

  @Test
  void detect_durationShorterThanIn_durationEndsBreak() throws HlsParseException {
    CueDetector.Result r =
        detect(segments("4", "#EXT-X-CUE-OUT:8", "4", "4", "4", "4", "#EXT-X-CUE-IN", "4"));
    CueBreak b = r.breaks().get(0);
    assertEquals(1, b.startSegment());
    assertEquals(3, b.endSegment());
  }

  @Test
  void detect_bareCueOutInLive_cueInEndsAndStrayCueInWarns() throws HlsParseException {
    CueDetector.Result r =
        detect(HlsCorpus.text("grafov-m3u8/media-playlist-with-cue-out-in-without-oatcls.m3u8"));
    assertEquals(2, r.breaks().size());
    CueBreak b = r.breaks().get(0);
    assertTrue(b.duration().isEmpty());
    assertEquals(5, b.startSegment());
    assertEquals(9, b.endSegment());
    assertEquals(Code.CUE_WITHOUT_BREAK, r.problems().get(0).code());
    CueBreak live = r.breaks().get(1); // CUE-OUT:180, no CUE-IN: ended by its duration
    assertTrue(live.closed());
    assertEquals(live.startSegment() + 30, live.endSegment()); // 6.8 + 29 x 6 >= 180
    assertEquals(MediaTime.ofSeconds(180), live.duration().orElseThrow());
  }

  @Test
  void detect_threefiveVod_twoReplacementBreaks() throws HlsParseException {
    CueDetector.Result r = detect(HlsCorpus.text("threefive/scte35.m3u8"));
    assertTrue(r.breaks().size() >= 2);
    CueBreak first = r.breaks().get(0);
    assertEquals(Kind.REPLACEMENT, first.kind());
    assertEquals(1, first.startSegment());
    assertEquals(5, first.endSegment()); // 2+12+12+4 = 30 s
    assertEquals(MediaTime.ofSeconds(30), first.duration().orElseThrow());
  }

  @Test
  void detect_isoDuration_warnsAndNeedsCueIn() throws HlsParseException {
    CueDetector.Result r =
        detect(segments("4", "#EXT-X-CUE-OUT:PT32S", "4", "4", "#EXT-X-CUE-IN", "4"));
    assertEquals(Code.UNSUPPORTED_CUE_DURATION, r.problems().get(0).code());
    assertEquals("#EXT-X-CUE-OUT:PT32S", r.problems().get(0).value());
    assertTrue(r.breaks().get(0).duration().isEmpty());
    assertEquals(3, r.breaks().get(0).endSegment());
  }

  @Test
  void detect_cueOutContJoin_elapsedAndDurationFromCont() throws HlsParseException {
    String text =
        segments(
            "#EXT-X-CUE-OUT-CONT:ElapsedTime=12.646,Duration=21,SCTE35=/DAlAAAAAsvhAP/wFAXwAAAGf+/+AdLfiP4AG3dAAAEBAQAAXytxmQ==",
            "6.006",
            "#EXT-X-CUE-OUT-CONT:ElapsedTime=18.652,Duration=21",
            "1.368",
            "#EXT-X-CUE-IN",
            "4.638");
    CueBreak b = detect(text).breaks().get(0);
    assertEquals(0, b.startSegment());
    assertEquals(2, b.endSegment());
    assertEquals(MediaTime.ofMillis(12_646), b.elapsedAtStart());
    assertEquals(MediaTime.ofSeconds(21), b.duration().orElseThrow());
    assertTrue(b.scte35().isPresent());
  }

  @Test
  void detect_cueOutContSlashForm_elapsedOverTotal() throws HlsParseException {
    CueBreak b =
        detect(segments("#EXT-X-CUE-OUT-CONT:10/60", "5", "5", "#EXT-X-ENDLIST")).breaks().get(0);
    assertEquals(MediaTime.ofSeconds(10), b.elapsedAtStart());
    assertEquals(MediaTime.ofSeconds(60), b.duration().orElseThrow());
    assertFalse(b.closed());
  }

  @Test
  void detect_splicepointPair_0x34StartAnd0x35End() throws HlsParseException {
    String text =
        segments(
            "6",
            "#EXT-X-SPLICEPOINT-SCTE35:/DA9AAAAAAAAAP/wBQb+uYbZqwAnAiVDVUVJAAAKqX//AAEjW4AMEU1EU05CMDAxMTMyMjE5M19ONAAAmXz5JA==",
            "6",
            "6",
            "#EXT-X-SPLICEPOINT-SCTE35:/DA4AAAAAAAAAP/wBQb+tTeaawAiAiBDVUVJAAAKqH+/DBFNRFNOQjAwMTEzMjIxOTJfTjUAAIiGK1s=",
            "6");
    CueDetector.Result r = detect(text);
    assertEquals(1, r.breaks().size(), r.toString());
    CueBreak b = r.breaks().get(0);
    assertEquals(1, b.startSegment());
    assertEquals(3, b.endSegment());
    assertEquals(CueTags.SPLICEPOINT, b.sourceTag());
    assertEquals(MediaTime.ofMicros(212_160_000), b.duration().orElseThrow());
  }

  @Test
  void detect_extXScte35StanzaWithAsset_oneBreakWithCueOutDurationAndAsset()
      throws HlsParseException {
    String text =
        segments(
            "#EXT-X-ASSET:CAID=0x00000000381B85CE,EPISODE=\"Episode%20Name\"",
            "#EXT-X-CUE-OUT:250.133",
            "#EXT-X-SCTE35:CUE=\"/DA2AAAAAAAAAAAABQaAUH4T/gAgAh5DVUVJQAVCawDAAAFXgYsICAAAAAA4G4XONAAAAADqLWsS\",ID=\"1074086507\"",
            "6.006",
            "#EXT-X-SCTE35:CUE-IN=YES",
            "6.006");
    CueDetector.Result r = detect(text);
    assertEquals(1, r.breaks().size(), r.toString());
    CueBreak b = r.breaks().get(0);
    assertEquals(MediaTime.ofMicros(250_133_000), b.duration().orElseThrow());
    assertEquals(Map.of("CAID", "0x00000000381B85CE", "EPISODE", "Episode%20Name"), b.asset());
    assertEquals(1, b.endSegment());
  }

  @Test
  void detect_vodZeroCue_insertionPointsPreMidAndPostRoll() throws HlsParseException {
    String pod = "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n";
    String text =
        segments(
            pod.strip(),
            "4",
            "#EXT-X-CUE-OUT:0",
            "#EXT-X-CUE-IN",
            "4",
            "#EXT-X-CUE-OUT: 0",
            "#EXT-X-CUE-IN",
            "4",
            "#EXT-X-ENDLIST");
    CueDetector.Result r = detect(text);
    List<CueBreak> b = r.breaks();
    assertEquals(3, b.size());
    assertTrue(b.stream().allMatch(x -> x.kind() == Kind.INSERTION));
    assertEquals(List.of(0, 1, 2), b.stream().map(CueBreak::startSegment).toList());
    assertEquals(List.of(false, false, true), b.stream().map(CueBreak::postRoll).toList());
    assertTrue(r.problems().isEmpty(), r.problems().toString());
  }

  @Test
  void detect_stackedZeroCues_oneInsertionPointWithWarning() throws HlsParseException {
    String pair = "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN";
    CueDetector.Result r = detect(segments(pair, pair, pair, "4", "#EXT-X-ENDLIST"));
    assertEquals(1, r.breaks().size());
    assertEquals(Kind.INSERTION, r.breaks().get(0).kind());
    assertFalse(r.breaks().get(0).postRoll()); // single segment: a pre-roll
    assertEquals(2, r.problems().size());
    assertTrue(r.problems().stream().allMatch(p -> p.code() == Code.STACKED_INSERTION_POINTS));
  }

  @Test
  void detect_vodNonZeroDuration_isReplacement() throws HlsParseException {
    CueBreak b =
        detect(segments("4", "#EXT-X-CUE-OUT:8", "4", "4", "#EXT-X-CUE-IN", "4", "#EXT-X-ENDLIST"))
            .breaks()
            .get(0);
    assertEquals(Kind.REPLACEMENT, b.kind());
  }

  @Test
  void detect_garbageScte35_warnsNoException() throws HlsParseException {
    CueDetector.Result r = detect(segments("4", "#EXT-OATCLS-SCTE35:not!base64", "4"));
    assertTrue(r.breaks().isEmpty());
    assertEquals(Code.INVALID_SCTE35, r.problems().get(0).code());
  }

  @Test
  void detect_everyCorpusMediaPlaylist_noException() throws HlsParseException {
    int breaks = 0;
    for (String f : HlsRoundTripTest.validPlaylists()) {
      if (HlsParser.parse(HlsCorpus.text(f)) instanceof MediaPlaylist m) {
        CueDetector.Result r = CueDetector.detect(m);
        for (CueBreak b : r.breaks()) {
          assertTrue(b.startSegment() >= 0 && b.endSegment() <= m.segments().size(), f);
        }
        breaks += r.breaks().size();
      }
    }
    assertTrue(breaks >= 15, "breaks found in corpus: " + breaks);
  }
}
