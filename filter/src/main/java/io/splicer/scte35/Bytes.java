package io.splicer.scte35;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** An immutable byte string with value equality (UPIDs, private bytes). */
public final class Bytes {
  public static final Bytes EMPTY = new Bytes(new byte[0]);

  private final byte[] data;

  private Bytes(byte[] data) {
    this.data = data;
  }

  public static Bytes of(byte[] data) {
    return data.length == 0 ? EMPTY : new Bytes(data.clone());
  }

  public static Bytes ofHex(String hex) {
    return of(HexFormat.of().parseHex(hex));
  }

  public static Bytes ofAscii(String text) {
    return of(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  public static Bytes ofUtf8(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  public int length() {
    return data.length;
  }

  /** The unsigned byte at {@code index}. */
  public int get(int index) {
    return data[index] & 0xFF;
  }

  public byte[] toArray() {
    return data.clone();
  }

  public Bytes slice(int from, int to) {
    return of(Arrays.copyOfRange(data, from, to));
  }

  public String toHex() {
    return HexFormat.of().formatHex(data);
  }

  /** The bytes as UTF-8 text (malformed sequences become U+FFFD). */
  public String toUtf8() {
    return new String(data, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes b && Arrays.equals(data, b.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "0x" + toHex();
  }
}
