package io.splicer.hls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HlsRoundTripTest {

  /** Corpus files that are invalid on purpose (see corpus README). */
  private static final Set<String> INVALID =
      Set.of("videojs-m3u8-parser/empty.m3u8", "videojs-m3u8-parser/manifestNoExtM3u.m3u8");

  static List<String> validPlaylists() {
    return HlsCorpus.playlists().stream().filter(p -> !INVALID.contains(p)).toList();
  }

  @Test
  void corpus_hasAllPlaylists_sixtySix() {
    assertEquals(66, HlsCorpus.playlists().size());
  }

  @ParameterizedTest
  @MethodSource("validPlaylists")
  void write_unedited_isByteExact(String file) throws HlsParseException {
    byte[] original = HlsCorpus.bytes(file);
    Playlist p = HlsParser.parse(new String(original, StandardCharsets.UTF_8));
    assertArrayEquals(original, HlsWriter.write(p).getBytes(StandardCharsets.UTF_8), file);
  }

  /** The writer returns the source for unedited parser output; each line must still be exact. */
  @ParameterizedTest
  @MethodSource("validPlaylists")
  void write_copyOfUneditedLines_isByteExact(String file) throws HlsParseException {
    byte[] original = HlsCorpus.bytes(file);
    Playlist p = HlsParser.parse(new String(original, StandardCharsets.UTF_8));
    String written = HlsWriter.write(new java.util.ArrayList<>(p.lines()), p.eol());
    assertArrayEquals(original, written.getBytes(StandardCharsets.UTF_8), file);
  }

  @Test
  void parse_mixedTerminators_dominantIsTheCommonest() throws HlsParseException {
    assertEquals("\r\n", HlsParser.parse("#EXTM3U\r\na.ts\nb.ts\r\n").eol());
    assertEquals("\n", HlsParser.parse("#EXTM3U\r\na.ts\nb.ts\rc.ts").eol());
    assertEquals("\r\n", HlsParser.parse("#EXTM3U\r\nlast-unterminated.ts").eol());
    assertEquals("\n", HlsParser.parse("#EXTM3U").eol());
  }

  @ParameterizedTest
  @MethodSource("validPlaylists")
  void parse_corpusPlaylist_noFatalProblem(String file) throws HlsParseException {
    Playlist p = HlsParser.parse(HlsCorpus.text(file));
    assertTrue(p.problems().stream().noneMatch(pr -> pr.code().isFatal()), file);
    if (p instanceof MediaPlaylist m) {
      assertEquals(
          m.segments().size(), m.lines().stream().filter(HlsLine::isUri).count(), "URIs " + file);
    }
  }

  @Test
  void parse_emptyFile_classifiedEmpty() {
    HlsParseException e =
        assertThrows(
            HlsParseException.class,
            () -> HlsParser.parse(HlsCorpus.text("videojs-m3u8-parser/empty.m3u8")));
    assertEquals(HlsProblem.Code.EMPTY, e.problem().code());
  }

  @Test
  void parse_noExtm3u_classifiedMissingExtm3uWithLine() {
    HlsParseException e =
        assertThrows(
            HlsParseException.class,
            () -> HlsParser.parse(HlsCorpus.text("videojs-m3u8-parser/manifestNoExtM3u.m3u8")));
    assertEquals(HlsProblem.Code.MISSING_EXTM3U, e.problem().code());
    assertEquals(1, e.problem().line());
    assertEquals("#EXT-X-TARGETDURATION:10", e.problem().value());
  }

  @Test
  void parse_blankLinesBeforeExtm3u_strictThrowsLenientWarns() throws HlsParseException {
    String text = HlsCorpus.text("carlanton-m3u8-parser/multivariant.m3u8");
    HlsParseException e =
        assertThrows(HlsParseException.class, () -> HlsParser.parse(text, ParseMode.STRICT));
    assertEquals(HlsProblem.Code.TEXT_BEFORE_EXTM3U, e.problem().code());
    Playlist p = HlsParser.parse(text, ParseMode.LENIENT);
    assertTrue(p instanceof MultivariantPlaylist);
    assertEquals(HlsProblem.Code.TEXT_BEFORE_EXTM3U, p.problems().get(0).code());
  }

  @Test
  void parse_crlfPlaylist_keepsCrlfAsDominantEol() throws HlsParseException {
    Playlist p = HlsParser.parse(HlsCorpus.text("eyevinn-hls-splice/hls1/index_0_av.m3u8"));
    assertEquals("\r\n", p.eol());
  }

  @Test
  void parse_multivariantAndMedia_detectedByTags() throws HlsParseException {
    assertTrue(
        HlsParser.parse(HlsCorpus.text("aws-mediatailor-docs/origin-multivariant.m3u8"))
            instanceof MultivariantPlaylist);
    Playlist media =
        HlsParser.parse(HlsCorpus.text("aws-mediatailor-docs/origin-media-cue-out.m3u8"));
    assertTrue(media instanceof MediaPlaylist);
    MediaPlaylist m = (MediaPlaylist) media;
    assertEquals(12, m.segments().size());
    assertEquals(8779957L, m.mediaSequence());
    assertEquals(8779968L, m.segments().get(11).sequence());
    assertFalse(m.isVod());
  }

  @Test
  void write_editedLastLineWithoutTerminator_getsDominantEol() throws HlsParseException {
    MediaPlaylist m = HlsParser.parseMedia("#EXTM3U\n#EXTINF:4,\na.ts", ParseMode.STRICT);
    List<HlsLine> lines = new java.util.ArrayList<>(m.lines());
    lines.add(HlsLine.tag("EXT-X-ENDLIST", null));
    assertEquals("#EXTM3U\n#EXTINF:4,\na.ts\n#EXT-X-ENDLIST\n", HlsWriter.write(lines, m.eol()));
  }
}
