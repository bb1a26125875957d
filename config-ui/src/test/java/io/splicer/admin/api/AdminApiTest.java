package io.splicer.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.splicer.admin.AdminTestServer;
import io.splicer.config.PlaybackConfiguration;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over HTTP: embedded Tomcat on 127.0.0.1, built-in authentication, file store. */
class AdminApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API = "/ctx/admin/api/v1/playbackConfigurations/";

  @TempDir static Path dir;
  private static AdminTestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = AdminTestServer.start(dir, "/ctx", true);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static String valid(String name) {
    return "{\"Name\":\""
        + name
        + "\",\"VideoContentSourceUrl\":\"https://origin.example.com/vod/\","
        + "\"AdDecisionServerUrl\":\"https://ads.example.com/vast?key=SECRET\"}";
  }

  private static HttpResponse<String> put(String name, String body, String... headers)
      throws Exception {
    HttpRequest.Builder b = server.authed(API + name).PUT(BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return server.send(b.build());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return server.send(server.authed(path).GET().build());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void anyEndpoint_withoutCredentials_401WithBasicChallenge() throws Exception {
    HttpResponse<String> r =
        server.send(HttpRequest.newBuilder(URI.create(server.url(API + "x"))).GET().build());
    assertEquals(401, r.statusCode());
    assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "));
    HttpResponse<String> list =
        server.send(
            HttpRequest.newBuilder(
                    URI.create(server.url("/ctx/admin/api/v1/playbackConfigurations")))
                .build());
    assertEquals(401, list.statusCode());
  }

  @Test
  void anyEndpoint_wrongPassword_401() throws Exception {
    HttpResponse<String> r =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url(API + "x")))
                .header("Authorization", AdminTestServer.basic("admin", "wrong"))
                .build());
    assertEquals(401, r.statusCode());
  }

  @Test
  void put_new_201WithEtagAndReadOnlyPrefixes() throws Exception {
    HttpResponse<String> r = put("created-one", valid("created-one"));
    assertEquals(201, r.statusCode(), r.body());
    String etag = r.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
    assertEquals(server.url(API + "created-one"), r.headers().firstValue("Location").orElseThrow());
    JsonNode body = json(r);
    assertEquals("created-one", body.get("Name").asText());
    assertEquals(server.url("/ctx"), body.get("PlaybackEndpointPrefix").asText());
    assertEquals(
        server.url("/ctx/v1/master/dep1/created-one/"),
        body.at("/HlsConfiguration/ManifestEndpointPrefix").asText());
    assertEquals(
        server.url("/ctx/v1/dash/dep1/created-one/"),
        body.at("/DashConfiguration/ManifestEndpointPrefix").asText());
    assertEquals(
        server.url("/ctx/v1/session/dep1/created-one/"),
        body.get("SessionInitializationEndpointPrefix").asText());
    assertTrue(Files.exists(server.storeDirectory().resolve("created-one.json")));
  }

  @Test
  void put_sameBodyTwice_idempotent200SameEtag() throws Exception {
    HttpResponse<String> first = put("idem", valid("idem"));
    HttpResponse<String> second = put("idem", valid("idem"));
    assertEquals(201, first.statusCode());
    assertEquals(200, second.statusCode());
    assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));
  }

  @Test
  void put_thenGet_sameConfigurationAndEtag_andStoreSeesIt() throws Exception {
    HttpResponse<String> created = put("readable", valid("readable"));
    HttpResponse<String> r = get(API + "readable");
    assertEquals(200, r.statusCode());
    assertEquals(created.headers().firstValue("ETag"), r.headers().firstValue("ETag"));
    assertEquals("https://origin.example.com/vod/", json(r).get("VideoContentSourceUrl").asText());
    PlaybackConfiguration stored = server.store().find("readable").orElseThrow();
    assertEquals("https://ads.example.com/vast?key=SECRET", stored.adDecisionServerUrl());
  }

  @Test
  void get_missing_404() throws Exception {
    HttpResponse<String> r = get(API + "nothing-here");
    assertEquals(404, r.statusCode());
    assertTrue(json(r).get("message").asText().contains("nothing-here"));
  }

  @Test
  void put_getOutputSentBackAsIs_accepted() throws Exception {
    put("roundtrip", valid("roundtrip"));
    HttpResponse<String> got = get(API + "roundtrip");
    HttpResponse<String> back = put("roundtrip", got.body());
    assertEquals(200, back.statusCode(), back.body());
  }

  @Test
  void put_mediaTailorGetOutput_acceptedReadOnlyFieldsIgnored() throws Exception {
    String mediaTailor =
        "{\"Name\":\"from-aws\",\"PlaybackConfigurationArn\":\"arn:aws:mediatailor:us-east-1:1:playbackConfiguration/from-aws\","
            + "\"PlaybackEndpointPrefix\":\"https://abc.mediatailor.us-east-1.amazonaws.com\","
            + "\"SessionInitializationEndpointPrefix\":\"https://abc.mediatailor.us-east-1.amazonaws.com/v1/session/1/from-aws/\","
            + "\"HlsConfiguration\":{\"ManifestEndpointPrefix\":\"https://abc/v1/master/1/from-aws/\"},"
            + "\"DashConfiguration\":{\"ManifestEndpointPrefix\":\"https://abc/v1/dash/1/from-aws/\",\"MpdLocation\":\"DISABLED\"},"
            + "\"LogConfiguration\":{\"PercentEnabled\":0},"
            + "\"VideoContentSourceUrl\":\"https://origin.example.com/\",\"Tags\":{}}";
    HttpResponse<String> r = put("from-aws", mediaTailor);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode body = json(r);
    assertEquals(server.url("/ctx"), body.get("PlaybackEndpointPrefix").asText());
    assertEquals("DISABLED", body.at("/DashConfiguration/MpdLocation").asText());
    assertNull(body.get("PlaybackConfigurationArn"));
  }

  @Test
  void put_invalidFields_422WithEveryPointer() throws Exception {
    String body =
        "{\"Name\":\"bad-fields\",\"AdDecisionServerUrl\":\"ftp://ads.example.com/vast\","
            + "\"PersonalizationThresholdSeconds\":-1,\"Unknown\":1}";
    HttpResponse<String> r = put("bad-fields", body);
    assertEquals(422, r.statusCode());
    JsonNode json = json(r);
    assertTrue(json.get("message").asText().startsWith("invalid playback configuration"));
    List<String> pointers = new ArrayList<>();
    json.get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
    assertTrue(pointers.contains("/Unknown"), pointers.toString());
    assertFalse(Files.exists(server.storeDirectory().resolve("bad-fields.json")));
  }

  @Test
  void put_semanticErrors_422WithPointersAndOffendingValue() throws Exception {
    String body =
        "{\"Name\":\"bad-values\",\"AdDecisionServerUrl\":\"ftp://ads.example.com/vast\","
            + "\"PersonalizationThresholdSeconds\":-1}";
    HttpResponse<String> r = put("bad-values", body);
    assertEquals(422, r.statusCode());
    List<String> pointers = new ArrayList<>();
    json(r).get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
    assertEquals(
        List.of(
            "/AdDecisionServerUrl", "/VideoContentSourceUrl", "/PersonalizationThresholdSeconds"),
        pointers);
    assertTrue(json(r).get("errors").get(0).get("message").asText().contains("[ftp://"));
  }

  @Test
  void put_wrongType_422AtThatPointer() throws Exception {
    HttpResponse<String> r =
        put(
            "typed",
            "{\"VideoContentSourceUrl\":\"https://o/\",\"AdsPersonalizationTimeouts\":{\"AdsRequestTimeoutMilliseconds\":\"soon\"}}");
    assertEquals(422, r.statusCode());
    assertEquals(
        "/AdsPersonalizationTimeouts/AdsRequestTimeoutMilliseconds",
        json(r).at("/errors/0/pointer").asText());
  }

  @Test
  void put_malformedJson_400() throws Exception {
    HttpResponse<String> r = put("broken", "{\"Name\": \"broken\",");
    assertEquals(400, r.statusCode());
    assertTrue(json(r).get("message").asText().startsWith("malformed JSON"));
  }

  @Test
  void put_duplicateKeys_400() throws Exception {
    HttpResponse<String> r = put("dup", "{\"Name\":\"dup\",\"Name\":\"dup\"}");
    assertEquals(400, r.statusCode());
  }

  @Test
  void put_emptyBody_400() throws Exception {
    assertEquals(400, put("empty", "").statusCode());
  }

  @Test
  void put_arrayBody_422AtRoot() throws Exception {
    HttpResponse<String> r = put("array", "[]");
    assertEquals(422, r.statusCode());
    assertEquals("", json(r).at("/errors/0/pointer").asText());
  }

  @Test
  void put_nameMismatch_422AtName() throws Exception {
    HttpResponse<String> r = put("path-name", valid("body-name"));
    assertEquals(422, r.statusCode());
    assertEquals("/Name", json(r).at("/errors/0/pointer").asText());
    assertTrue(json(r).at("/errors/0/message").asText().contains("[path-name]"));
    assertFalse(Files.exists(server.storeDirectory().resolve("body-name.json")));
  }

  @Test
  void put_missingName_takesPathName() throws Exception {
    HttpResponse<String> r =
        put("nameless", "{\"VideoContentSourceUrl\":\"https://origin.example.com/\"}");
    assertEquals(201, r.statusCode(), r.body());
    assertEquals("nameless", json(r).get("Name").asText());
  }

  @Test
  void put_invalidPathName_422() throws Exception {
    HttpResponse<String> r = put("bad.name", "{\"VideoContentSourceUrl\":\"https://o/\"}");
    assertEquals(422, r.statusCode());
    assertEquals("/Name", json(r).at("/errors/0/pointer").asText());
  }

  @Test
  void put_staleIfMatch_412LostUpdatePrevented() throws Exception {
    String etag = put("contended", valid("contended")).headers().firstValue("ETag").orElseThrow();
    String alice =
        "{\"VideoContentSourceUrl\":\"https://alice.example.com/\"}"; // first writer wins
    HttpResponse<String> first = put("contended", alice, "If-Match", etag);
    assertEquals(200, first.statusCode(), first.body());
    assertNotEquals(etag, first.headers().firstValue("ETag").orElseThrow());
    HttpResponse<String> second =
        put(
            "contended",
            "{\"VideoContentSourceUrl\":\"https://bob.example.com/\"}",
            "If-Match",
            etag);
    assertEquals(412, second.statusCode());
    assertEquals(
        "https://alice.example.com/",
        server.store().find("contended").orElseThrow().videoContentSourceUrl());
  }

  @Test
  void put_ifMatchStarOnMissing_412() throws Exception {
    assertEquals(412, put("not-yet", valid("not-yet"), "If-Match", "*").statusCode());
  }

  @Test
  void put_weakIfMatch_412() throws Exception {
    String etag = put("weak", valid("weak")).headers().firstValue("ETag").orElseThrow();
    assertEquals(412, put("weak", valid("weak"), "If-Match", "W/" + etag).statusCode());
  }

  @Test
  void delete_existing_204ThenGone() throws Exception {
    put("doomed", valid("doomed"));
    HttpResponse<String> r = server.send(server.authed(API + "doomed").DELETE().build());
    assertEquals(204, r.statusCode());
    assertEquals("", r.body());
    assertEquals(404, get(API + "doomed").statusCode());
    assertFalse(Files.exists(server.storeDirectory().resolve("doomed.json")));
    assertEquals(404, server.send(server.authed(API + "doomed").DELETE().build()).statusCode());
  }

  @Test
  void delete_staleIfMatch_412AndKept() throws Exception {
    String old = put("kept", valid("kept")).headers().firstValue("ETag").orElseThrow();
    put("kept", "{\"VideoContentSourceUrl\":\"https://other.example.com/\"}");
    HttpResponse<String> r =
        server.send(server.authed(API + "kept").header("If-Match", old).DELETE().build());
    assertEquals(412, r.statusCode());
    assertTrue(server.store().find("kept").isPresent());
  }

  @Test
  void list_paging_followsNextTokenThroughAllItemsInOrder() throws Exception {
    for (String n : List.of("page-c", "page-a", "page-e", "page-b", "page-d")) {
      put(n, valid(n));
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String q =
          "/ctx/admin/api/v1/playbackConfigurations?MaxResults=2"
              + (token == null ? "" : "&NextToken=" + token);
      JsonNode page = json(get(q));
      assertTrue(page.get("Items").size() <= 2);
      page.get("Items").forEach(i -> seen.add(i.get("Name").asText()));
      token = page.has("NextToken") ? page.get("NextToken").asText() : null;
      pages++;
    } while (token != null && pages < 100);
    List<String> pageNames = seen.stream().filter(n -> n.startsWith("page-")).toList();
    assertEquals(List.of("page-a", "page-b", "page-c", "page-d", "page-e"), pageNames);
    List<String> sorted = new ArrayList<>(seen);
    sorted.sort(null);
    assertEquals(sorted, seen);
    assertEquals(seen.size(), seen.stream().distinct().count());
    assertEquals(server.store().list().size(), seen.size());
  }

  @Test
  void list_defaultPage_hasItemsWithPrefixesAndNoTokenWhenComplete() throws Exception {
    put("listed", valid("listed"));
    JsonNode page = json(get("/ctx/admin/api/v1/playbackConfigurations"));
    assertFalse(page.has("NextToken"));
    JsonNode listed = null;
    for (JsonNode i : page.get("Items")) {
      if (i.get("Name").asText().equals("listed")) {
        listed = i;
      }
    }
    assertNotNull(listed);
    assertEquals(
        server.url("/ctx/v1/master/dep1/listed/"),
        listed.at("/HlsConfiguration/ManifestEndpointPrefix").asText());
  }

  @Test
  void list_maxResultsOutOfRange_400() throws Exception {
    for (String v : List.of("0", "101", "ten")) {
      HttpResponse<String> r = get("/ctx/admin/api/v1/playbackConfigurations?MaxResults=" + v);
      assertEquals(400, r.statusCode(), v);
    }
  }

  @Test
  void list_garbageNextToken_400() throws Exception {
    assertEquals(
        400, get("/ctx/admin/api/v1/playbackConfigurations?NextToken=%21%21").statusCode());
  }

  @Test
  void put_crossOriginWithValidCredentials_403AndNotStored() throws Exception {
    HttpResponse<String> r = put("csrf", valid("csrf"), "Origin", "https://evil.example.com");
    assertEquals(403, r.statusCode());
    assertFalse(server.store().find("csrf").isPresent());
  }

  @Test
  void delete_crossOriginReferer_403() throws Exception {
    put("csrf-del", valid("csrf-del"));
    HttpResponse<String> r =
        server.send(
            server
                .authed(API + "csrf-del")
                .header("Referer", "http://127.0.0.1:1/attack.html")
                .DELETE()
                .build());
    assertEquals(403, r.statusCode());
    assertTrue(server.store().find("csrf-del").isPresent());
  }

  @Test
  void put_sameOrigin_allowed() throws Exception {
    HttpResponse<String> r = put("same-origin", valid("same-origin"), "Origin", server.origin());
    assertEquals(201, r.statusCode());
  }

  @Test
  void get_crossOrigin_allowedBecauseSafe() throws Exception {
    put("safe-get", valid("safe-get"));
    HttpResponse<String> r =
        server.send(
            server.authed(API + "safe-get").header("Origin", "https://evil.example.com").build());
    assertEquals(200, r.statusCode());
  }

  @Test
  void unknownPath_404_wrongMethod_405WithAllow() throws Exception {
    assertEquals(404, get("/ctx/admin/api/v1/nope").statusCode());
    HttpResponse<String> r =
        server.send(
            server
                .authed("/ctx/admin/api/v1/playbackConfigurations")
                .POST(BodyPublishers.ofString("{}"))
                .build());
    assertEquals(405, r.statusCode());
    assertEquals("GET", r.headers().firstValue("Allow").orElseThrow());
  }

  @Test
  void openApi_servedToAuthenticatedUsers() throws Exception {
    HttpResponse<String> r = get("/ctx/admin/openapi.yaml");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().startsWith("openapi: 3."));
    assertTrue(r.body().contains("/playbackConfigurations/{name}:"));
  }

  @Test
  void session_basic_userWithoutCsrfToken() throws Exception {
    JsonNode who = json(get("/ctx/admin/api/v1/session"));
    assertEquals("admin", who.get("user").asText());
    assertFalse(who.has("csrfToken"));
  }
}
