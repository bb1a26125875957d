package io.splicer.scte35;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the splice_descriptor() loop (SCTE 35 §10.2). Each descriptor is read inside its own
 * descriptor_length; a malformed one is reported and kept as an {@link UnknownDescriptor} so the
 * rest of the section survives (lenient mode).
 */
final class DescriptorReader {
  private DescriptorReader() {}

  /** Reads descriptors from {@code data[from, to)}; never reads outside it. */
  static List<SpliceDescriptor> readLoop(byte[] data, int from, int to, ProblemLog log) {
    List<SpliceDescriptor> out = new ArrayList<>();
    int pos = from;
    while (pos < to) {
      if (to - pos < 2) {
        log.deviation(
            Scte35Problem.Kind.TRUNCATED,
            "splice_descriptor_tag",
            "[" + (to - pos) + "] stray byte(s) at the end of the descriptor loop");
        break;
      }
      int tag = data[pos] & 0xFF;
      int length = data[pos + 1] & 0xFF;
      int start = pos + 2;
      if (start + length > to) {
        log.deviation(
            Scte35Problem.Kind.TRUNCATED,
            "descriptor_length",
            "descriptor tag ["
                + tag
                + "] claims ["
                + length
                + "] bytes, ["
                + (to - start)
                + "] left");
        break;
      }
      if (length < 4) {
        log.deviation(
            Scte35Problem.Kind.INVALID_FIELD,
            "descriptor_length",
            "descriptor tag [" + tag + "] too short for an identifier: [" + length + "]");
      } else {
        out.add(readOne(tag, data, start, start + length, log));
      }
      pos = start + length;
    }
    return out;
  }

  private static SpliceDescriptor readOne(int tag, byte[] data, int from, int to, ProblemLog log) {
    long identifier = u32(data, from);
    Bytes raw = Bytes.of(java.util.Arrays.copyOfRange(data, from + 4, to));
    UnknownDescriptor unknown = new UnknownDescriptor(tag, identifier, raw);
    if (identifier != SpliceDescriptor.CUEI) {
      log.warn(
          Scte35Problem.Kind.UNKNOWN_DESCRIPTOR,
          "identifier",
          "private descriptor tag [" + tag + "] identifier [" + fourCc(identifier) + "] kept raw");
      return unknown;
    }
    if (tag == 0x04) {
      return unknown; // audio_descriptor (§10.3.5): defined, not modelled
    }
    if (tag > TimeDescriptor.TAG) {
      log.warn(
          Scte35Problem.Kind.UNKNOWN_DESCRIPTOR,
          "splice_descriptor_tag",
          "unknown descriptor tag [" + tag + "] kept raw");
      return unknown;
    }
    BitReader r = BitReader.over(data, from + 4, to);
    try {
      SpliceDescriptor d =
          switch (tag) {
            case AvailDescriptor.TAG ->
                new AvailDescriptor(identifier, r.u32("avail_descriptor.provider_avail_id"));
            case DtmfDescriptor.TAG -> dtmf(identifier, r);
            case SegmentationDescriptor.TAG -> SegmentationReader.read(identifier, r, log);
            default ->
                new TimeDescriptor(
                    identifier,
                    r.bits(48, "time_descriptor.TAI_seconds"),
                    r.u32("time_descriptor.TAI_ns"),
                    r.u16("time_descriptor.UTC_offset"));
          };
      if (!r.atEnd()) {
        log.deviation(
            Scte35Problem.Kind.INVALID_FIELD,
            "descriptor_length",
            "[" + r.remainingBytes() + "] unused byte(s) in descriptor tag [" + tag + "]");
      }
      return d;
    } catch (Scte35Exception e) {
      log.deviation(e);
      return unknown;
    }
  }

  // SCTE 35 §10.3.2 DTMF_descriptor()
  private static DtmfDescriptor dtmf(long identifier, BitReader r) throws Scte35Exception {
    int preroll = r.u8("DTMF_descriptor.preroll");
    int count = (int) r.bits(3, "DTMF_descriptor.dtmf_count");
    r.skip(5, "DTMF_descriptor.reserved");
    byte[] chars = r.bytes(count, "DTMF_descriptor.DTMF_char");
    return new DtmfDescriptor(identifier, preroll, new String(chars, StandardCharsets.ISO_8859_1));
  }

  static long u32(byte[] data, int at) {
    return ((data[at] & 0xFFL) << 24)
        | ((data[at + 1] & 0xFFL) << 16)
        | ((data[at + 2] & 0xFFL) << 8)
        | (data[at + 3] & 0xFFL);
  }

  static String fourCc(long identifier) {
    StringBuilder sb = new StringBuilder(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      int c = (int) ((identifier >>> shift) & 0xFF);
      sb.append(c >= 0x20 && c < 0x7F ? (char) c : '.');
    }
    return sb.toString();
  }
}
