package io.splicer.session;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Percent-encoding helpers for query strings (RFC 3986 §2.1, with the
 * application/x-www-form-urlencoded reading of {@code +} as a space). Stateless.
 */
final class QueryCodec {

  private QueryCodec() {}

  /** One {@code name=value} piece of a raw query, both still encoded. */
  record RawPair(String name, String value, String raw) {}

  /** Splits a raw query (without {@code ?}) on {@code &}, dropping empty pieces. */
  static List<RawPair> split(String rawQuery) {
    List<RawPair> pairs = new ArrayList<>();
    String q = rawQuery.startsWith("?") ? rawQuery.substring(1) : rawQuery;
    int start = 0;
    while (start <= q.length()) {
      int amp = q.indexOf('&', start);
      int end = amp < 0 ? q.length() : amp;
      String piece = q.substring(start, end);
      if (!piece.isEmpty()) {
        int eq = piece.indexOf('=');
        String name = eq < 0 ? piece : piece.substring(0, eq);
        String value = eq < 0 ? "" : piece.substring(eq + 1);
        pairs.add(new RawPair(name, value, piece));
      }
      start = end + 1;
    }
    return pairs;
  }

  /**
   * Decodes once: {@code %XX} escapes as UTF-8 bytes and {@code +} as a space. A malformed escape
   * ({@code %} not followed by two hex digits) is kept literally rather than rejected; invalid
   * UTF-8 becomes U+FFFD.
   */
  static String decode(String encoded) {
    if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
      return encoded;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%' && isEscape(encoded, i)) {
        bytes.write(Character.digit(encoded.charAt(i + 1), 16) * 16 + hex(encoded, i + 2));
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < encoded.length()) {
          utf8 = encoded.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(utf8);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** True if {@code s} has a {@code %XX} escape at {@code i}. */
  static boolean isEscape(String s, int i) {
    return i + 2 < s.length()
        && s.charAt(i) == '%'
        && Character.digit(s.charAt(i + 1), 16) >= 0
        && Character.digit(s.charAt(i + 2), 16) >= 0;
  }

  private static int hex(String s, int i) {
    return Character.digit(s.charAt(i), 16);
  }

  /**
   * Encodes for a query component: only the RFC 3986 unreserved characters {@code A-Z a-z 0-9 - .
   * _} stay raw (we also escape {@code ~}, which MediaTailor lists as "supported when
   * URL-encoded"); everything else becomes {@code %XX} of its UTF-8 bytes, space as {@code %20}.
   */
  static String encode(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isUnreservedAlnum(c) || c == '-' || c == '.' || c == '_') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  static boolean isUnreservedAlnum(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
