package io.splicer.harness.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.harness.capture.MarkerRewriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Edge cases of response capture (design.md rule 8), with the test-only {@link MarkerRewriter}
 * plugged in through the {@code rewriter} init-param.
 */
@ExtendWith(ArquillianExtension.class)
class CaptureIT {

  static final String PLAYLIST =
      "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\n#EXTINF:6.0,Caf\u00e9 \u00e9t\u00e9\n"
          + "seg0.ts\n#EXT-X-ENDLIST\n";

  /** A filter-less webapp serving the same fixtures: the HTTP origin. */
  @Deployment(name = "origin", order = 1, testable = false)
  static WebArchive origin() {
    return Wars.origin("capture-origin");
  }

  @Deployment(name = "capture", order = 2, testable = false)
  static WebArchive deployment() {
    return Wars.splicer(
        "capture",
        Map.of(
            "rewriter",
            MarkerRewriter.class.getName(),
            "configDir",
            Wars.configurations(
                    Map.of(
                        "gen",
                        "/gen/",
                        "httpgen",
                        "http://127.0.0.1:" + Wars.port() + "/capture-origin/gen/"))
                .toString()));
  }

  @ArquillianResource
  @OperateOnDeployment("capture")
  private URL base;

  private static String marked(String body, String type, Charset charset, String config) {
    return body
        + MarkerRewriter.MARKER
        + "\n#X-TYPE:"
        + type
        + "\n#X-CHARSET:"
        + charset.name()
        + "\n#X-CONFIG:"
        + config
        + "\n";
  }

  private static void assertRewritten(HttpResponse<byte[]> r, byte[] expected) {
    assertEquals(200, r.statusCode());
    assertArrayEquals(expected, r.body());
    assertEquals(
        Optional.of(Integer.toString(expected.length)), r.headers().firstValue("Content-Length"));
    assertEquals(Optional.empty(), r.headers().firstValue("ETag"));
    assertEquals(Optional.empty(), r.headers().firstValue("Last-Modified"));
    assertEquals(Optional.empty(), r.headers().firstValue("Accept-Ranges"));
    assertEquals(Optional.empty(), r.headers().firstValue("Content-Encoding"));
  }

