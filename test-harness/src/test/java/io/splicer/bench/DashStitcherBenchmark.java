package io.splicer.bench;

import com.sun.net.httpserver.HttpServer;
import io.splicer.ads.AdsClient;
import io.splicer.ads.AdsClientSettings;
import io.splicer.ads.AdsEvents;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.session.ClientInfo;
import io.splicer.session.InMemorySessionStore;
import io.splicer.session.Session;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionParams;
import io.splicer.session.SessionSettings;
import io.splicer.stitch.DashStitcher;
import io.splicer.stitch.ManifestRequest;
import io.splicer.stitch.ManifestType;
import io.splicer.stitch.OriginManifest;
import io.splicer.stitch.RewriteResult;
import io.splicer.stitch.StitchMetrics;
import io.splicer.stitch.StitchScope;
import io.splicer.stitch.StitchSettings;
import io.splicer.stitch.UnparseableManifestException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The whole DASH pipeline on {@link DashRewriteBenchmark}'s live MPD for a session whose break is
 * already decided (the steady state of a live session: every refresh after the first): read, avail
 * detection, memoised decision lookup ({@code decideOnce}), loaded creative lookup, rewrite with
 * Location and BaseURL. The first request (ADS call on a 127.0.0.1 fake, creative load) runs in
 * setup. Run with {@code ./test-harness/bench.sh 'Dash.*' -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DashStitcherBenchmark {

  private static final String AD = "http://creatives.example/ad15/manifest.mpd";

  private HttpServer ads;
  private AdsClient client;
  private DashStitcher stitcher;
  private ManifestRequest request;
  private OriginManifest origin;

  @Setup
  public void setUp() throws IOException, UnparseableManifestException {
    byte[] vast =
        ("<VAST version=\"4.2\"><Ad id=\"a\"><InLine><AdSystem>b</AdSystem><AdTitle>t</AdTitle>"
                + "<Impression>http://127.0.0.1:9/i</Impression><Creatives><Creative id=\"c\">"
                + "<Linear><Duration>00:00:15</Duration><MediaFiles><MediaFile"
                + " delivery=\"streaming\" type=\"application/dash+xml\" width=\"1280\""
                + " height=\"720\">"
                + AD
                + "</MediaFile></MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>")
            .getBytes(StandardCharsets.UTF_8);
    ads = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ads.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(200, vast.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(vast);
          }
        });
    ads.start();
    SessionManager sessions =
        new SessionManager(new InMemorySessionStore(), SessionSettings.DEFAULTS, Clock.systemUTC());
    client = new AdsClient(AdsClientSettings.defaults(), new AdsEvents());
    String adMpd = DashRewriteBenchmark.adMpd();
    stitcher =
        new DashStitcher(
            sessions,
            client,
            uri -> CompletableFuture.completedFuture(adMpd),
            new StitchSettings(Duration.ofSeconds(5), Duration.ofSeconds(2), 16),
            new StitchMetrics());
    PlaybackConfiguration config =
        PlaybackConfiguration.builder("bench")
            .videoContentSourceUrl("https://origin.example/live/")
            .adDecisionServerUrl("http://127.0.0.1:" + ads.getAddress().getPort() + "/vast")
            .build();
    Session session =
        sessions.create(
            SessionManager.Kind.IMPLICIT,
            "bench",
            "ch1/index.mpd",
            SessionParams.NONE,
            ClientInfo.NONE);
    request =
        new ManifestRequest(
            ManifestType.DASH,
            "GET",
            "/v1/dash/h/bench/ch1/index.mpd",
            null,
            config,
            "https://origin.example/live/ch1/index.mpd",
            new StitchScope(
                session, "", "h", -1, "https://origin.example/live/", null, "https://splicer"));
    origin =
        new OriginManifest(
            DashRewriteBenchmark.liveMpd().getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8,
            "application/dash+xml");
    String first = new String(stitchOnce().body(), StandardCharsets.UTF_8);
    if (!first.contains("<Period id=\"1001_1\"")) {
      throw new IllegalStateException("benchmark MPD does not stitch:\n" + first);
    }
  }

  private RewriteResult stitchOnce() throws UnparseableManifestException {
    return stitcher.rewrite(request, origin);
  }

  @TearDown
  public void tearDown() {
    client.close();
    ads.stop(0);
  }

  @Benchmark
  public byte[] stitchDecidedBreak() throws UnparseableManifestException {
    return stitchOnce().body();
  }
}
