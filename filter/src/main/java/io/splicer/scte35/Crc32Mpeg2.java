package io.splicer.scte35;

/** CRC-32/MPEG-2 (ISO/IEC 13818-1 Annex A; SCTE 35 §9.6 CRC_32): poly 0x04C11DB7, init ~0. */
final class Crc32Mpeg2 {
  private static final int[] TABLE = table();

  private Crc32Mpeg2() {}

  static long compute(byte[] data, int from, int to) {
    int crc = 0xFFFFFFFF;
    for (int i = from; i < to; i++) {
      crc = (crc << 8) ^ TABLE[((crc >>> 24) ^ data[i]) & 0xFF];
    }
    return crc & 0xFFFFFFFFL;
  }

  private static int[] table() {
    int[] t = new int[256];
    for (int i = 0; i < 256; i++) {
      int c = i << 24;
      for (int k = 0; k < 8; k++) {
        c = (c & 0x80000000) != 0 ? (c << 1) ^ 0x04C11DB7 : c << 1;
      }
      t[i] = c;
    }
    return t;
  }
}
