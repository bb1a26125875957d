package io.splicer.scte35;

import java.util.Objects;

/**
 * private_command() (SCTE 35 §9.7.6), type 0xFF.
 *
 * @param identifier 32-bit registered format identifier
 * @param privateBytes the remaining command bytes
 */
public record PrivateCommand(long identifier, Bytes privateBytes) implements SpliceCommand {
  public static final int TYPE = 0xFF;

  public PrivateCommand {
    Objects.requireNonNull(privateBytes, "privateBytes");
  }

  @Override
  public int type() {
    return TYPE;
  }
}
