package io.splicer.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.jspecify.annotations.Nullable;

/** Decodes gzip/deflate-coded origin bodies (RFC 9110 §8.4.1) so they can be rewritten. */
final class ContentCoding {
  private ContentCoding() {}

  /**
   * Returns the decoded body, or {@code null} when the coding is unknown, the data is corrupt or
   * the decoded body exceeds {@code maxBytes} (the caller then passes the original through).
   */
  static byte @Nullable [] decode(byte[] body, @Nullable String coding, long maxBytes) {
    if (coding == null || coding.isBlank() || coding.trim().equalsIgnoreCase("identity")) {
      return body;
    }
    String c = coding.trim().toLowerCase(Locale.ROOT);
    try (InputStream in = open(c, body)) {
      if (in == null) {
        return null;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 4);
      byte[] chunk = new byte[8192];
      for (int n; (n = in.read(chunk)) > 0; ) {
        if (out.size() + (long) n > maxBytes) {
          return null;
        }
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      return null;
    }
  }

  private static @Nullable InputStream open(String coding, byte[] body) throws IOException {
    return switch (coding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
      case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body));
      default -> null;
    };
  }
}
