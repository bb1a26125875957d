package io.splicer.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeListTest {

  @Test
  void parse_commaInsideQuotes_staysInValue() {
    AttributeList a =
        AttributeList.parse(
            "BANDWIDTH=2665726,CODECS=\"avc1.640029,mp4a.40.2\",RESOLUTION=960x540");
    assertEquals(List.of("BANDWIDTH", "CODECS", "RESOLUTION"), a.names());
    assertEquals("avc1.640029,mp4a.40.2", a.string("CODECS").orElseThrow());
    assertEquals("\"avc1.640029,mp4a.40.2\"", a.raw("CODECS"));
    assertEquals(2665726L, a.integer("BANDWIDTH").getAsLong());
    assertTrue(a.problems().isEmpty());
  }

  @Test
  void parse_nameEndingLikeAnother_noFalseMatch() {
    AttributeList a = AttributeList.parse("AVERAGE-BANDWIDTH=1,BANDWIDTH=2");
    assertEquals(2L, a.integer("BANDWIDTH").getAsLong());
  }

  @Test
  void parse_blanksAfterCommas_tolerated() {
    AttributeList a = AttributeList.parse(" CUE=\"/DAIAAAAAAAA\", ID=\"123\", TIME=123.12");
    assertEquals("123", a.string("ID").orElseThrow());
    assertEquals(MediaTime.ofMicros(123_120_000), a.seconds("TIME").orElseThrow());
  }

  @Test
  void parse_unterminatedQuote_problemAndRestKept() {
    AttributeList a = AttributeList.parse("URI=\"abc,DURATION=3");
    assertEquals("abc,DURATION=3", a.string("URI").orElseThrow());
    assertFalse(a.problems().isEmpty());
    assertTrue(a.problems().get(0).contains("[\"abc,DURATION=3]"));
  }

  @Test
  void parse_duplicateAndValueless_problemsRecorded() {
    AttributeList a = AttributeList.parse("A=1,A=2,JUNK,B=3");
    assertEquals("2", a.raw("A"));
    assertEquals("3", a.raw("B"));
    assertEquals(2, a.problems().size());
  }

  @Test
  void parse_hostileAttributeCount_capped() {
    String many = "A=1,".repeat(10_000);
    AttributeList a = AttributeList.parse(many);
    assertEquals(1, a.size()); // all duplicates of A
    AttributeList distinct = AttributeList.parse(manyDistinct(1000));
    assertEquals(AttributeList.MAX_ATTRIBUTES, distinct.size());
    assertFalse(distinct.problems().isEmpty());
  }

  @Test
  void with_existingName_keepsOrderAndRawValues() {
    AttributeList a = AttributeList.parse("METHOD=AES-128,URI=\"k.key\",IV=0x1F");
    assertEquals(
        "METHOD=AES-128,URI=\"https://o/k.key\",IV=0x1F",
        a.withQuoted("URI", "https://o/k.key").render());
    assertEquals("METHOD=AES-128,IV=0x1F", a.without("URI").render());
    assertEquals("METHOD=AES-128,URI=\"k.key\",IV=0x1F,X=1", a.with("X", "1").render());
  }

  @Test
  void seconds_malformedOrIso_empty() {
    AttributeList a = AttributeList.parse("DURATION=PT32S,D2=1e3,D3=59.993");
    assertTrue(a.seconds("DURATION").isEmpty());
    assertTrue(a.seconds("D2").isEmpty());
    assertEquals(MediaTime.ofMillis(59_993), a.seconds("D3").orElseThrow());
  }

  private static String manyDistinct(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("X-").append(i).append("=1,");
    }
    return sb.toString();
  }
}
