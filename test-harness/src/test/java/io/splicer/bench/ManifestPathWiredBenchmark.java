package io.splicer.bench;

import com.sun.net.httpserver.HttpServer;
import io.splicer.ads.AdsClient;
import io.splicer.ads.AdsClientSettings;
import io.splicer.ads.AdsEvents;
import io.splicer.cache.JCacheSessionStore;
import io.splicer.cache.SessionCacheSettings;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.session.ClientInfo;
import io.splicer.session.Session;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionParams;
import io.splicer.session.SessionSettings;
import io.splicer.stitch.HlsStitcher;
import io.splicer.stitch.ManifestRequest;
import io.splicer.stitch.ManifestType;
import io.splicer.stitch.OriginManifest;
import io.splicer.stitch.RewriteResult;
import io.splicer.stitch.StitchScope;
import io.splicer.stitch.StitchSettings;
import io.splicer.stitch.TextFetcher;
import io.splicer.stitch.UnparseableManifestException;
import io.splicer.tracking.BeaconDeduplicator;
import io.splicer.tracking.BeaconDispatcher;
import io.splicer.tracking.BeaconService;
import io.splicer.tracking.DispatcherSettings;
import io.splicer.tracking.MacroExpander;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 * {@link ManifestPathBenchmark}'s live refresh wired as the filter wires it: sessions in the JCache
 * (Ehcache heap + off-heap) store and a beacon service, so the implicit session's ad segments go
 * through {@code /v1/segment} and the tracking index is kept (server-side reporting). Run: {@code
 * ./test-harness/bench.sh 'ManifestPathWired.*'}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ManifestPathWiredBenchmark {

  private static final String ORIGIN = "http://origin.bench/live/";
  private static final String CREATIVES = "http://cdn.bench/";

  private HttpServer ads;
  private AdsClient adsClient;
  private JCacheSessionStore store;
  private BeaconDispatcher dispatcher;
  private HlsStitcher stitcher;
  private ManifestRequest request;
  private OriginManifest window;

  @Setup
  public void setUp() throws IOException, UnparseableManifestException {
    ads = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ads.createContext(
        "/",
        exchange -> {
          byte[] body =
              ManifestPathBenchmark.vast(CREATIVES + "a/").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    ads.start();
    Map<String, String> creatives = new ConcurrentHashMap<>();
    creatives.put(CREATIVES + "a/index.m3u8", ManifestPathBenchmark.creative());
    TextFetcher fetcher = uri -> CompletableFuture.completedFuture(creatives.get(uri.toString()));
    store =
        JCacheSessionStore.open(
            "bench-" + System.nanoTime(),
            SessionCacheSettings.DEFAULTS,
            getClass().getClassLoader());
    SessionManager sessions =
        new SessionManager(store, SessionSettings.DEFAULTS, Clock.systemUTC());
    dispatcher = new BeaconDispatcher(DispatcherSettings.DEFAULTS);
    BeaconService beacons =
        new BeaconService(
            BeaconDeduplicator.of(sessions), MacroExpander.systemDefault(), dispatcher);
    adsClient = new AdsClient(AdsClientSettings.defaults(), new AdsEvents());
    stitcher =
        new HlsStitcher(
            sessions,
            adsClient,
            fetcher,
            new StitchSettings(Duration.ofSeconds(10), Duration.ofSeconds(2), 64),
            beacons);
    PlaybackConfiguration config =
        PlaybackConfiguration.builder("bench")
            .videoContentSourceUrl(ORIGIN)
            .adDecisionServerUrl(
                "http://127.0.0.1:" + ads.getAddress().getPort() + "/vast?s=[session.id]")
            .build();
    Session session =
        sessions.create(
            SessionManager.Kind.IMPLICIT,
            "bench",
            "index.m3u8",
            SessionParams.NONE,
            ClientInfo.NONE);
    StitchScope scope = new StitchScope(session, "", "h", 0, ORIGIN, null);
    String text = ManifestPathBenchmark.liveWindow();
    window =
        new OriginManifest(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
    request =
        new ManifestRequest(
            ManifestType.HLS,
            "GET",
            "/v1/manifest/h/bench/x/0.m3u8",
            null,
            config,
            ORIGIN + "index.m3u8",
            scope);
    String first = new String(stitcher.rewrite(request, window).body(), StandardCharsets.UTF_8);
    if (!first.contains("/v1/segment/h/bench/")) {
      throw new IllegalStateException("the break was not filled through /v1/segment:\n" + first);
    }
  }

  @TearDown
  public void tearDown() {
    adsClient.close();
    dispatcher.close();
    store.close();
    ads.stop(0);
  }

  /** The personalised refresh with server-side reporting; the decision is memoised. */
  @Benchmark
  public RewriteResult stitchedRefreshJCacheReporting() throws UnparseableManifestException {
    return stitcher.rewrite(request, window);
  }
}
