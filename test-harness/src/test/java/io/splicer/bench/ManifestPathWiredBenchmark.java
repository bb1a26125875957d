package io.splicer.bench;

import com.sun.net.httpserver.HttpServer;
import io.splicer.ads.AdsClient;
import io.splicer.ads.AdsClientSettings;
import io.splicer.ads.AdsEvents;
import io.splicer.cache.JCacheSessionStore;
import io.splicer.cache.SessionCacheSettings;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionSettings;
import io.splicer.stitch.HlsStitcher;
import io.splicer.stitch.ManifestRequest;
import io.splicer.stitch.OriginManifest;
import io.splicer.stitch.RewriteResult;
import io.splicer.stitch.StitchSettings;
import io.splicer.stitch.UnparseableManifestException;
import io.splicer.tracking.BeaconDeduplicator;
import io.splicer.tracking.BeaconDispatcher;
import io.splicer.tracking.BeaconService;
import io.splicer.tracking.DispatcherSettings;
import io.splicer.tracking.MacroExpander;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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

  private HttpServer ads;
  private AdsClient adsClient;
  private JCacheSessionStore store;
  private BeaconDispatcher dispatcher;
  private HlsStitcher stitcher;
  private ManifestRequest request;
  private OriginManifest window;

  @Setup
  public void setUp() throws IOException, UnparseableManifestException {
    ads = ManifestPathBenchmark.startAds();
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
            ManifestPathBenchmark.creatives(),
            new StitchSettings(Duration.ofSeconds(10), Duration.ofSeconds(2), 64),
            beacons);
    request = ManifestPathBenchmark.liveRequest(sessions, ads);
    String text = ManifestPathBenchmark.liveWindow();
    window =
        new OriginManifest(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
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
