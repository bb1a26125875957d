package io.splicer.scte35;

import java.util.Objects;

/**
 * A descriptor kept as raw bytes: unknown tag, non-CUEI identifier (private descriptor), a known
 * descriptor we do not model (audio_descriptor, tag 0x04), or one that was malformed (lenient
 * mode).
 *
 * @param privateBytes the bytes after the identifier
 */
public record UnknownDescriptor(int tag, long identifier, Bytes privateBytes)
    implements SpliceDescriptor {

  public UnknownDescriptor {
    Objects.requireNonNull(privateBytes, "privateBytes");
  }
}
