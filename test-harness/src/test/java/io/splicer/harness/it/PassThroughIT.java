package io.splicer.harness.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production configuration (no rewriter, so no playback configuration applies): every corpus
 * manifest passes through byte-identical, directly and through the MediaTailor entry; segments
 * stream without buffering.
 */
@ExtendWith(ArquillianExtension.class)
class PassThroughIT {

  private static final long FIFTY_MIB = 50L * 1024 * 1024;

  @Deployment(testable = false)
  static WebArchive deployment() {
    Path configs = Wars.configurations(Map.of("local", "/corpus/"));
    return Wars.splicer("plain", Map.of("configDir", configs.toString()));
  }

  @ArquillianResource private URL base;

  @Test
  void filterClasses_loadedFromTheWarNotTheTestClassPath() {
    String metrics = Http.text(base, "_metrics");
    assertTrue(metrics.contains("\nloader="), metrics);
    assertFalse(metrics.contains("loader=jdk.internal.loader"), metrics);
  }

  @Test
  void corpusFile_directRequest_isByteIdentical() throws IOException {
    List<String> failures = new ArrayList<>();
    List<Path> files = Wars.corpusFiles();
    for (Path rel : files) {
      HttpResponse<byte[]> r = Http.get(base, "corpus/" + slashes(rel));
      check(rel, r, failures);
    }
    assertEquals(List.of(), failures);
    assertEquals(95, files.size(), "corpus files");
  }

  @Test
  void corpusFile_throughEntryUrl_isByteIdentical() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Path rel : Wars.corpusFiles()) {
      String entry = rel.startsWith("dash") ? "v1/dash/" : "v1/master/";
      HttpResponse<byte[]> r = Http.get(base, entry + "any-hash/local/" + slashes(rel));
      check(rel, r, failures);
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void manifestRequest_rangeAndConditionalHeaders_areHiddenFromOrigin() throws IOException {
    Path rel = Path.of("hls/grafov-m3u8/master-with-hlsv7.m3u8");
    byte[] expected = Files.readAllBytes(Wars.CORPUS.resolve(rel));
    HttpResponse<byte[]> r =
        Http.get(
            base,
            "corpus/" + slashes(rel),
            "Range",
            "bytes=0-9",
            "If-Modified-Since",
            "Sun, 06 Nov 2094 08:49:37 GMT",
            "If-None-Match",
            "*");
    assertEquals(200, r.statusCode());
    assertArrayEquals(expected, r.body());
  }

  @Test
  void headRequest_manifest_passesThroughWithOriginLength() throws IOException {
    Path rel = Path.of("dash/dashif-livesim2/testpic_2s_Manifest.mpd");
    long size = Files.size(Wars.CORPUS.resolve(rel));
    HttpResponse<byte[]> r = Http.send("HEAD", base, "corpus/" + slashes(rel));
    assertEquals(200, r.statusCode());
    assertEquals(0, r.body().length);
    assertEquals(size, r.headers().firstValueAsLong("Content-Length").orElse(-1));
  }

  @Test
  void segment_fiftyMiB_streamsThroughWithoutBuffering() throws IOException {
    assertStreamed("seg/big.ts?bytes=" + FIFTY_MIB + "&id=ts", "ts");
  }

  @Test
  void extensionlessSegment_nonManifestType_streamsThroughWithoutBuffering() throws IOException {
    assertStreamed("seg/stream?type=video/mp4&bytes=" + FIFTY_MIB + "&id=lazy", "lazy");
  }

  private void assertStreamed(String path, String id) throws IOException {
    HttpResponse<InputStream> r = Http.stream(base, path);
    assertEquals(200, r.statusCode());
    long received = 0;
    byte[] chunk = new byte[64 * 1024];
    try (InputStream in = r.body()) {
      for (int n; (n = in.read(chunk)) > 0; ) {
        received += n;
      }
    }
    assertEquals(FIFTY_MIB, received);
    // Committed after the first MiB: nothing held the body back (a buffer never commits).
    assertEquals(
        "committedAfterFirstMiB=true written=" + FIFTY_MIB, Http.text(base, "seg/_stats?id=" + id));
  }

  private static void check(Path rel, HttpResponse<byte[]> r, List<String> failures)
      throws IOException {
    byte[] expected = Files.readAllBytes(Wars.CORPUS.resolve(rel));
    if (r.statusCode() != 200) {
      failures.add(rel + ": status " + r.statusCode());
    } else if (!java.util.Arrays.equals(expected, r.body())) {
      failures.add(rel + ": body differs (" + r.body().length + " vs " + expected.length + ")");
    } else if (r.headers().firstValueAsLong("Content-Length").orElse(expected.length)
        != expected.length) {
      failures.add(rel + ": Content-Length " + r.headers().firstValue("Content-Length"));
    }
    assertTrue(failures.size() < 200);
  }

  private static String slashes(Path rel) {
    return rel.toString().replace('\\', '/');
  }
}
