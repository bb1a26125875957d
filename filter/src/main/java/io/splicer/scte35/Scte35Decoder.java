package io.splicer.scte35;

import java.util.List;

/** Decodes binary splice_info_sections (SCTE 35 §9.6). Stateless and thread-safe. */
public final class Scte35Decoder {
  private Scte35Decoder() {}

  public static Scte35Result decode(byte[] section, Scte35Mode mode) {
    return Scte35Result.failed(
        List.of(new Scte35Problem(Scte35Problem.Kind.TRUNCATED, "table_id", "not implemented")));
  }

  public static Scte35Result decodeBase64(String base64, Scte35Mode mode) {
    return decode(new byte[0], mode);
  }

  public static Scte35Result decodeHex(String hex, Scte35Mode mode) {
    return decode(new byte[0], mode);
  }

  public static Scte35Result decodeText(String text, Scte35Mode mode) {
    return decode(new byte[0], mode);
  }
}
