package io.splicer.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.splicer.config.FileConfigurationStore;
import io.splicer.config.PlaybackConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the launcher's server on an ephemeral 127.0.0.1 port in front of a real HTTP origin. */
class SplicerServerTest {

  @TempDir Path data;

  private static final String MANIFEST =
      "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.000,\nseg0.ts\n#EXT-X-ENDLIST\n";

  @Test
  void start_noDemo_manifestFetchedThroughTheFilterWithAbsoluteUris() throws Exception {
    HttpServer origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    origin.createContext(
        "/show/",
        exchange -> {
          byte[] body =
              exchange.getRequestURI().getPath().equals("/show/ep1/index.m3u8")
                  ? MANIFEST.getBytes(StandardCharsets.UTF_8)
                  : new byte[0];
          exchange.getResponseHeaders().set("Content-Type", "application/vnd.apple.mpegurl");
          exchange.sendResponseHeaders(
              body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    origin.start();
    Path configDir = data.resolve("cfg");
    new FileConfigurationStore(configDir)
        .put(
            PlaybackConfiguration.builder("real")
                .videoContentSourceUrl(
                    "http://127.0.0.1:" + origin.getAddress().getPort() + "/show/")
                .build());
    LauncherOptions options =
        LauncherOptions.parse(
            new String[] {
              "--port",
              "0",
              "--no-demo",
              "--data-dir",
              data.toString(),
              "--config-dir",
              configDir.toString()
            },
            data,
            data);
    try (SplicerServer server = SplicerServer.start(options, Clock.systemUTC())) {
      assertTrue(server.port() > 0);
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(server.localUrl() + "/v1/master/any/real/ep1/index.m3u8"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      // no ADS configured: the session's playlist is the origin's, its segment made absolute
      assertEquals(
          MANIFEST.replace(
              "seg0.ts", "http://127.0.0.1:" + origin.getAddress().getPort() + "/show/ep1/seg0.ts"),
          response.body());
      HttpResponse<String> unknown =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(server.localUrl() + "/v1/master/any/nope/ep1/index.m3u8"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(404, unknown.statusCode());
      ByteArrayOutputStream banner = new ByteArrayOutputStream();
      Launcher.printBanner(new PrintStream(banner, true, StandardCharsets.UTF_8), server, 1);
      String text = banner.toString(StandardCharsets.UTF_8);
      assertTrue(text.contains("config real:  " + server.localUrl() + "/v1/master/"), text);
      assertTrue(text.contains("ads are stitched"), text);
    } finally {
      origin.stop(0);
    }
  }
}
