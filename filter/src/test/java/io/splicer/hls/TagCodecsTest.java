package io.splicer.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagCodecsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "EXTM3U",
        "EXT-X-VERSION",
        "EXT-X-INDEPENDENT-SEGMENTS",
        "EXT-X-START",
        "EXT-X-DEFINE",
        "EXT-X-TARGETDURATION",
        "EXT-X-MEDIA-SEQUENCE",
        "EXT-X-DISCONTINUITY-SEQUENCE",
        "EXT-X-ENDLIST",
        "EXT-X-PLAYLIST-TYPE",
        "EXT-X-I-FRAMES-ONLY",
        "EXT-X-PART-INF",
        "EXT-X-SERVER-CONTROL",
        "EXTINF",
        "EXT-X-BYTERANGE",
        "EXT-X-DISCONTINUITY",
        "EXT-X-KEY",
        "EXT-X-MAP",
        "EXT-X-PROGRAM-DATE-TIME",
        "EXT-X-GAP",
        "EXT-X-BITRATE",
        "EXT-X-PART",
        "EXT-X-DATERANGE",
        "EXT-X-SKIP",
        "EXT-X-PRELOAD-HINT",
        "EXT-X-RENDITION-REPORT",
        "EXT-X-MEDIA",
        "EXT-X-STREAM-INF",
        "EXT-X-I-FRAME-STREAM-INF",
        "EXT-X-SESSION-DATA",
        "EXT-X-SESSION-KEY",
        "EXT-X-CONTENT-STEERING"
      })
  void codec_everyRfc8216bisTag_registered(String name) {
    assertNotNull(TagCodecs.codec(name), name);
  }

  @Test
  void extinf_readWrite_exactAndLossless() {
    List<String> problems = new ArrayList<>();
    HlsTag.ExtInf e =
        TagCodecs.codec("EXTINF", HlsTag.ExtInf.class)
            .read("10.010,title, with comma", problems::add);
    assertNotNull(e);
    assertEquals(MediaTime.ofMillis(10_010), e.duration());
    assertEquals("title, with comma", e.title());
    assertEquals("#EXTINF:10.010,title, with comma", TagCodecs.encode(e).text());
    assertTrue(problems.isEmpty());
  }

  @Test
  void extinf_noComma_readWithNullTitle() {
    HlsTag.ExtInf e = TagCodecs.codec("EXTINF", HlsTag.ExtInf.class).read("4.00008", p -> {});
    assertNotNull(e);
    assertNull(e.title());
    assertEquals("4.00008", TagCodecs.encode(e).value());
  }

  @Test
  void extinf_garbage_problemAndNull() {
    List<String> problems = new ArrayList<>();
    assertNull(TagCodecs.codec("EXTINF", HlsTag.ExtInf.class).read("abc,", problems::add));
    assertEquals(1, problems.size());
  }

  /** The in-place reading of the plain form agrees with the codec, and declines anything else. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "6.006,",
        "6.006",
        "10,",
        "0,",
        "5.",
        "5.,t",
        "2.002,title, comma",
        "3.066667,",
        "3.0666667,",
        "123456789012,",
        "1234567890123,",
        " 6.006,",
        "6.006 ,",
        "+6,",
        "-1,",
        ".5,",
        "6.0.0,",
        "abc,",
        "",
        "6e3,",
        "6.006x,"
      })
  void plainExtInfDuration_anyValue_matchesCodecOrDeclines(String value) {
    MediaTime fast = TagCodecs.plainExtInfDuration("#EXTINF:" + value);
    HlsTag.ExtInf full = TagCodecs.codec("EXTINF", HlsTag.ExtInf.class).read(value, p -> {});
    if (fast != null) {
      assertNotNull(full, value);
      assertEquals(full.duration(), fast, value);
    }
    boolean plain = value.matches("[0-9]{1,12}(\\.[0-9]{0,6})?(,.*)?");
    assertEquals(plain, fast != null, value);
  }

  @Test
  void name_knownTag_isTheRegisteredConstant() {
    String line = "#EXT-X-MEDIA-SEQUENCE:7";
    assertTrue(TagCodecs.name(line, 1, 21) == HlsLine.read(line, "\n").name());
    assertEquals("EXT-X-UNKNOWN", TagCodecs.name("#EXT-X-UNKNOWN:1", 1, 14));
  }

  @Test
  void extinfOf_formatsMinimally() {
    assertEquals("3.0", HlsTag.ExtInf.of(MediaTime.ofSeconds(3)).durationText());
    assertEquals("2.002", HlsTag.ExtInf.of(MediaTime.ofMillis(2002)).durationText());
    assertEquals("3.066667", HlsTag.ExtInf.of(MediaTime.ofMicros(3_066_667)).durationText());
    assertEquals("0.000001", HlsTag.formatSeconds(MediaTime.ofMicros(1)));
    assertEquals("10.05", HlsTag.formatSeconds(MediaTime.ofMillis(10_050)));
    assertEquals("0.0", HlsTag.formatSeconds(MediaTime.ZERO));
  }

  @Test
  void byteRange_withAndWithoutOffset_roundTrip() {
    TagCodec<HlsTag.ByteRange> c = TagCodecs.codec("EXT-X-BYTERANGE", HlsTag.ByteRange.class);
    assertEquals("1000@200", c.write(c.read("1000@200", p -> {})));
    assertEquals("75232", c.write(c.read("75232", p -> {})));
    assertNull(c.read("x@y", p -> {}));
  }

  @Test
  void key_missingMethod_problem() {
    List<String> problems = new ArrayList<>();
    TagCodecs.codec("EXT-X-KEY").read("URI=\"k\"", problems::add);
    assertEquals(List.of("missing required attribute: [METHOD]"), problems);
    problems.clear();
    TagCodecs.codec("EXT-X-KEY").read("METHOD=NONE", problems::add);
    assertTrue(problems.isEmpty());
  }
}