  @Test
  void writer_utf8_rewrittenInTheSameCharset() {
    HttpResponse<byte[]> r = Http.get(base, "gen/writer.m3u8?charset=UTF-8");
    assertRewritten(
        r, marked(PLAYLIST, "HLS", StandardCharsets.UTF_8, "-").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writer_iso88591_rewrittenInTheSameCharset() {
    HttpResponse<byte[]> r = Http.get(base, "gen/writer.m3u8?charset=ISO-8859-1");
    assertRewritten(
        r,
        marked(PLAYLIST, "HLS", StandardCharsets.ISO_8859_1, "-")
            .getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").toUpperCase().contains("ISO-8859-1"));
  }

  @Test
  void outputStream_rewritten_dropsOriginValidatorsKeepsOtherHeaders() {
    HttpResponse<byte[]> r = Http.get(base, "gen/stream.m3u8");
    assertRewritten(
        r, marked(PLAYLIST, "HLS", StandardCharsets.UTF_8, "-").getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.of("kept"), r.headers().firstValue("X-Origin"));
  }

  @Test
  void outputStream_unchanged_byteIdenticalWithOriginValidators() {
    HttpResponse<byte[]> r = Http.get(base, "gen/stream.m3u8?rewrite=no");
    byte[] origin = PLAYLIST.getBytes(StandardCharsets.UTF_8);
    assertEquals(200, r.statusCode());
    assertArrayEquals(origin, r.body());
    assertEquals(Optional.of("\"origin-etag\""), r.headers().firstValue("ETag"));
    assertTrue(r.headers().firstValue("Last-Modified").isPresent());
    assertEquals(Optional.of("bytes"), r.headers().firstValue("Accept-Ranges"));
    assertEquals(
        Optional.of(Integer.toString(origin.length)), r.headers().firstValue("Content-Length"));
  }

  @Test
  void flushBuffer_beforeRewrite_doesNotCommit() {
    HttpResponse<byte[]> r = Http.get(base, "gen/flush.m3u8");
    assertRewritten(
        r, marked(PLAYLIST, "HLS", StandardCharsets.UTF_8, "-").getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.of("false"), r.headers().firstValue("X-Committed-After-Flush"));
  }

  @Test
  void gzipOrigin_rewritten_isDecodedAndSentIdentity() {
    HttpResponse<byte[]> r = Http.get(base, "gen/gzip.m3u8");
    assertRewritten(
        r, marked(PLAYLIST, "HLS", StandardCharsets.UTF_8, "-").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void gzipOrigin_unchanged_passesThroughEncoded() throws IOException {
    HttpResponse<byte[]> r = Http.get(base, "gen/gzip.m3u8?rewrite=no");
    assertEquals(200, r.statusCode());
    assertEquals(Optional.of("gzip"), r.headers().firstValue("Content-Encoding"));
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
      assertEquals(PLAYLIST, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void oversizeManifest_passesThroughUnchanged_andIsCounted() {
    long before = counter("oversizePassThrough");
    int size = 3 * 1024 * 1024;
    HttpResponse<byte[]> r = Http.get(base, "gen/big.m3u8?bytes=" + size);
    assertEquals(200, r.statusCode());
    assertEquals(size, r.body().length);
    assertFalse(new String(r.body(), StandardCharsets.US_ASCII).contains(MarkerRewriter.MARKER));
    assertEquals(before + 1, counter("oversizePassThrough"));
  }

  @Test
  void head_manifest_passesThroughUnrewritten() {
    HttpResponse<byte[]> r = Http.send("HEAD", base, "gen/stream.m3u8");
    assertEquals(200, r.statusCode());
    assertEquals(0, r.body().length);
    assertEquals(
        Optional.of(Integer.toString(PLAYLIST.getBytes(StandardCharsets.UTF_8).length)),
        r.headers().firstValue("Content-Length"));
  }

  @Test
  void notModified_passesThroughUntouched() {
    HttpResponse<byte[]> r = Http.get(base, "gen/notmodified.m3u8");
    assertEquals(304, r.statusCode());
    assertEquals(Optional.of("\"v1\""), r.headers().firstValue("ETag"));
  }

  @Test
  void status500WithBody_passesThroughUntouched() {
    HttpResponse<byte[]> r = Http.get(base, "gen/error.m3u8?status=500");
    assertEquals(500, r.statusCode());
    assertEquals("#EXTM3U\n#X-ERROR-BODY\n", new String(r.body(), StandardCharsets.UTF_8));
  }

  @Test
  void sendError_404And503_passThrough() {
    for (int status : new int[] {404, 503}) {
      HttpResponse<byte[]> r = Http.get(base, "gen/error.m3u8?send=1&status=" + status);
      assertEquals(status, r.statusCode());
      assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains(MarkerRewriter.MARKER));
    }
  }

  @Test
  void missingStaticManifest_is404() {
    assertEquals(404, Http.get(base, "corpus/hls/none.m3u8").statusCode());
  }

  @Test
  void sendRedirect_passesThrough() {
    HttpResponse<byte[]> r = Http.get(base, "gen/redirect.m3u8");
    assertEquals(302, r.statusCode());
    assertTrue(r.headers().firstValue("Location").orElse("").endsWith("stream.m3u8"));
  }

  @Test
  void asyncServlet_manifest_rewrittenOnComplete() {
    HttpResponse<byte[]> r = Http.get(base, "gen/async.m3u8");
    assertRewritten(
        r, marked(PLAYLIST, "HLS", StandardCharsets.UTF_8, "-").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void extensionlessPath_manifestContentType_isCapturedByType() {
    HttpResponse<byte[]> r = Http.get(base, "gen/playlist?type=application/x-mpegURL");
    assertRewritten(
        r, marked(PLAYLIST, "HLS", StandardCharsets.UTF_8, "-").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void extensionlessPath_otherContentType_passesThrough() {
    HttpResponse<byte[]> r = Http.get(base, "gen/playlist?type=text/plain");
    assertArrayEquals(PLAYLIST.getBytes(StandardCharsets.UTF_8), r.body());
    assertEquals(Optional.of("\"origin-etag\""), r.headers().firstValue("ETag"));
  }

  @Test
  void staticMpd_rewrittenAsDash() throws IOException {
    String rel = "dash/dashif-livesim2/multiperiod_1.mpd";
    byte[] origin = java.nio.file.Files.readAllBytes(Wars.CORPUS.resolve(rel));
    HttpResponse<byte[]> r = Http.get(base, "corpus/" + rel);
    String expected =
        marked(new String(origin, StandardCharsets.UTF_8), "DASH", StandardCharsets.UTF_8, "-");
    assertRewritten(r, expected.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void manifestPath_conditionalHeaders_hiddenFromOrigin() {
    HttpResponse<byte[]> r =
        Http.get(
            base,
            "gen/headers.m3u8?rewrite=no",
            "Range",
            "bytes=0-1",
            "If-None-Match",
            "\"x\"",
            "If-Modified-Since",
            "Sun, 06 Nov 1994 08:49:37 GMT");
    assertEquals(
        "#EXTM3U\n#X-RANGE:null\n#X-IF-NONE-MATCH:null\n#X-IF-MODIFIED-SINCE:-1\n",
        new String(r.body(), StandardCharsets.UTF_8));
  }

  @Test
  void unparseableManifest_is502() {
    assertEquals(502, Http.get(base, "gen/unparseable.m3u8").statusCode());
    assertEquals(502, Http.get(base, "v1/master/h/gen/unparseable.m3u8").statusCode());
  }

  @Test
  void entryUrl_localOrigin_rewrittenWithConfiguration() {
    HttpResponse<byte[]> r = Http.get(base, "v1/master/h/gen/stream.m3u8");
    assertRewritten(
        r, marked(PLAYLIST, "HLS", StandardCharsets.UTF_8, "gen").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void entryUrl_unknownConfiguration_is404() {
    assertEquals(404, Http.get(base, "v1/master/h/nope/stream.m3u8").statusCode());
    assertEquals(404, Http.get(base, "v1/master/h/gen/../../WEB-INF/web.xml").statusCode());
  }

  @Test
  void entryUrl_httpOrigin_rewrittenWithConfiguration() {
    assertRewritten(
        Http.get(base, "v1/master/h/httpgen/stream.m3u8"),
        marked(PLAYLIST, "HLS", StandardCharsets.UTF_8, "httpgen")
            .getBytes(StandardCharsets.UTF_8));
    assertRewritten(
        Http.get(base, "v1/master/h/httpgen/gzip.m3u8"),
        marked(PLAYLIST, "HLS", StandardCharsets.UTF_8, "httpgen")
            .getBytes(StandardCharsets.UTF_8));
    assertEquals(502, Http.get(base, "v1/master/h/httpgen/unparseable.m3u8").statusCode());
  }

  @Test
  void entryUrl_oversizeManifest_passesThroughOnBothOriginKinds() {
    int size = 3 * 1024 * 1024;
    for (String config : new String[] {"gen", "httpgen"}) {
      long before = counter("oversizePassThrough");
      HttpResponse<byte[]> r = Http.get(base, "v1/master/h/" + config + "/big.m3u8?bytes=" + size);
      assertEquals(200, r.statusCode(), config);
      assertEquals(size, r.body().length, config);
      assertEquals(
          Optional.of(Integer.toString(size)), r.headers().firstValue("Content-Length"), config);
      assertEquals(before + 1, counter("oversizePassThrough"), config);
    }
  }

  @Test
  void entryUrl_unchanged_keepsOriginValidatorsAndHeaders() {
    HttpResponse<byte[]> r = Http.get(base, "v1/master/h/gen/stream.m3u8?rewrite=no");
    assertArrayEquals(PLAYLIST.getBytes(StandardCharsets.UTF_8), r.body());
    assertEquals(Optional.of("\"origin-etag\""), r.headers().firstValue("ETag"));
    assertEquals(Optional.of("kept"), r.headers().firstValue("X-Origin"));
  }

  private long counter(String name) {
    for (String line : Http.text(base, "_metrics").split("\n")) {
      if (line.startsWith(name + "=")) {
        return Long.parseLong(line.substring(name.length() + 1));
      }
    }
    throw new AssertionError("no counter " + name);
  }
}
