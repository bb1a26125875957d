package io.splicer.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.config.FileConfigurationStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin console and API as wired by the standalone launcher. */
class AdminWiringTest {

  @TempDir Path data;
  private final HttpClient client = HttpClient.newHttpClient();

  private LauncherOptions options(String... extra) throws Exception {
    String[] base = {"--port", "0", "--no-demo", "--data-dir", data.toString()};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return LauncherOptions.parse(args, data, data);
  }

  private HttpResponse<String> send(HttpRequest r) throws Exception {
    return client.send(r, HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void start_noPassword_generatedPrintedOnceStoredHashed_andApiUsesIt() throws Exception {
    String password;
    try (SplicerServer server = SplicerServer.start(options(), Clock.systemUTC())) {
      password = server.generatedAdminPassword();
      assertNotNull(password);
      ByteArrayOutputStream banner = new ByteArrayOutputStream();
      Launcher.printBanner(new PrintStream(banner, true, StandardCharsets.UTF_8), server, 1);
      assertTrue(banner.toString(StandardCharsets.UTF_8).contains("admin password: " + password));
      String stored = Files.readString(data.resolve("admin-password.hash"));
      assertFalse(stored.contains(password));
      String api = server.localUrl() + "/admin/api/v1/playbackConfigurations";
      assertEquals(401, send(HttpRequest.newBuilder(URI.create(api)).build()).statusCode());
      HttpResponse<String> put =
          send(
              HttpRequest.newBuilder(URI.create(api + "/via-api"))
                  .header("Authorization", basic(password))
                  .PUT(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"VideoContentSourceUrl\":\"https://origin.example.com/\"}"))
                  .build());
      assertEquals(201, put.statusCode(), put.body());
      // The filter's directory: the playback side sees it without restart.
      assertTrue(
          new FileConfigurationStore(server.options().configDir()).find("via-api").isPresent());
      HttpResponse<String> console =
          send(HttpRequest.newBuilder(URI.create(server.localUrl() + "/admin/")).build());
      assertEquals(302, console.statusCode());
      assertTrue(console.headers().firstValue("Location").orElse("").endsWith("/admin/login.html"));
    }
    try (SplicerServer again = SplicerServer.start(options(), Clock.systemUTC())) {
      assertNull(again.generatedAdminPassword());
      ByteArrayOutputStream banner = new ByteArrayOutputStream();
      Launcher.printBanner(new PrintStream(banner, true, StandardCharsets.UTF_8), again, 1);
      assertFalse(banner.toString(StandardCharsets.UTF_8).contains(password));
      HttpResponse<String> ok =
          send(
              HttpRequest.newBuilder(
                      URI.create(again.localUrl() + "/admin/api/v1/playbackConfigurations"))
                  .header("Authorization", basic(password))
                  .build());
      assertEquals(200, ok.statusCode());
    }
  }

  @Test
  void start_explicitPassword_acceptedAndConsoleServed() throws Exception {
    try (SplicerServer server =
        SplicerServer.start(options("--admin-password", "pw-123"), Clock.systemUTC())) {
      assertNull(server.generatedAdminPassword());
      HttpResponse<String> index =
          send(
              HttpRequest.newBuilder(URI.create(server.localUrl() + "/admin/"))
                  .header("Authorization", basic("pw-123"))
                  .build());
      assertEquals(200, index.statusCode());
      assertTrue(index.body().contains("Playback configurations"));
      HttpResponse<String> css =
          send(
              HttpRequest.newBuilder(
                      URI.create(
                          server.localUrl() + "/webjars/bootstrap/5.3.3/css/bootstrap.min.css"))
                  .build());
      assertEquals(200, css.statusCode());
    }
  }
}
