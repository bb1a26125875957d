package io.splicer.scte35;

import java.util.Objects;

/**
 * One classified problem found while decoding a splice_info_section.
 *
 * @param kind what went wrong
 * @param field the SCTE 35 syntax field concerned, e.g. {@code splice_insert.break_duration}
 * @param message human-readable detail, carrying the offending value in {@code [...]}
 */
public record Scte35Problem(Scte35Problem.Kind kind, String field, String message) {

  /** Classification of decode problems. */
  public enum Kind {
    /** CRC_32 does not verify (SCTE 35 §9.6, CRC-32/MPEG-2). */
    CRC_MISMATCH,
    /** A length field claims more bytes than present, or the input ends inside a field. */
    TRUNCATED,
    /** A field holds a value the syntax does not allow (or a length disagrees). */
    INVALID_FIELD,
    /** A PSI pointer_field byte (0x00) preceded table_id; it was skipped. Warning only. */
    POINTER_FIELD,
    /** encrypted_packet is set; the command and descriptors were not decrypted. Warning only. */
    ENCRYPTED,
    /** splice_command_type is reserved/unknown; the section cannot be interpreted. */
    UNKNOWN_COMMAND,
    /** A descriptor with an unknown tag or a non-CUEI identifier was kept as raw bytes. */
    UNKNOWN_DESCRIPTOR,
    /** The text was neither valid base64 nor valid hex. */
    BAD_ENCODING
  }

  public Scte35Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return kind + " " + field + ": " + message;
  }
}
