package io.splicer.dist;

import io.splicer.config.PlaybackConfiguration;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar splicer-standalone.jar [--port N] [--bind ADDR] [--config-dir DIR] [--data-dir
 * DIR] [--no-demo]}: embedded Tomcat with the Splicer filter and, unless {@code --no-demo}, a demo
 * origin (VOD + live, content generated with ffmpeg on first run), a demo ad server and a player
 * page. See {@link LauncherOptions#USAGE}.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    long startNanos = System.nanoTime();
    LauncherOptions options;
    try {
      options =
          LauncherOptions.parse(
              args, Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
    } catch (LauncherOptions.UsageException e) {
      System.err.println("splicer: " + e.getMessage());
      System.err.println(LauncherOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options == null) {
      System.out.println(LauncherOptions.USAGE);
      return;
    }
    options = options.withAdminPasswordFrom(System::getenv);
    Logger.getLogger("org.apache").setLevel(Level.WARNING); // Tomcat's INFO start-up chatter
    SplicerServer server = SplicerServer.start(options, Clock.systemUTC());
    long readyMs = (System.nanoTime() - startNanos) / 1_000_000;
    printBanner(System.out, server, readyMs);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } catch (Exception e) {
                    // shutting down anyway
                  }
                }));
    if (options.demo()) {
      Thread demo =
          new Thread(() -> server.prepareDemo(m -> System.out.println("splicer: " + m)), "demo");
      demo.setDaemon(true);
      demo.start();
    }
    server.await();
  }

  static void printBanner(PrintStream out, SplicerServer server, long readyMs) {
    String url = server.localUrl();
    LauncherOptions o = server.options();
    out.println();
    out.println("Splicer is ready on " + url + " (started in " + readyMs + " ms)");
    out.println("  configurations: " + o.configDir());
    out.println("  data:           " + o.dataDir());
    if (o.demo()) {
      out.println("  demo page:      " + url + "/demo/");
      out.println("  admin console:  " + url + "/admin/  (user admin)");
      out.println("  VOD master:     " + url + SplicerServer.masterPath("vod/index.m3u8"));
      out.println("  live master:    " + url + SplicerServer.masterPath("live/index.m3u8"));
      out.println("  demo ADS:       " + url + "/ads/vast  and  " + url + "/ads/vmap");
    } else {
      out.println("  admin console:  " + url + "/admin/  (user admin)");
    }
    if (server.generatedAdminPassword() != null) {
      out.println(
          "  admin password: "
              + server.generatedAdminPassword()
              + "  (generated now and shown only once; stored hashed in "
              + o.dataDir()
              + ")");
    }
    out.println("  admin API:      " + url + "/admin/api/v1/  (HTTP Basic; /admin/openapi.yaml)");
    for (PlaybackConfiguration c : server.configurations()) {
      out.println(
          "  config "
              + c.name()
              + ":  "
              + url
              + "/v1/master/"
              + SplicerServer.HASH
              + "/"
              + c.name()
              + "/{asset-path}  ->  "
              + c.videoContentSourceUrl());
    }
    out.println(
        "HLS ads are stitched per viewer session (VOD: CUE-OUT:0 points; live: SCTE-35 breaks).");
    out.println();
  }
}
