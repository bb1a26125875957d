package io.splicer.scte35;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Scte35DecodeMemoTest {

  /** SCTE 35 sample 14.2 (splice_insert, avail descriptor), as in Scte35DecoderTest. */
  private static final String SAMPLE =
      "/DAvAAAAAAAA///wFAVIAACPf+/+c2nALv4AUsz1AAAAAAAKAAhDVUVJAAABNWLbowo=";

  @Test
  void decodeText_sameTextAgain_sameResultAsDecodingAfresh() {
    Scte35Result first = Scte35Decoder.decodeText(SAMPLE, Scte35Mode.LENIENT);
    Scte35Result again = Scte35Decoder.decodeText(SAMPLE, Scte35Mode.LENIENT);

    assertSame(first, again);
    assertEquals(Scte35Decoder.decodeBase64(SAMPLE, Scte35Mode.LENIENT), again);
  }

  @Test
  void decodeText_modesRememberedApart() {
    byte[] bytes = java.util.Base64.getDecoder().decode(SAMPLE);
    bytes[bytes.length - 1] ^= 1; // CRC mismatch: strict rejects, lenient reports
    String corrupted = java.util.Base64.getEncoder().encodeToString(bytes);

    Scte35Result lenient = Scte35Decoder.decodeText(corrupted, Scte35Mode.LENIENT);
    Scte35Result strict = Scte35Decoder.decodeText(corrupted, Scte35Mode.STRICT);

    assertEquals(Scte35Decoder.decode(bytes, Scte35Mode.LENIENT), lenient);
    assertEquals(Scte35Decoder.decode(bytes, Scte35Mode.STRICT), strict);
    assertEquals(strict, Scte35Decoder.decodeText(corrupted, Scte35Mode.STRICT));
  }

  @Test
  void decodeText_moreTextsThanTheBound_eachStillDecodesToItsOwnResult() {
    byte[] bytes = java.util.Base64.getDecoder().decode(SAMPLE);
    for (int i = 0; i <= Scte35Decoder.MEMO_ENTRIES; i++) {
      String hex = "0x" + HexFormat.of().formatHex(bytes) + "00".repeat(i % 3);
      String text = i % 2 == 0 ? hex : " " + hex + " ".repeat(i);
      assertEquals(
          Scte35Decoder.decodeHex(text, Scte35Mode.LENIENT),
          Scte35Decoder.decodeText(text, Scte35Mode.LENIENT),
          text);
    }
  }
}
