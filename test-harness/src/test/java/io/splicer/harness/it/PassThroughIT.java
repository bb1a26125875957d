package io.splicer.harness.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * The production configuration: every corpus manifest requested directly passes through
 * byte-identical; through the MediaTailor entry DASH does too and HLS opens a session (see {@link
 * #corpusFile_throughEntryUrl_dashIdentical_hlsSessionScopedSameUris}); segments stream without
 * buffering.
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

  /**
   * Through the MediaTailor entry: DASH passes through byte-identical; HLS opens an implicit
   * session (the ADS of this configuration is unreachable, so no ad is stitched): every URI line of
   * the origin is still there, in order, made session-scoped (multivariant children) or absolute
   * (segments). A text without {@code #EXTM3U} is not a playlist: 502.
   */
  @Test
  void corpusFile_throughEntryUrl_dashIdentical_hlsSessionScopedSameUris() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Path rel : Wars.corpusFiles()) {
      if (rel.startsWith("dash")) {
        checkDashSession(rel, Http.get(base, "v1/dash/any-hash/local/" + slashes(rel)), failures);
      } else if (rel.toString().endsWith(".m3u8")) {
        checkStitched(rel, Http.get(base, "v1/master/any-hash/local/" + slashes(rel)), failures);
      }
    }
    assertEquals(List.of(), failures);
  }

  private static void checkStitched(Path rel, HttpResponse<byte[]> r, List<String> failures)
      throws IOException {
    String origin = Files.readString(Wars.CORPUS.resolve(rel), StandardCharsets.UTF_8);
    if (origin.isBlank()) {
      if (r.statusCode() != 200 || r.body().length != 0) {
        failures.add(rel + ": empty origin body, status " + r.statusCode());
      }
      return;
    }
    if (!origin.contains("#EXTM3U")) {
      if (r.statusCode() != 502) {
        failures.add(rel + ": not a playlist, status " + r.statusCode() + " instead of 502");
      }
      return;
    }
    if (r.statusCode() != 200) {
      failures.add(rel + ": status " + r.statusCode());
      return;
    }
    String out = new String(r.body(), StandardCharsets.UTF_8);
    List<String> in = uriLines(origin);
    List<String> got = uriLines(out);
    if (in.size() != got.size()) {
      failures.add(rel + ": " + got.size() + " URI lines instead of " + in.size());
      return;
    }
    for (int i = 0; i < in.size(); i++) {
      String g = got.get(i);
      boolean scoped = g.matches("/plain/v1/manifest/any-hash/local/[0-9a-f-]{36}/\\d+\\.m3u8");
      // root-relative (dot segments removed, RFC 3986 §5.2.4), absolute or network-path; a URI
      // with EXT-X-DEFINE variables ({$name}, RFC 8216bis §4.4.2.3) is left as the origin wrote
      // it (known limitation: it then resolves against the session URL)
      boolean resolved = g.startsWith("/") || g.startsWith("http") || g.contains("{$");
      if (!scoped && !(resolved && g.endsWith(last(in.get(i))))) {
        failures.add(rel + ": URI [" + in.get(i) + "] became [" + g + "]");
        return;
      }
    }
  }

  private static List<String> uriLines(String playlist) {
    return playlist
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static String last(String uri) {
    return uri.substring(uri.lastIndexOf('/') + 1);
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

  private static final java.util.regex.Pattern PERIOD_ID =
      java.util.regex.Pattern.compile("<Period\\s[^>]*?\\bid=\"([^\"]*)\"");

  /**
   * DASH entry (reference §1.2, §4.2): a 302 to the implicit session, whose MPD keeps every origin
   * Period (the ADS is unreachable, so nothing is split) and carries the session {@code Location}.
   */
  private void checkDashSession(Path rel, HttpResponse<byte[]> r, List<String> failures)
      throws IOException {
    String location = r.headers().firstValue("Location").orElse("");
    if (r.statusCode() != 302 || !location.contains("aws.sessionId=")) {
      failures.add(rel + ": status " + r.statusCode() + " Location [" + location + "]");
      return;
    }
    HttpResponse<byte[]> mpd = Http.get(base, location.substring(location.indexOf("v1/dash/")));
    String out = new String(mpd.body(), StandardCharsets.UTF_8);
    String origin = Files.readString(Wars.CORPUS.resolve(rel), StandardCharsets.UTF_8);
    if (!rel.toString().endsWith(".mpd")) {
      check(rel, mpd, failures); // not a DASH manifest (MPD fragments): passed through as it is
      return;
    }
    try {
      io.splicer.dash.MpdReader.read(Files.readAllBytes(Wars.CORPUS.resolve(rel)));
    } catch (io.splicer.dash.DashException e) {
      if (mpd.statusCode() != 502) {
        failures.add(rel + ": unreadable MPD, status " + mpd.statusCode() + " instead of 502");
      }
      return;
    }
    if (mpd.statusCode() != 200) {
      failures.add(rel + ": session status " + mpd.statusCode());
    } else if (!out.contains("<Location>")
        || !out.contains(location.substring(location.indexOf("v1/dash/")))) {
      failures.add(rel + ": no session Location");
    } else if (!periodIds(origin).equals(periodIds(out))) {
      failures.add(rel + ": Periods " + periodIds(out) + " instead of " + periodIds(origin));
    }
  }

  private static List<String> periodIds(String mpd) {
    List<String> ids = new ArrayList<>();
    java.util.regex.Matcher m = PERIOD_ID.matcher(mpd);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static String slashes(Path rel) {
    return rel.toString().replace('\\', '/');
  }
}
