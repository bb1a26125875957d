package io.splicer.scte35;

import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes binary splice_info_sections (SCTE 35 §9.6) from bytes, base64 or hex. Thread-safe (the
 * only state is a bounded memo of {@link #decodeText} results); never throws for bad input: every
 * problem is a classified {@link Scte35Problem}.
 *
 * <p>{@link Scte35Mode#STRICT} rejects any deviation (CRC mismatch, lengths that disagree,
 * malformed descriptors); {@link Scte35Mode#LENIENT} returns the section and reports them. A
 * leading PSI pointer_field (0x00), private descriptors and encrypted sections are warnings in both
 * modes.
 */
public final class Scte35Decoder {
  private Scte35Decoder() {}

  public static Scte35Result decode(byte[] section, Scte35Mode mode) {
    if (section == null) {
      return badEncoding("null input");
    }
    return SectionReader.read(section, mode);
  }

  /** Standard or URL-safe base64; padding optional; whitespace ignored. */
  public static Scte35Result decodeBase64(String base64, Scte35Mode mode) {
    if (base64 == null) {
      return badEncoding("null input");
    }
    String s = stripWhitespace(base64).replace('-', '+').replace('_', '/');
    while (s.endsWith("=")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.length() % 4 == 1) {
      return badEncoding("base64 length [" + s.length() + "] is impossible");
    }
    try {
      return decode(
          Base64.getDecoder().decode(s + "==".substring(0, (4 - s.length() % 4) % 4)), mode);
    } catch (IllegalArgumentException e) {
      return badEncoding("not base64: [" + abbreviate(base64) + "]");
    }
  }

  /** Hex digits (either case) with an optional {@code 0x}/{@code 0X} prefix; whitespace ignored. */
  public static Scte35Result decodeHex(String hex, Scte35Mode mode) {
    if (hex == null) {
      return badEncoding("null input");
    }
    String s = stripWhitespace(hex);
    if (s.startsWith("0x") || s.startsWith("0X")) {
      s = s.substring(2);
    }
    if (s.length() % 2 != 0) {
      return badEncoding("odd number of hex digits: [" + abbreviate(hex) + "]");
    }
    try {
      return decode(HexFormat.of().parseHex(s), mode);
    } catch (IllegalArgumentException e) {
      return badEncoding("not hex: [" + abbreviate(hex) + "]");
    }
  }

  /**
   * {@code 0x…} text as hex (as in HLS {@code SCTE35-OUT=0x…}), anything else as base64. Results
   * are immutable and a function of text and mode, so the last {@value #MEMO_ENTRIES} texts (up to
   * {@value #MEMO_MAX_CHARS} characters each) are remembered: a live playlist carries the same cue
   * on every refresh of every session.
   */
  public static Scte35Result decodeText(String text, Scte35Mode mode) {
    if (text == null) {
      return badEncoding("null input");
    }
    if (mode == null || text.length() > MEMO_MAX_CHARS) {
      return decodeTextOnce(text, mode);
    }
    Map<String, Scte35Result> memo = MEMO.get(mode);
    Scte35Result known = memo.get(text);
    if (known != null) {
      return known;
    }
    Scte35Result r = decodeTextOnce(text, mode);
    if (memo.size() >= MEMO_ENTRIES) {
      memo.clear();
    }
    memo.put(text, r);
    return r;
  }

  static final int MEMO_ENTRIES = 1024;
  static final int MEMO_MAX_CHARS = 8192;

  private static final Map<Scte35Mode, Map<String, Scte35Result>> MEMO = memo();

  private static Map<Scte35Mode, Map<String, Scte35Result>> memo() {
    Map<Scte35Mode, Map<String, Scte35Result>> m = new EnumMap<>(Scte35Mode.class);
    for (Scte35Mode mode : Scte35Mode.values()) {
      m.put(mode, new ConcurrentHashMap<>());
    }
    return m;
  }

  private static Scte35Result decodeTextOnce(String text, Scte35Mode mode) {
    String t = text.strip();
    return t.startsWith("0x") || t.startsWith("0X") ? decodeHex(t, mode) : decodeBase64(t, mode);
  }

  private static Scte35Result badEncoding(String message) {
    return Scte35Result.failed(
        List.of(
            new Scte35Problem(Scte35Problem.Kind.BAD_ENCODING, "splice_info_section", message)));
  }

  private static String stripWhitespace(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
