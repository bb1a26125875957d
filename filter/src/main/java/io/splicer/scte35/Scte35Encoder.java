package io.splicer.scte35;

import java.util.Base64;

/**
 * Encodes splice_info_sections (SCTE 35 §9.6): lengths and CRC_32 (CRC-32/MPEG-2) are computed,
 * reserved bits are written as ones, section_syntax_indicator and private_indicator as zero. The
 * {@code crc32}/{@code crcValid} fields of the input are ignored. Values that do not fit their
 * fields throw {@link IllegalArgumentException}.
 */
public final class Scte35Encoder {
  private static final int MAX_SECTION_LENGTH = 4093; // §9.6: section_length ≤ 4093

  private Scte35Encoder() {}

  public static byte[] encode(SpliceInfoSection s) {
    byte[] body;
    int commandLength;
    if (s.encrypted()) {
      if (!(s.command() instanceof EncryptedCommand enc)) {
        throw new IllegalArgumentException("encryption is not supported; need an EncryptedCommand");
      }
      body = enc.encryptedBytes().toArray();
      commandLength = enc.spliceCommandLength();
    } else {
      byte[] command = CommandWriter.write(s.command());
      BitWriter descriptors = new BitWriter();
      s.descriptors().forEach(d -> DescriptorWriter.write(d, descriptors));
      byte[] loop = descriptors.toByteArray();
      commandLength = command.length;
      body =
          new BitWriter()
              .bits(s.command().type(), 8, "splice_command_type")
              .bytes(command)
              .bits(loop.length, 16, "descriptor_loop_length")
              .bytes(loop)
              .bytes(s.alignmentStuffing())
              .toByteArray();
    }
    int sectionLength = 10 + body.length + 4;
    if (sectionLength > MAX_SECTION_LENGTH) {
      throw new IllegalArgumentException("section_length exceeds 4093: [" + sectionLength + "]");
    }
    BitWriter w = new BitWriter();
    w.bits(s.tableId(), 8, "table_id").bits(0, 2, "section_syntax_indicator");
    w.bits(s.sapType(), 2, "sap_type").bits(sectionLength, 12, "section_length");
    w.bits(s.protocolVersion(), 8, "protocol_version").flag(s.encrypted());
    w.bits(s.encryptionAlgorithm(), 6, "encryption_algorithm");
    w.bits(s.ptsAdjustment(), 33, "pts_adjustment").bits(s.cwIndex(), 8, "cw_index");
    w.bits(s.tier(), 12, "tier").bits(commandLength, 12, "splice_command_length").bytes(body);
    byte[] withoutCrc = w.toByteArray();
    long crc = Crc32Mpeg2.compute(withoutCrc, 0, withoutCrc.length);
    return w.bits(crc, 32, "CRC_32").toByteArray();
  }

  public static String encodeBase64(SpliceInfoSection s) {
    return Base64.getEncoder().encodeToString(encode(s));
  }
}
