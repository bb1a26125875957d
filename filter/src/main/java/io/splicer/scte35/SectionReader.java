package io.splicer.scte35;

import java.util.List;
import java.util.Optional;

/** Reads the splice_info_section() framing (SCTE 35 §9.6) and delegates commands/descriptors. */
final class SectionReader {
  private static final int LEGACY_COMMAND_LENGTH = 0xFFF;
  private static final int CRC_BYTES = 4;

  private SectionReader() {}

  static Scte35Result read(byte[] input, Scte35Mode mode) {
    ProblemLog log = new ProblemLog();
    try {
      SpliceInfoSection section = section(input, log);
      if (mode == Scte35Mode.STRICT && log.deviated()) {
        return Scte35Result.failed(log.problems());
      }
      return new Scte35Result(Optional.of(section), log.problems());
    } catch (Scte35Exception e) {
      log.fatal(e);
      return Scte35Result.failed(log.problems());
    } catch (RuntimeException e) {
      // Safety net (fail-open): no unchecked exception escapes the decoder.
      log.fatal(
          new Scte35Exception(
              Scte35Problem.Kind.INVALID_FIELD,
              "splice_info_section",
              "internal error: [" + e + "]"));
      return Scte35Result.failed(log.problems());
    }
  }

  private static SpliceInfoSection section(byte[] in, ProblemLog log) throws Scte35Exception {
    int off = pointerField(in, log);
    BitReader h = BitReader.over(in, off, in.length);
    int tableId = h.u8("table_id");
    if (tableId != SpliceInfoSection.TABLE_ID) {
      throw new Scte35Exception(
          Scte35Problem.Kind.INVALID_FIELD,
          "table_id",
          "not a splice_info_section: table_id [0x" + Integer.toHexString(tableId) + "]");
    }
    h.skip(2, "section_syntax_indicator");
    int sapType = (int) h.bits(2, "sap_type");
    int sectionLength = (int) h.bits(12, "section_length");
    int end = sectionEnd(in, off, sectionLength, log);
    int crcAt = end - CRC_BYTES;
    if (crcAt < off + 3) {
      throw new Scte35Exception(
          Scte35Problem.Kind.TRUNCATED, "CRC_32", "section too short: [" + (end - off) + "] bytes");
    }
    long crc = DescriptorReader.u32(in, crcAt);
    long computed = Crc32Mpeg2.compute(in, off, crcAt);
    boolean crcValid = crc == computed;
    if (!crcValid) {
      log.deviation(
          Scte35Problem.Kind.CRC_MISMATCH,
          "CRC_32",
          "transmitted [" + hex32(crc) + "], computed [" + hex32(computed) + "]");
    }
    BitReader r = BitReader.over(in, off + 3, crcAt);
    int protocolVersion = r.u8("protocol_version");
    if (protocolVersion != 0) {
      log.deviation(
          Scte35Problem.Kind.INVALID_FIELD,
          "protocol_version",
          "only version 0 is defined: [" + protocolVersion + "]");
    }
    boolean encrypted = r.flag("encrypted_packet");
    int encryptionAlgorithm = (int) r.bits(6, "encryption_algorithm");
    long ptsAdjustment = r.bits(33, "pts_adjustment");
    int cwIndex = r.u8("cw_index");
    int tier = (int) r.bits(12, "tier");
    int commandLength = (int) r.bits(12, "splice_command_length");
    SpliceCommand command;
    List<SpliceDescriptor> descriptors;
    Bytes stuffing = Bytes.EMPTY;
    if (encrypted) {
      log.warn(
          Scte35Problem.Kind.ENCRYPTED,
          "encrypted_packet",
          "encrypted with algorithm [" + encryptionAlgorithm + "]; command not decrypted");
      command =
          new EncryptedCommand(
              commandLength, Bytes.of(r.bytes(r.remainingBytes(), "splice_command_type")));
      descriptors = List.of();
    } else {
      command = command(r, commandLength, log);
      descriptors = descriptors(in, r, crcAt, log);
      // alignment_stuffing (§9.6) may follow the descriptor loop; kept for byte-exact re-encoding.
      stuffing = Bytes.of(r.bytes(r.remainingBytes(), "alignment_stuffing"));
    }
    return new SpliceInfoSection(
        tableId,
        protocolVersion,
        encrypted,
        encryptionAlgorithm,
        ptsAdjustment,
        cwIndex,
        tier,
        command,
        descriptors,
        crc,
        crcValid,
        sapType,
        stuffing);
  }

