package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.splicer.hls.HlsParser;
import io.splicer.hls.Playlist;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParsedOriginsTest {

  private static final String WINDOW =
      "#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXT-X-MEDIA-SEQUENCE:%d\n#EXTINF:6.0,\na.ts\n";

  private final ParsedOrigins parsed = new ParsedOrigins();
  private final AtomicInteger parses = new AtomicInteger();

  private Playlist parse(String url, String text) throws UnparseableManifestException {
    return parsed.parse(
        url,
        text.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8,
        t -> {
          parses.incrementAndGet();
          if (!t.startsWith("#EXTM3U")) {
            throw new UnparseableManifestException("no #EXTM3U");
          }
          return hls(t);
        });
  }

  private static Playlist hls(String text) throws UnparseableManifestException {
    try {
      return HlsParser.parse(text);
    } catch (io.splicer.hls.HlsParseException e) {
      throw new UnparseableManifestException(e.getMessage(), e);
    }
  }

  @Test
  void parse_sameBytesAgain_reusesTheParse() throws Exception {
    Playlist first = parse("http://o/a.m3u8", WINDOW.formatted(1));
    Playlist second = parse("http://o/a.m3u8", WINDOW.formatted(1));

    assertSame(first, second);
    assertEquals(1, parses.get());
    assertEquals(HlsParser.parse(WINDOW.formatted(1)), second);
  }

  @Test
  void parse_changedBytesOrOtherUrlOrCharset_parsesAgain() throws Exception {
    Playlist first = parse("http://o/a.m3u8", WINDOW.formatted(1));
    Playlist slid = parse("http://o/a.m3u8", WINDOW.formatted(2));
    Playlist other = parse("http://o/b.m3u8", WINDOW.formatted(2));
    byte[] bytes = WINDOW.formatted(2).getBytes(StandardCharsets.UTF_8);
    Playlist latin1 =
        parsed.parse("http://o/a.m3u8", bytes, StandardCharsets.ISO_8859_1, ParsedOriginsTest::hls);

    assertNotSame(first, slid);
    assertEquals(HlsParser.parse(WINDOW.formatted(2)), slid);
    assertNotSame(slid, other);
    assertNotSame(slid, latin1);
    assertEquals(3, parses.get());
  }

  @Test
  void parse_unparseableBody_throwsEveryTime() {
    assertThrows(UnparseableManifestException.class, () -> parse("http://o/x", "nope"));
    assertThrows(UnparseableManifestException.class, () -> parse("http://o/x", "nope"));

    assertEquals(2, parses.get());
  }

  @Test
  void parse_moreUrlsThanTheBound_stillParsesCorrectly() throws Exception {
    for (int i = 0; i <= ParsedOrigins.MAX_ENTRIES; i++) {
      parse("http://o/" + i, WINDOW.formatted(i));
    }
    Playlist again = parse("http://o/0", WINDOW.formatted(0));

    assertEquals(HlsParser.parse(WINDOW.formatted(0)), again);
    assertEquals(ParsedOrigins.MAX_ENTRIES + 2, parses.get());
  }
}
