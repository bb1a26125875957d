package io.splicer.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.splicer.admin.AdminTestServer;
import io.splicer.admin.LiveTestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live-view endpoints over HTTP with the real Splicer filter, a local origin and a local ADS
 * (LiveTestServer): authentication, shapes, and what one played session produces.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API = "/admin/api/v1";
  private static final List<String> ENDPOINTS =
      List.of("/sessions", "/stats", "/adsInteractions", "/sessions/x/timeline");

  @TempDir static Path dir;
  private static LiveTestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = LiveTestServer.start(dir);
    server.putConfiguration();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return server.send(server.authed(API + path).GET().build());
  }

  private static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + " " + r.body());
    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    return JSON.readTree(r.body());
  }

  @Test
  @Order(1)
  void liveEndpoints_withoutCredentials_401() throws Exception {
    for (String p : ENDPOINTS) {
      HttpResponse<String> r =
          server.send(HttpRequest.newBuilder(URI.create(server.url(API + p))).GET().build());
      assertEquals(401, r.statusCode(), p);
    }
  }

  @Test
  @Order(2)
  void liveEndpoints_beforeAnySession_emptyNotInvented() throws Exception {
    assertEquals(0, json("/sessions").get("items").size());
    assertEquals(0, json("/adsInteractions").get("items").size());
    JsonNode stats = json("/stats");
    assertTrue(stats.get("fillRate").isNull(), stats.toString());
    assertEquals(0, stats.get("breaksDecided").asLong());
    assertEquals(0, stats.get("activeSessions").asInt());
    assertEquals(404, get("/sessions/00000000-0000-4000-8000-000000000000/timeline").statusCode());
  }

  @Test
  @Order(3)
  void liveEndpoints_badLimitOrMethod_400And405() throws Exception {
    assertEquals(400, get("/sessions?limit=0").statusCode());
    assertEquals(400, get("/adsInteractions?limit=201").statusCode());
    assertEquals(400, get("/adsInteractions?limit=x").statusCode());
    HttpResponse<String> post =
        server.send(
            server
                .authed(API + "/stats")
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Origin", server.url(""))
                .build());
    assertEquals(405, post.statusCode(), post.body());
    assertEquals("GET", post.headers().firstValue("Allow").orElse(""));
  }

  @Test
  @Order(4)
  void playedSession_listedWithInteractionsStatsAndTimeline() throws Exception {
    String[] played = server.playSession();
    String id = played[0];
    assertEquals(2, server.adsRequests.get()); // pre-roll + 20 s avail

    JsonNode sessions = json("/sessions").get("items");
    assertEquals(1, sessions.size());
    JsonNode s = sessions.get(0);
    assertEquals(id, s.get("id").asText());
    assertEquals(LiveTestServer.CONFIG, s.get("configurationName").asText());
    assertEquals("show/index.m3u8", s.get("assetPath").asText());
    assertEquals(2, s.get("manifestRequests").asInt()); // multivariant + media playlist

    JsonNode items = json("/adsInteractions?limit=10").get("items");
    assertEquals(2, items.size());
    for (JsonNode i : items) {
      String url = i.get("url").asText();
      assertTrue(url.endsWith("/fixtures/ads/vast?key=***&sid=***&dur=***"), url);
      assertFalse(items.toString().contains("SECRET-KEY"));
      assertFalse(url.contains(id), url);
      assertEquals("OK", i.get("status").asText());
      assertEquals(2, i.get("adsReturned").asInt());
    }
    // both breaks are decided concurrently: find them by key
    JsonNode avail = byKey(items, "b6");
    assertEquals(List.of("ad-15s"), texts(avail.get("usedAdIds")));
    assertEquals(List.of("c10=AVAIL_DURATION_EXCEEDED"), texts(avail.get("skipped")));
    assertEquals(20_000_000, avail.get("availableMicros").asLong());
    assertEquals(5_000_000, avail.get("slateMicros").asLong());
    assertEquals(List.of("ad-15s", "ad-10s"), texts(byKey(items, "v0").get("usedAdIds")));

    JsonNode stats = json("/stats");
    assertEquals(2, stats.get("breaksDecided").asLong());
    assertEquals(1, stats.get("activeSessions").asInt());
    // filled 25 s (pre-roll) + 15 s of a 20 s avail; available 25 s (ads returned) + 20 s
    assertEquals(40.0 / 45.0, stats.get("fillRate").asDouble(), 1e-9);
    assertEquals(1, stats.get("adsSkipped").asLong());
    assertEquals(1, stats.at("/stitch/mediaPlaylistsStitched").asLong());
  }

  @Test
  @Order(5)
  void timeline_ofPlayedSession_bandsMatchTheStitchedPlaylist() throws Exception {
    String id = json("/sessions").get("items").get(0).get("id").asText();
    String media = server.playSession()[1]; // a new session: same layout
    JsonNode layout = json("/sessions/" + id + "/timeline").get("layout");
    List<String> kinds = new ArrayList<>();
    long total = 0;
    for (JsonNode b : layout.get("bands")) {
      kinds.add(b.get("kind").asText() + ":" + b.get("adId").asText());
      assertEquals(total, b.get("startMicros").asLong(), "bands are contiguous");
      total += b.get("durationMicros").asLong();
    }
    assertEquals(
        List.of("AD:ad-15s", "AD:ad-10s", "CONTENT:", "AD:ad-15s", "SLATE:slate", "CONTENT:"),
        kinds);
    assertEquals(total, layout.get("totalMicros").asLong());
    assertEquals(extinfMicros(media), total, "the layout covers the whole stitched playlist");
    assertEquals("REPLACEMENT", layout.at("/breaks/1/kind").asText());
    assertEquals("PERSONALIZED", layout.at("/breaks/1/status").asText());
    JsonNode decisions = json("/sessions/" + id + "/timeline").get("decisions");
    assertEquals(java.util.Set.of("v0", "b6"), java.util.Set.copyOf(keys(decisions)));
  }

  @Test
  @Order(6)
  void liveEndpoints_withoutFilter_503SaysSo() throws Exception {
    try (AdminTestServer plain = AdminTestServer.start(dir.resolve("plain"), "", true)) {
      HttpResponse<String> r = plain.send(plain.authed(API + "/stats").GET().build());
      assertEquals(503, r.statusCode());
      assertTrue(r.body().contains("not running"), r.body());
    }
  }

  @Test
  void openApi_documentsEveryRoute() throws Exception {
    String yaml;
    try (var in = LiveApiTest.class.getResourceAsStream("/META-INF/resources/admin/openapi.yaml")) {
      yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    RouteTable table =
        AdminRoutes.create(
            new ConfigurationService(() -> null), new LiveService(java.util.Optional::empty), "h");
    for (RouteTable.Route r : table.routes()) {
      assertTrue(yaml.contains("\n  " + r.template() + ":\n"), "undocumented " + r.template());
    }
  }

  private static JsonNode byKey(JsonNode items, String key) {
    for (JsonNode i : items) {
      if (key.equals(i.get("breakKey").asText())) {
        return i;
      }
    }
    throw new AssertionError("no interaction for break [" + key + "] in " + items);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> keys(JsonNode decisions) {
    List<String> out = new ArrayList<>();
    decisions.forEach(n -> out.add(n.get("breakKey").asText()));
    return out;
  }

  /** Sum of the EXTINF durations of a playlist, in microseconds (exact). */
  private static long extinfMicros(String playlist) {
    long total = 0;
    for (String l : playlist.split("\n")) {
      if (l.startsWith("#EXTINF:")) {
        String v = l.substring(8, l.indexOf(','));
        total += new java.math.BigDecimal(v).movePointRight(6).longValueExact();
      }
    }
    return total;
  }
}
