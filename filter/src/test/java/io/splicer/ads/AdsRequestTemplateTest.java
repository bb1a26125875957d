package io.splicer.ads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class AdsRequestTemplateTest {

  private static final SessionVariables VIEWER =
      new SessionVariables(
          "42",
          "7a1b6c0e-0000-4000-8000-000000000001",
          "10.0.0.7",
          Optional.of("203.0.113.9"),
          "Player \"X\"/1.0\r\nInjected: yes",
          Optional.empty(),
          Optional.of("de-DE"));

  private static AdsVariables vars() {
    return AdsVariables.builder().session(VIEWER).build();
  }

  @Test
  void prepare_get_forwardsUserAgentAndForwardedFor() {
    AdsEvents events = new AdsEvents();
    AdsRequestTemplate.Prepared p =
        AdsRequestTemplate.get("http://ads.example/vast?sid=[session.id]")
            .prepare(vars(), Optional.of(VIEWER), events);
    AdsRequest r = p.request().orElseThrow();
    assertEquals("GET", r.method());
    assertEquals("http://ads.example/vast?sid=42", r.uri().toString());
    assertEquals("Player \"X\"/1.0Injected: yes", r.headers().get("User-Agent"));
    assertEquals("203.0.113.9", r.headers().get("X-Forwarded-For"));
    assertTrue(r.body().isEmpty());
    assertEquals(0, events.count(AdsEventType.WARNING_URL_VARIABLE_SUBSTITUTION_FAILED));
  }

  @Test
  void prepare_unresolvedUrlVariable_emptyAndWarningCounted() {
    AdsEvents events = new AdsEvents();
    AdsRequestTemplate.Prepared p =
        AdsRequestTemplate.get("http://ads.example/vast?g=[player_params.genre]&s=[scte.event_id]")
            .prepare(vars(), Optional.of(VIEWER), events);
    assertEquals("http://ads.example/vast?g=&s=", p.request().orElseThrow().uri().toString());
    assertEquals(List.of("player_params.genre", "scte.event_id"), p.unresolved());
    assertEquals(2, events.count(AdsEventType.WARNING_URL_VARIABLE_SUBSTITUTION_FAILED));
  }

  @Test
  void prepare_unusableUrl_requestFailureNotException() {
    AdsEvents events = new AdsEvents();
    AdsRequestTemplate.Prepared p =
        AdsRequestTemplate.get("ftp://ads.example/[session.id]")
            .prepare(vars(), Optional.empty(), events);
    assertTrue(p.request().isEmpty());
    assertEquals(AdsFailure.Kind.REQUEST, p.failure().orElseThrow().kind());
    assertEquals(1, events.count(AdsEventType.ERROR_ADS_INTERPOLATION));
  }

  @Test
  void prepare_postJsonGzip_referenceExample() throws IOException {
    // Reference §6 ads-request-configuration example.
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Accept-Language", "{{session.accept_language}}");
    headers.put("X-Missing", "[{{player_params.none}}]");
    headers.put("Host", "evil.example");
    AdsRequestTemplate t =
        AdsRequestTemplate.of(
            "https://ads.example.com/ortb",
            "post",
            headers,
            Optional.of(
                "{\"id\": \"{{session.uuid}}\", \"user\": {\"ua\": \"{{session.user_agent}}\","
                    + " \"ip\": \"{{session.client_ip}}\"}, \"x\": \"{{nope.nothing}}\"}"),
            true);
    AdsRequest r = t.prepare(vars(), Optional.of(VIEWER), new AdsEvents()).request().orElseThrow();
    assertEquals("POST", r.method());
    assertEquals("de-DE", r.headers().get("Accept-Language"));
    assertEquals("[]", r.headers().get("X-Missing"));
    assertFalse(r.headers().containsKey("Host"));
    assertEquals("gzip", r.headers().get("Content-Encoding"));
    byte[] body;
    try (GZIPInputStream in =
        new GZIPInputStream(new ByteArrayInputStream(r.body().orElseThrow()))) {
      body = in.readAllBytes();
    }
    assertEquals(
        "{\"id\": \"7a1b6c0e-0000-4000-8000-000000000001\", \"user\": {\"ua\":"
            + " \"Player \\\"X\\\"/1.0\\r\\nInjected: yes\", \"ip\": \"203.0.113.9\"}, \"x\": \"\"}",
        new String(body, StandardCharsets.UTF_8));
  }

  @Test
  void prepare_postTextBody_valuesAsIs() {
    AdsRequestTemplate t =
        AdsRequestTemplate.of(
            "https://ads.example.com/x",
            "POST",
            Map.of("Content-Type", "text/plain"),
            Optional.of("lang={{session.accept_language}}"),
            false);
    AdsRequest r = t.prepare(vars(), Optional.empty(), new AdsEvents()).request().orElseThrow();
    assertArrayEquals("lang=de-DE".getBytes(StandardCharsets.UTF_8), r.body().orElseThrow());
    assertFalse(r.headers().containsKey("User-Agent"));
  }
}
