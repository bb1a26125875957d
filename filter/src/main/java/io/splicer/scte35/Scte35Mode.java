package io.splicer.scte35;

/**
 * How {@link Scte35Decoder} treats deviations from SCTE 35 that still leave the section readable
 * (CRC_32 mismatch, section_length disagreeing with the bytes present, splice_command_length
 * disagreeing with the command, malformed descriptors).
 */
public enum Scte35Mode {
  /** Any deviation rejects the section (tests, validation tools). */
  STRICT,
  /** Deviations are reported as problems and the section is still returned (production). */
  LENIENT
}