  /** Skips a PSI pointer_field 0x00 before table_id 0xFC (ISO/IEC 13818-1 §2.4.4.1). */
  private static int pointerField(byte[] in, ProblemLog log) throws Scte35Exception {
    if (in.length == 0) {
      throw new Scte35Exception(Scte35Problem.Kind.TRUNCATED, "table_id", "empty input");
    }
    if (in.length > 1 && in[0] == 0 && (in[1] & 0xFF) == SpliceInfoSection.TABLE_ID) {
      log.warn(
          Scte35Problem.Kind.POINTER_FIELD,
          "pointer_field",
          "leading PSI pointer_field [0x00] before table_id skipped");
      return 1;
    }
    return 0;
  }

  private static int sectionEnd(byte[] in, int off, int sectionLength, ProblemLog log) {
    int declaredEnd = off + 3 + sectionLength;
    if (declaredEnd > in.length) {
      log.deviation(
          Scte35Problem.Kind.TRUNCATED,
          "section_length",
          "claims [" + sectionLength + "] bytes, [" + (in.length - off - 3) + "] present");
      return in.length;
    }
    if (declaredEnd < in.length) {
      String message =
          "[" + (in.length - declaredEnd) + "] trailing byte(s) after the section ignored";
      if (allStuffing(in, declaredEnd)) {
        // 0xFF stuffing bytes may follow a section in a TS packet (ISO/IEC 13818-1 §2.4.4);
        // reported, but tolerated even in strict mode.
        log.warn(Scte35Problem.Kind.INVALID_FIELD, "section_length", message + " (0xFF stuffing)");
      } else {
        log.deviation(Scte35Problem.Kind.INVALID_FIELD, "section_length", message);
      }
    }
    return declaredEnd;
  }

  private static boolean allStuffing(byte[] in, int from) {
    for (int i = from; i < in.length; i++) {
      if (in[i] != (byte) 0xFF) {
        return false;
      }
    }
    return true;
  }

  private static SpliceCommand command(BitReader r, int commandLength, ProblemLog log)
      throws Scte35Exception {
    int type = r.u8("splice_command_type");
    int start = r.bytePos();
    // Legacy encoders write 0xFFF (length unknown); self-delimiting commands are read to their
    // natural end either way, and a disagreeing length is a deviation (§9.6 splice_command_length).
    int privateLength = commandLength == LEGACY_COMMAND_LENGTH ? -1 : commandLength;
    SpliceCommand command = CommandReader.read(type, r, privateLength);
    int consumed = r.bytePos() - start;
    if (commandLength != LEGACY_COMMAND_LENGTH && consumed != commandLength) {
      log.deviation(
          Scte35Problem.Kind.INVALID_FIELD,
          "splice_command_length",
          "declares [" + commandLength + "], the command has [" + consumed + "] bytes");
    }
    return command;
  }

  private static List<SpliceDescriptor> descriptors(
      byte[] in, BitReader r, int crcAt, ProblemLog log) throws Scte35Exception {
    int loopLength = r.u16("descriptor_loop_length");
    int from = r.bytePos();
    int to = from + loopLength;
    if (to > crcAt) {
      log.deviation(
          Scte35Problem.Kind.TRUNCATED,
          "descriptor_loop_length",
          "claims [" + loopLength + "] bytes, [" + (crcAt - from) + "] present");
      to = crcAt;
    }
    List<SpliceDescriptor> descriptors = DescriptorReader.readLoop(in, from, to, log);
    r.skip((to - from) * 8, "descriptor_loop_length");
    return descriptors;
  }

  private static String hex32(long v) {
    return String.format("0x%08x", v);
  }
}
