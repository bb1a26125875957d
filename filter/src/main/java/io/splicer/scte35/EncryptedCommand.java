package io.splicer.scte35;

import java.util.Objects;

/**
 * Stands for the command of a section with encrypted_packet set (SCTE 35 §9.6, §11): the bytes from
 * splice_command_type up to and including E_CRC_32 are kept as they are, not decrypted.
 *
 * @param spliceCommandLength the clear splice_command_length field
 * @param encryptedBytes the encrypted part of the section
 */
public record EncryptedCommand(int spliceCommandLength, Bytes encryptedBytes)
    implements SpliceCommand {

  public EncryptedCommand {
    Objects.requireNonNull(encryptedBytes, "encryptedBytes");
  }

  /** Unknown: splice_command_type is itself encrypted; -1. */
  @Override
  public int type() {
    return -1;
  }
}
