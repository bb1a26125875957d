package io.splicer.harness.it;

import static io.splicer.harness.it.StitchAssets.ad;
import static io.splicer.harness.it.StitchAssets.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.config.PlaybackConfigurationJson;
import io.splicer.config.StoreWriterMain;
import io.splicer.harness.fakes.DashFixtures;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin REST API and console of the real drop-in WAR ({@code dist/target/splicer.war}) on each
 * container leg (issue 8): container-managed security (401 without credentials, 403 without role
 * {@code splicer-admin}; users given to the container as in {@link AdminRealm}), CRUD with
 * MediaTailor paging, 422 with JSON pointers, 400, lost updates (412), CSRF by {@code Origin},
 * configurations created through the API used by the filter of the same webapp without restart, and
 * the atomic-write crash test against the store the container reads.
 *
 * <p>The {@code admin-origin} webapp (no filter) serves the HLS/DASH content, creatives and the
 * fake ADS; the {@code splicer-admin} webapp is the distribution WAR whose filter and API share the
 * store directory {@link #STORE}.
 */
@ExtendWith(ArquillianExtension.class)
class AdminApiIT {

  static final String ORIGIN = "admin-origin";
  private static final String API = "admin/api/v1/playbackConfigurations";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The filter's and the API's store; the crash test's writer JVM writes here too. */
  private static final Path STORE = tempDir();

  @Deployment(name = "origin", order = 1, testable = false)
  static WebArchive origin() {
    WebArchive war = StitchAssets.addTo(Wars.origin(ORIGIN));
    war.addAsWebResource(new StringAsset(DashFixtures.vod()), "dash/show/vod.mpd");
    war.addAsWebResource(
        new StringAsset(DashFixtures.creative("ad10", 10)), "creatives/ad10/manifest.mpd");
    return war;
  }

  @Deployment(name = "admin", order = 2, testable = false)
  static WebArchive admin() {
    return AdminRealm.addTo(
        Wars.distribution("splicer-admin", Map.of("configDir", STORE.toString())));
  }

  @ArquillianResource
  @OperateOnDeployment("admin")
  private URL base;

  @ArquillianResource
  @OperateOnDeployment("origin")
  private URL originUrl;

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("splicer-admin-it");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String originBase() {
    return "http://127.0.0.1:" + Wars.port() + "/" + ORIGIN + "/";
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private HttpResponse<String> call(String method, String path, String body, String... headers) {
    return Http.exchange(method, base, path, body, headers);
  }

  private HttpResponse<String> admin(String method, String path, String body, String... more) {
    List<String> headers = new ArrayList<>(List.of("Authorization", AdminRealm.admin()));
    headers.addAll(List.of(more));
    return call(method, path, body, headers.toArray(String[]::new));
  }

  private HttpResponse<String> put(String name, String body, String... headers) {
    return admin("PUT", API + "/" + name, body, headers);
  }

  private HttpResponse<String> get(String name) {
    return admin("GET", API + "/" + name, null);
  }

  private static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + r.body(), e);
    }
  }

  private static String config(String name, String source, String ads) {
    return "{\"Name\":\""
        + name
        + "\",\"VideoContentSourceUrl\":\""
        + source
        + "\",\"AdDecisionServerUrl\":\""
        + ads
        + "\"}";
  }

  private static String valid(String name) {
    return config(name, "https://origin.example.com/vod/", "https://ads.example.com/vast?k=1");
  }

  private static List<String> pointers(HttpResponse<String> r) {
    List<String> out = new ArrayList<>();
    json(r).path("errors").forEach(e -> out.add(e.path("pointer").asText()));
    return out;
  }

  /** Every configuration name, read page by page with {@code MaxResults=2}. */
  private List<String> listAll() {
    List<String> names = new ArrayList<>();
    String token = null;
    for (int page = 0; page < 1000; page++) {
      String query =
          "?MaxResults=2" + (token == null ? "" : "&NextToken=" + URLEncoder.encode(token, UTF8));
      HttpResponse<String> r = admin("GET", API + query, null);
      assertEquals(200, r.statusCode(), r.body());
      JsonNode body = json(r);
      assertTrue(body.get("Items").size() <= 2, r.body());
      body.get("Items").forEach(i -> names.add(i.get("Name").asText()));
      if (!body.has("NextToken")) {
        return names;
      }
      token = body.get("NextToken").asText();
    }
    throw new AssertionError("paging does not end: " + names);
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  // ---- authentication and authorisation ---------------------------------------------------------

  @Test
  void apiAndConsole_withoutCredentials_401BasicChallenge() {
    for (String path : List.of(API, API + "/any", "admin/", "admin/index.html", "admin/live.js")) {
      HttpResponse<String> r = call("GET", path, null);
      assertEquals(401, r.statusCode(), path);
      assertTrue(
          r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
          path + " " + r.headers().map());
    }
    HttpResponse<String> r = call("PUT", API + "/anonymous", valid("anonymous"));
    assertEquals(401, r.statusCode());
    assertFalse(Files.exists(STORE.resolve("anonymous.json")));
  }

  @Test
  void apiAndConsole_wrongPassword_401() {
    String wrong = AdminRealm.basic(AdminRealm.ADMIN, "not-the-password");
    assertEquals(401, call("GET", API, null, "Authorization", wrong).statusCode());
    assertEquals(401, call("GET", "admin/index.html", null, "Authorization", wrong).statusCode());
  }

  @Test
  void apiAndConsole_userWithoutRole_403() {
    String viewer = AdminRealm.viewer();
    assertEquals(403, call("GET", API, null, "Authorization", viewer).statusCode());
    assertEquals(403, call("GET", "admin/index.html", null, "Authorization", viewer).statusCode());
    HttpResponse<String> r =
        call("PUT", API + "/by-viewer", valid("by-viewer"), "Authorization", viewer);
    assertEquals(403, r.statusCode());
    assertFalse(Files.exists(STORE.resolve("by-viewer.json")));
  }

  @Test
  void console_withRole_servedFromTheJar() {
    HttpResponse<String> page = admin("GET", "admin/index.html", null);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("live.js"), page.body());
    assertEquals(200, admin("GET", "admin/openapi.yaml", null).statusCode());
  }

  // ---- CRUD
  // --------------------------------------------------------------------------------------

  @Test
  void crud_putCreatesThenReplaces_getListDelete() throws Exception {
    HttpResponse<String> created = put("crud-one", valid("crud-one"));
    assertEquals(201, created.statusCode(), created.body());
    String etag = created.headers().firstValue("ETag").orElseThrow();
    assertTrue(Files.exists(STORE.resolve("crud-one.json")));
    assertTrue(
        created.headers().firstValue("Location").orElse("").endsWith(API + "/crud-one"),
        created.headers().map().toString());

    HttpResponse<String> read = get("crud-one");
    assertEquals(200, read.statusCode());
    assertEquals(etag, read.headers().firstValue("ETag").orElseThrow());
    assertEquals(
        "https://origin.example.com/vod/", json(read).get("VideoContentSourceUrl").asText());
    assertTrue(
        json(read)
            .at("/HlsConfiguration/ManifestEndpointPrefix")
            .asText()
            .endsWith("/splicer-admin/v1/master/splicer/crud-one/"),
        read.body());

    String changed =
        config("crud-one", "https://origin.example.com/other/", "https://ads.example.com/v");
    HttpResponse<String> replaced = put("crud-one", changed);
    assertEquals(200, replaced.statusCode(), replaced.body());
    assertNotEquals(etag, replaced.headers().firstValue("ETag").orElseThrow());
    assertEquals(
        "https://origin.example.com/other/",
        json(get("crud-one")).get("VideoContentSourceUrl").asText());
    assertTrue(listAll().contains("crud-one"));

    HttpResponse<String> deleted = admin("DELETE", API + "/crud-one", null);
    assertEquals(204, deleted.statusCode(), deleted.body());
    assertEquals(404, get("crud-one").statusCode());
    assertFalse(Files.exists(STORE.resolve("crud-one.json")));
    assertFalse(listAll().contains("crud-one"));
    assertEquals(404, admin("DELETE", API + "/crud-one", null).statusCode());
  }

  @Test
  void list_maxResults2_everyNameOncePagesEndWithoutToken() {
    List<String> mine = List.of("page-a", "page-b", "page-c", "page-d", "page-e");
    for (String name : mine) {
      assertEquals(201, put(name, valid(name)).statusCode());
    }
    List<String> all = listAll();
    assertEquals(all.size(), new HashSet<>(all).size(), "a name twice: " + all);
    assertTrue(all.containsAll(mine), all.toString());
    assertEquals(all.stream().sorted().toList(), all, "sorted by name");
    assertEquals(400, admin("GET", API + "?MaxResults=101", null).statusCode());
    assertEquals(400, admin("GET", API + "?MaxResults=0", null).statusCode());
  }

  // ---- validation
  // --------------------------------------------------------------------------------

  @Test
  void put_adsUrlWithFtpScheme_422PointerAdDecisionServerUrl() {
    HttpResponse<String> r =
        put("bad-ads", config("bad-ads", "https://o.example.com/", "ftp://ads.example.com/v"));
    assertEquals(422, r.statusCode(), r.body());
    assertEquals(List.of("/AdDecisionServerUrl"), pointers(r), r.body());
    assertTrue(json(r).at("/errors/0/message").asText().contains("[ftp://"), r.body());
    assertFalse(Files.exists(STORE.resolve("bad-ads.json")));
  }

  @Test
  void put_nameWithSpaceAndBang_422PointerName() {
    HttpResponse<String> r = put("bad%20name%21", valid("bad name!"));
    assertEquals(422, r.statusCode(), r.body());
    assertEquals(List.of("/Name"), pointers(r), r.body());
  }

  @Test
  void put_bodyNameDiffersFromPath_422PointerName() {
    HttpResponse<String> r = put("path-name", valid("body-name"));
    assertEquals(422, r.statusCode(), r.body());
    assertEquals(List.of("/Name"), pointers(r), r.body());
    assertTrue(json(r).at("/errors/0/message").asText().contains("[body-name]"), r.body());
    assertEquals(404, get("path-name").statusCode());
    assertEquals(404, get("body-name").statusCode());
  }

  @Test
  void put_thresholdNegativeAndUnknownField_422EveryPointer() {
    String body =
        "{\"Name\":\"bad-many\",\"VideoContentSourceUrl\":\"https://o.example.com/\","
            + "\"PersonalizationThresholdSeconds\":-1,\"SlateAdUrl\":\"javascript:alert(1)\"}";
    HttpResponse<String> r = put("bad-many", body);
    assertEquals(422, r.statusCode(), r.body());
    List<String> pointers = pointers(r);
    assertTrue(pointers.contains("/PersonalizationThresholdSeconds"), r.body());
    assertTrue(pointers.contains("/SlateAdUrl"), r.body());
  }

  @Test
  void put_malformedJson_400() {
    HttpResponse<String> r = put("malformed", "{\"Name\":\"malformed\",");
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(json(r).get("message").asText().startsWith("malformed JSON"), r.body());
    assertEquals(400, put("malformed", "").statusCode());
  }

  // ---- concurrency and CSRF
  // ----------------------------------------------------------------------

  @Test
  void put_twoClientsSameEtag_secondLoses412AndFirstKept() {
    assertEquals(201, put("contended", valid("contended")).statusCode());
    String etag = get("contended").headers().firstValue("ETag").orElseThrow();
    String first = config("contended", "https://first.example.com/", "https://ads.example.com/v");
    String second = config("contended", "https://second.example.com/", "https://ads.example.com/v");

    HttpResponse<String> a = put("contended", first, "If-Match", etag);
    assertEquals(200, a.statusCode(), a.body());
    HttpResponse<String> b = put("contended", second, "If-Match", etag);
    assertEquals(412, b.statusCode(), b.body());

    HttpResponse<String> now = get("contended");
    assertEquals("https://first.example.com/", json(now).get("VideoContentSourceUrl").asText());
    assertEquals(a.headers().firstValue("ETag"), now.headers().firstValue("ETag"));
    assertEquals(412, admin("DELETE", API + "/contended", null, "If-Match", etag).statusCode());
  }

  @Test
  void put_foreignOrigin_403EvenWithCredentials_sameOriginAccepted() {
    HttpResponse<String> r =
        put("csrf-target", valid("csrf-target"), "Origin", "http://evil.example.com");
    assertEquals(403, r.statusCode(), r.body());
    assertFalse(Files.exists(STORE.resolve("csrf-target.json")));
    assertEquals(
        403,
        admin("DELETE", API + "/csrf-target", null, "Referer", "http://evil.example.com/x")
            .statusCode());

    String self = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    HttpResponse<String> same = put("csrf-target", valid("csrf-target"), "Origin", self);
    assertEquals(201, same.statusCode(), same.body());
  }

  // ---- the filter uses what the API stores ------------------------------------------------------

  @Test
  void configurationCreatedThroughApi_stitchedByFilterForNewSession_andInLiveView() {
    String entry = "v1/master/h/made-by-api/stitch/postroll/master.m3u8";
    assertEquals(404, Http.get(base, entry).statusCode(), "no such configuration yet");
    Http.send("DELETE", originUrl, "ads/_requests");
    Http.post(originUrl, "ads/_default", StitchAssets.vastTemplate(originBase()));
    String ads = originBase() + "ads/vast?s=[session.uuid]&avail=[avail.index]";
    HttpResponse<String> created = put("made-by-api", config("made-by-api", originBase(), ads));
    assertEquals(201, created.statusCode(), created.body());

    HlsStitchIT.Session s = HlsStitchIT.Session.open(base, entry);
    String out = s.get(s.renditions.get(0));
    List<String> expected = new ArrayList<>(List.of("Intro", "Videocontent"));
    expected.addAll(ad("ad1"));
    assertEquals(expected, names(out), out);

    HttpResponse<String> live = admin("GET", "admin/api/v1/sessions", null);
    assertEquals(200, live.statusCode(), live.body());
    JsonNode session = null;
    for (JsonNode n : json(live).path("items")) {
      if (n.path("id").asText().equals(s.id)) {
        session = n;
      }
    }
    assertTrue(session != null, "session " + s.id + " not in " + live.body());
    assertEquals("made-by-api", session.get("configurationName").asText());
  }

  @Test
  void dashSessionOfApiConfiguration_inLiveViewAsDashWithAdThenContentBands() {
    String ads = originBase() + "ads/vast?s=[session.id]";
    assertEquals(
        201, put("dash-by-api", config("dash-by-api", originBase() + "dash/", ads)).statusCode());
    Http.post(
        originUrl,
        "ads/_script?status=200",
        DashFixtures.vast(originBase() + "creatives/ad10/manifest.mpd"));

    HttpResponse<byte[]> entry = Http.get(base, "v1/dash/h/dash-by-api/show/vod.mpd");
    assertEquals(302, entry.statusCode());
    URI location =
        URI.create(base.toExternalForm())
            .resolve(entry.headers().firstValue("Location").orElseThrow());
    String id = location.getRawQuery().replaceFirst(".*aws\\.sessionId=([0-9a-f-]{36}).*", "$1");
    HttpResponse<byte[]> mpd = Http.get(base, location.toString());
    assertEquals(200, mpd.statusCode());

    HttpResponse<String> t = admin("GET", "admin/api/v1/sessions/" + id + "/timeline", null);
    assertEquals(200, t.statusCode(), t.body());
    JsonNode timeline = json(t);
    assertEquals("DASH", timeline.at("/session/protocol").asText(), t.body());
    JsonNode bands = timeline.at("/layout/bands");
    assertEquals("AD", bands.get(0).get("kind").asText(), t.body());
    assertEquals(10_000_000, bands.get(0).get("durationMicros").asLong(), t.body());
    assertEquals("CONTENT", bands.get(1).get("kind").asText(), t.body());
    assertEquals("vod#1", timeline.at("/decisions/0/breakKey").asText(), t.body());
  }

  // ---- atomic writes
  // -----------------------------------------------------------------------------

  /**
   * A separate JVM rewrites large configurations in the container's store with the real {@code
   * FileConfigurationStore} and is killed with SIGKILL at random moments, while and after which the
   * container's API must serve every configuration whole: one of the two versions written, never a
   * mix, and no temporary file listed as a configuration.
   */
  @Test
  void storeWriterKilledMidWrite_apiServesEveryConfigurationWhole() throws Exception {
    List<String> names = StoreWriterMain.names(3);
    File log = Files.createTempFile("splicer-store-writer", ".log").toFile();
    int readsDuringWrites = 0;
    for (int round = 0; round < 5; round++) {
      Process writer = StoreWriterMain.start(STORE, names.size(), log);
      try {
        int reads = ThreadLocalRandom.current().nextInt(2, 12);
        for (int i = 0; i < reads; i++) {
          String name = names.get(i % names.size());
          assertWhole(name, get(name), "round " + round + " while writing");
          readsDuringWrites++;
        }
      } finally {
        writer.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
        assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
      }
      for (String name : names) {
        assertWhole(name, get(name), "round " + round + " after the kill");
      }
      List<String> listed = listAll();
      assertTrue(listed.containsAll(names), listed.toString());
      for (String n : listed) {
        assertFalse(n.startsWith(".") || n.contains("tmp"), "temporary file listed: " + listed);
      }
    }
    assertTrue(readsDuringWrites > 0);
    try (Stream<Path> files = Files.list(STORE)) {
      Set<String> jsonFiles = new HashSet<>();
      files
          .map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".json"))
          .forEach(jsonFiles::add);
      for (String name : names) {
        assertTrue(jsonFiles.contains(name + ".json"), jsonFiles.toString());
      }
    }
  }

  /**
   * The configuration is one of the two versions the writer puts: same source URL and the very tags
   * of version 1 or of version 2 (the API adds read-only endpoint prefixes, compared elsewhere).
   */
  private static void assertWhole(String name, HttpResponse<String> r, String when) {
    assertEquals(200, r.statusCode(), when + ": " + name + " " + r.body());
    PlaybackConfiguration read =
        PlaybackConfigurationJson.read(r.body().getBytes(StandardCharsets.UTF_8), name);
    assertEquals(name, read.name(), when);
    int variant = read.tags() == null ? 0 : read.tags().get("key0").startsWith("variant-1") ? 1 : 2;
    PlaybackConfiguration written = StoreWriterMain.variant(name, variant);
    assertEquals(written.videoContentSourceUrl(), read.videoContentSourceUrl(), when);
    assertEquals(written.tags(), read.tags(), when + ": " + name + " mixes versions");
  }
}
