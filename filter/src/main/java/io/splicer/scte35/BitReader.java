package io.splicer.scte35;

/**
 * A bounded big-endian bit reader over a byte range. Every read is checked against the limit and
 * fails with a classified TRUNCATED error naming the field; nothing loops past the limit.
 */
final class BitReader {
  private final byte[] data;
  private final long bitLimit;
  private long bitPos;

  private BitReader(byte[] data, int fromByte, int toByte) {
    this.data = data;
    this.bitPos = (long) fromByte * 8;
    this.bitLimit = (long) toByte * 8;
  }

  static BitReader over(byte[] data, int fromByte, int toByte) {
    return new BitReader(data, fromByte, toByte);
  }

  /** Reads {@code n} (≤ 63) bits as an unsigned value. */
  long bits(int n, String field) throws Scte35Exception {
    need(n, field);
    long value = 0;
    for (int i = 0; i < n; ) {
      int byteIndex = (int) (bitPos >>> 3);
      int bitInByte = (int) (bitPos & 7);
      int take = Math.min(8 - bitInByte, n - i);
      int b = data[byteIndex] & 0xFF;
      int chunk = (b >>> (8 - bitInByte - take)) & ((1 << take) - 1);
      value = (value << take) | chunk;
      bitPos += take;
      i += take;
    }
    return value;
  }

  int u8(String field) throws Scte35Exception {
    return (int) bits(8, field);
  }

  int u16(String field) throws Scte35Exception {
    return (int) bits(16, field);
  }

  long u32(String field) throws Scte35Exception {
    return bits(32, field);
  }

  boolean flag(String field) throws Scte35Exception {
    return bits(1, field) == 1;
  }

  void skip(int nBits, String field) throws Scte35Exception {
    need(nBits, field);
    bitPos += nBits;
  }

  byte[] bytes(int n, String field) throws Scte35Exception {
    requireAligned(field);
    need((long) n * 8, field);
    int from = bytePos();
    bitPos += (long) n * 8;
    byte[] out = new byte[n];
    System.arraycopy(data, from, out, 0, n);
    return out;
  }

  /** A reader over the next {@code n} bytes; this reader moves past them. */
  BitReader sub(int n, String field) throws Scte35Exception {
    requireAligned(field);
    need((long) n * 8, field);
    int from = bytePos();
    bitPos += (long) n * 8;
    return new BitReader(data, from, from + n);
  }

  int bytePos() {
    return (int) (bitPos >>> 3);
  }

  int remainingBytes() {
    return (int) ((bitLimit - bitPos) >>> 3);
  }

  boolean atEnd() {
    return bitPos >= bitLimit;
  }

  private void requireAligned(String field) throws Scte35Exception {
    if ((bitPos & 7) != 0) {
      throw new Scte35Exception(
          Scte35Problem.Kind.INVALID_FIELD, field, "not byte aligned at bit [" + bitPos + "]");
    }
  }

  private void need(long nBits, String field) throws Scte35Exception {
    if (nBits < 0 || bitPos + nBits > bitLimit) {
      throw new Scte35Exception(
          Scte35Problem.Kind.TRUNCATED,
          field,
          "needs ["
              + nBits
              + "] bits at byte ["
              + bytePos()
              + "], ["
              + (bitLimit - bitPos)
              + "] left");
    }
  }
}
