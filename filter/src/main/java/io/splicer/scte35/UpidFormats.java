package io.splicer.scte35;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

/** Reads and renders segmentation_upid values (SCTE 35 §10.3.3.1 Table 22). */
public final class UpidFormats {

  /** Fixed segmentation_upid_length per type (Table 22); other types are variable. */
  private static final Map<Integer, Integer> FIXED_LENGTH =
      Map.of(
          SegmentationUpid.ISCI, 8,
          SegmentationUpid.AD_ID, 12,
          SegmentationUpid.UMID, 32,
          SegmentationUpid.ISAN_DEPRECATED, 8,
          SegmentationUpid.ISAN, 12,
          SegmentationUpid.TID, 12,
          SegmentationUpid.TI, 8,
          SegmentationUpid.EIDR, 12,
          SegmentationUpid.UUID, 16);

  /**
   * Managed Private UPID (type 0x0C, §10.3.3.3): a 32-bit registered format_identifier followed by
   * private_data.
   */
  public record Mpu(long formatIdentifier, Bytes privateData) {
    /** The format identifier as four ASCII characters, e.g. {@code "DISC"}. */
    public String formatIdentifierText() {
      return DescriptorReader.fourCc(formatIdentifier);
    }
  }

  private UpidFormats() {}

  /** The MPU structure of a type 0x0C UPID, if it is one and has its 4-byte identifier. */
  public static Optional<Mpu> mpu(SegmentationUpid upid) {
    Bytes v = upid.value();
    if (upid.type() != SegmentationUpid.MPU || v.length() < 4) {
      return Optional.empty();
    }
    long id = ((long) v.get(0) << 24) | (v.get(1) << 16) | (v.get(2) << 8) | v.get(3);
    return Optional.of(new Mpu(id, v.slice(4, v.length())));
  }

  /**
   * The UPIDs inside a MID (type 0x0D, §10.3.3.4: a sequence of type/length/value), or empty if the
   * UPID is not a MID or its sequence overruns its length.
   */
  public static Optional<List<SegmentationUpid>> mid(SegmentationUpid upid) {
    if (upid.type() != SegmentationUpid.MID) {
      return Optional.empty();
    }
    Bytes v = upid.value();
    List<SegmentationUpid> out = new ArrayList<>();
    int pos = 0;
    while (pos < v.length()) {
      if (pos + 2 > v.length() || pos + 2 + v.get(pos + 1) > v.length()) {
        return Optional.empty();
      }
      int type = v.get(pos);
      int len = v.get(pos + 1);
      out.add(new SegmentationUpid(type, v.slice(pos + 2, pos + 2 + len)));
      pos += 2 + len;
    }
    return Optional.of(out);
  }

  /** Reports UPIDs whose length or structure disagrees with their type (deviations). */
  static void validate(SegmentationUpid upid, ProblemLog log) {
    Integer fixed = FIXED_LENGTH.get(upid.type());
    String field = "segmentation_descriptor.segmentation_upid_length";
    if (fixed != null && fixed != upid.value().length()) {
      log.deviation(
          Scte35Problem.Kind.INVALID_FIELD,
          field,
          "UPID type [0x"
              + Integer.toHexString(upid.type())
              + "] must be ["
              + fixed
              + "] bytes, is ["
              + upid.value().length()
              + "]");
    } else if (upid.type() == SegmentationUpid.MID && mid(upid).isEmpty()) {
      log.deviation(
          Scte35Problem.Kind.INVALID_FIELD,
          "segmentation_descriptor.segmentation_upid",
          "MID UPID entries overrun its length [" + upid.value().length() + "]: " + upid.value());
    } else if (upid.type() == SegmentationUpid.MPU && upid.value().length() < 4) {
      log.deviation(
          Scte35Problem.Kind.INVALID_FIELD,
          field,
          "MPU UPID shorter than its format_identifier: [" + upid.value().length() + "]");
    }
  }

  /**
   * Text rendering: text types (user defined, ISCI, Ad-ID, TID, ADI, ADS information, URI, SCR) as
   * their characters; TI (0x08) as an unsigned decimal; EIDR (0x0A) as {@code
   * 10.<prefix>/XXXX-XXXX-XXXX-XXXX-XXXX}; UUID (0x10) canonically; MPU as its private data when
   * that is text; MID as its entries joined by {@code ","}; anything else (or non-text bytes) as
   * lower-case hex.
   */
  public static String render(SegmentationUpid upid) {
    Bytes v = upid.value();
    return switch (upid.type()) {
      case SegmentationUpid.USER_DEFINED,
          SegmentationUpid.ISCI,
          SegmentationUpid.AD_ID,
          SegmentationUpid.TID,
          SegmentationUpid.ADI,
          SegmentationUpid.ADS_INFO,
          SegmentationUpid.URI,
          SegmentationUpid.SCR ->
          textOrHex(v);
      case SegmentationUpid.TI -> v.length() == 8 ? Long.toUnsignedString(u64(v)) : v.toHex();
      case SegmentationUpid.EIDR -> v.length() == 12 ? eidr(v) : v.toHex();
      case SegmentationUpid.UUID -> v.length() == 16 ? uuid(v) : v.toHex();
      case SegmentationUpid.MPU -> mpu(upid).map(m -> textOrHex(m.privateData())).orElse(v.toHex());
      case SegmentationUpid.MID -> mid(upid).map(UpidFormats::joinMid).orElse(v.toHex());
      default -> v.toHex();
    };
  }

  /** The bytes as strict UTF-8 without control characters, else lower-case hex. */
  static String textOrHex(Bytes v) {
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(v.toArray()))
              .toString();
      return s.chars().anyMatch(Character::isISOControl) ? v.toHex() : s;
    } catch (CharacterCodingException e) {
      return v.toHex();
    }
  }

  private static String joinMid(List<SegmentationUpid> upids) {
    StringJoiner j = new StringJoiner(",");
    upids.forEach(u -> j.add(render(u)));
    return j.toString();
  }

  private static long u64(Bytes v) {
    long x = 0;
    for (int i = 0; i < 8; i++) {
      x = (x << 8) | v.get(i);
    }
    return x;
  }

  // EIDR compact binary (SCTE 35 Table 22 note): 16-bit registrant prefix + 80-bit suffix.
  private static String eidr(Bytes v) {
    StringBuilder sb = new StringBuilder("10.").append((v.get(0) << 8) | v.get(1)).append('/');
    for (int i = 2; i < 12; i += 2) {
      if (i > 2) {
        sb.append('-');
      }
      sb.append(String.format(Locale.ROOT, "%02X%02X", v.get(i), v.get(i + 1)));
    }
    return sb.toString();
  }

  private static String uuid(Bytes v) {
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 8; i++) {
      hi = (hi << 8) | v.get(i);
      lo = (lo << 8) | v.get(i + 8);
    }
    return new UUID(hi, lo).toString();
  }
}
