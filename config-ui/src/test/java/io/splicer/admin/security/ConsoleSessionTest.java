package io.splicer.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.splicer.admin.AdminTestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Console login sessions, CSRF tokens, redirects and throttling over HTTP. */
class ConsoleSessionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BODY = "{\"VideoContentSourceUrl\":\"https://origin.example.com/\"}";

  @TempDir Path dir;

  private static HttpResponse<String> login(AdminTestServer s, String password) throws Exception {
    String body =
        JSON.writeValueAsString(
            JSON.createObjectNode().put("username", "admin").put("password", password));
    return s.send(
        HttpRequest.newBuilder(URI.create(s.url("/admin/api/v1/login")))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body))
            .build());
  }

  private static String cookie(HttpResponse<String> login) {
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  @Test
  void login_rightPassword_httpOnlySameSiteStrictCookieAndCsrfToken() throws Exception {
    try (AdminTestServer s = AdminTestServer.start(dir, "", true)) {
      HttpResponse<String> r = login(s, AdminTestServer.PASSWORD);
      assertEquals(200, r.statusCode());
      String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
      assertTrue(setCookie.startsWith("SplicerAdmin="), setCookie);
      assertTrue(setCookie.contains("; HttpOnly"), setCookie);
      assertTrue(setCookie.contains("; SameSite=Strict"), setCookie);
      assertTrue(setCookie.contains("; Path=/admin"), setCookie);
      JsonNode body = JSON.readTree(r.body());
      assertTrue(body.get("csrfToken").asText().length() >= 40);
      JsonNode who =
          JSON.readTree(
              s.send(
                      HttpRequest.newBuilder(URI.create(s.url("/admin/api/v1/session")))
                          .header("Cookie", cookie(r))
                          .build())
                  .body());
      assertEquals(body.get("csrfToken").asText(), who.get("csrfToken").asText());
    }
  }

  @Test
  void cookieSession_putWithoutCsrfHeader_403_withHeader_201() throws Exception {
    try (AdminTestServer s = AdminTestServer.start(dir, "", true)) {
      HttpResponse<String> l = login(s, AdminTestServer.PASSWORD);
      String token = JSON.readTree(l.body()).get("csrfToken").asText();
      URI uri = URI.create(s.url("/admin/api/v1/playbackConfigurations/by-cookie"));
      HttpResponse<String> without =
          s.send(
              HttpRequest.newBuilder(uri)
                  .header("Cookie", cookie(l))
                  .PUT(BodyPublishers.ofString(BODY))
                  .build());
      assertEquals(403, without.statusCode());
      HttpResponse<String> wrong =
          s.send(
              HttpRequest.newBuilder(uri)
                  .header("Cookie", cookie(l))
                  .header("X-Splicer-CSRF", token + "x")
                  .PUT(BodyPublishers.ofString(BODY))
                  .build());
      assertEquals(403, wrong.statusCode());
      assertFalse(s.store().find("by-cookie").isPresent());
      HttpResponse<String> with =
          s.send(
              HttpRequest.newBuilder(uri)
                  .header("Cookie", cookie(l))
                  .header("X-Splicer-CSRF", token)
                  .PUT(BodyPublishers.ofString(BODY))
                  .build());
      assertEquals(201, with.statusCode(), with.body());
    }
  }

  @Test
  void logout_endsSession() throws Exception {
    try (AdminTestServer s = AdminTestServer.start(dir, "", true)) {
      HttpResponse<String> l = login(s, AdminTestServer.PASSWORD);
      String token = JSON.readTree(l.body()).get("csrfToken").asText();
      HttpResponse<String> out =
          s.send(
              HttpRequest.newBuilder(URI.create(s.url("/admin/api/v1/logout")))
                  .header("Cookie", cookie(l))
                  .header("X-Splicer-CSRF", token)
                  .POST(BodyPublishers.noBody())
                  .build());
      assertEquals(204, out.statusCode());
      HttpResponse<String> after =
          s.send(
              HttpRequest.newBuilder(URI.create(s.url("/admin/api/v1/session")))
                  .header("Cookie", cookie(l))
                  .header("X-Splicer-Console", "1")
                  .build());
      assertEquals(401, after.statusCode());
      assertTrue(after.headers().firstValue("WWW-Authenticate").isEmpty());
    }
  }

  @Test
  void login_crossOrigin_403EvenWithRightPassword() throws Exception {
    try (AdminTestServer s = AdminTestServer.start(dir, "", true)) {
      HttpResponse<String> r =
          s.send(
              HttpRequest.newBuilder(URI.create(s.url("/admin/api/v1/login")))
                  .header("Origin", "http://attacker.example")
                  .POST(
                      BodyPublishers.ofString(
                          "{\"username\":\"admin\",\"password\":\""
                              + AdminTestServer.PASSWORD
                              + "\"}"))
                  .build());
      assertEquals(403, r.statusCode());
      assertTrue(r.headers().firstValue("Set-Cookie").isEmpty());
    }
  }

  @Test
  void consolePage_unauthenticated_redirectsToLogin_loginPagePublic() throws Exception {
    try (AdminTestServer s = AdminTestServer.start(dir, "/app", true)) {
      HttpResponse<String> index =
          s.send(HttpRequest.newBuilder(URI.create(s.url("/app/admin/index.html"))).build());
      assertEquals(302, index.statusCode());
      assertEquals(
          s.url("/app/admin/login.html"),
          URI.create(s.url("/app/admin/"))
              .resolve(index.headers().firstValue("Location").orElseThrow())
              .toString());
      HttpResponse<String> loginPage =
          s.send(HttpRequest.newBuilder(URI.create(s.url("/app/admin/login.html"))).build());
      assertEquals(200, loginPage.statusCode());
      assertTrue(loginPage.body().contains("id=\"login-form\""));
      HttpResponse<String> openapi =
          s.send(HttpRequest.newBuilder(URI.create(s.url("/app/admin/openapi.yaml"))).build());
      assertEquals(302, openapi.statusCode());
    }
  }

  @Test
  void login_repeatedFailures_429WithRetryAfter_evenForRightPassword() throws Exception {
    try (AdminTestServer s = AdminTestServer.start(dir, "", true)) {
      for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
        assertEquals(401, login(s, "guess-" + i).statusCode());
      }
      HttpResponse<String> locked = login(s, AdminTestServer.PASSWORD);
      assertEquals(429, locked.statusCode());
      assertTrue(Integer.parseInt(locked.headers().firstValue("Retry-After").orElseThrow()) >= 1);
    }
  }

  @Test
  void api_withoutAnyAuthLayer_failsClosed401() throws Exception {
    try (AdminTestServer s = AdminTestServer.start(dir, "", false)) {
      HttpResponse<String> r =
          s.send(
              HttpRequest.newBuilder(URI.create(s.url("/admin/api/v1/playbackConfigurations")))
                  .build());
      assertEquals(401, r.statusCode());
      HttpResponse<String> put =
          s.send(
              HttpRequest.newBuilder(URI.create(s.url("/admin/api/v1/playbackConfigurations/x")))
                  .header("Authorization", AdminTestServer.basic("admin", AdminTestServer.PASSWORD))
                  .PUT(BodyPublishers.ofString(BODY))
                  .build());
      assertEquals(401, put.statusCode());
      assertFalse(s.store().find("x").isPresent());
    }
  }

  @Test
  void webjar_bootstrapReferencedByConsole_isOnClasspath() throws Exception {
    try (AdminTestServer s = AdminTestServer.start(dir, "", true)) {
      HttpResponse<String> css =
          s.send(
              HttpRequest.newBuilder(
                      URI.create(s.url("/webjars/bootstrap/5.3.3/css/bootstrap.min.css")))
                  .build());
      assertEquals(200, css.statusCode());
      assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }
  }
}
