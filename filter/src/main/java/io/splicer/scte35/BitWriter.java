package io.splicer.scte35;

import java.io.ByteArrayOutputStream;

/** A big-endian bit writer; values that do not fit their field are rejected, naming the field. */
final class BitWriter {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private int current;
  private int filled;

  BitWriter bits(long value, int n, String field) {
    if (n < 64 && (value < 0 || value >>> n != 0)) {
      throw new IllegalArgumentException(field + " does not fit " + n + " bits: [" + value + "]");
    }
    for (int i = n - 1; i >= 0; i--) {
      current = (current << 1) | (int) ((value >>> i) & 1);
      if (++filled == 8) {
        out.write(current);
        current = 0;
        filled = 0;
      }
    }
    return this;
  }

  BitWriter flag(boolean value) {
    return bits(value ? 1 : 0, 1, "flag");
  }

  /** Reserved bits are written as ones. */
  BitWriter reserved(int n) {
    return bits((1L << n) - 1, n, "reserved");
  }

  BitWriter bytes(byte[] data) {
    requireAligned();
    out.writeBytes(data);
    return this;
  }

  BitWriter bytes(Bytes data) {
    return bytes(data.toArray());
  }

  byte[] toByteArray() {
    requireAligned();
    return out.toByteArray();
  }

  private void requireAligned() {
    if (filled != 0) {
      throw new IllegalStateException("not byte aligned: [" + filled + "] bits pending");
    }
  }
}
