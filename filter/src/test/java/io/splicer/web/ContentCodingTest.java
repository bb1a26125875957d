package io.splicer.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentCodingTest {

  private static final byte[] PLAIN =
      "#EXTM3U\n#EXT-X-ENDLIST\n".repeat(50).getBytes(StandardCharsets.UTF_8);

  @Test
  void decode_identityOrNone_returnsSameArray() {
    assertSame(PLAIN, ContentCoding.decode(PLAIN, null, 1 << 20));
    assertSame(PLAIN, ContentCoding.decode(PLAIN, "identity", 1 << 20));
  }

  @Test
  void decode_gzipAndDeflate_roundTrip() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(PLAIN);
    }
    ByteArrayOutputStream df = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(df)) {
      out.write(PLAIN);
    }
    assertArrayEquals(PLAIN, ContentCoding.decode(gz.toByteArray(), "GZIP", 1 << 20));
    assertArrayEquals(PLAIN, ContentCoding.decode(df.toByteArray(), "deflate", 1 << 20));
  }

  @Test
  void decode_overCapCorruptOrUnknown_null() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(PLAIN);
    }
    assertNull(ContentCoding.decode(gz.toByteArray(), "gzip", PLAIN.length - 1));
    assertNull(ContentCoding.decode(PLAIN, "gzip", 1 << 20));
    assertNull(ContentCoding.decode(PLAIN, "br", 1 << 20));
  }

  @Test
  void charsetOf_parameterOrUtf8Default() {
    assertSame(
        StandardCharsets.ISO_8859_1,
        ManifestResponder.charsetOf("application/vnd.apple.mpegurl; charset=\"iso-8859-1\""));
    assertSame(StandardCharsets.UTF_8, ManifestResponder.charsetOf("application/dash+xml"));
    assertSame(StandardCharsets.UTF_8, ManifestResponder.charsetOf("text/plain;charset=bogus!"));
    assertSame(StandardCharsets.UTF_8, ManifestResponder.charsetOf(null));
  }
}
