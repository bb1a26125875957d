package io.splicer.web;

import io.splicer.ads.AdsClient;
import io.splicer.ads.AdsClientSettings;
import io.splicer.ads.AdsEvents;
import io.splicer.cache.JCacheSessionStore;
import io.splicer.cache.SessionCacheSettings;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionSettings;
import io.splicer.stitch.DashStitcher;
import io.splicer.stitch.HlsStitcher;
import io.splicer.stitch.HttpTextFetcher;
import io.splicer.stitch.StitchMetrics;
import io.splicer.stitch.StitchSettings;
import io.splicer.stitch.Stitchers;
import io.splicer.tracking.BeaconDeduplicator;
import io.splicer.tracking.BeaconDispatcher;
import io.splicer.tracking.BeaconService;
import io.splicer.tracking.DispatcherSettings;
import io.splicer.tracking.MacroExpander;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The stitching side of the composition root: the JCache session store (Ehcache heap + off-heap,
 * sized by init-params), the session manager, the ADS client, the creative fetcher and the {@link
 * HlsStitcher} and {@link DashStitcher} (behind one {@link Stitchers}). {@link #close()} releases
 * them (called from {@code SplicerFilter.destroy()}).
 *
 * <table>
 *   <caption>Init-params</caption>
 *   <tr><th>name</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code sessionHeapEntries}</td><td>10000</td><td>sessions kept on heap</td></tr>
 *   <tr><td>{@code sessionOffHeapMb}</td><td>64</td><td>off-heap MB for sessions</td></tr>
 *   <tr><td>{@code sessionValueHeapEntries}</td><td>40000</td><td>heap entries of each
 *       per-session value cache (decisions, counters, marks)</td></tr>
 *   <tr><td>{@code sessionValueOffHeapMb}</td><td>64</td><td>off-heap MB of each value
 *       cache</td></tr>
 *   <tr><td>{@code sessionValueMaxIdleMinutes}</td><td>360</td><td>a per-session value is dropped
 *       after this long unused</td></tr>
 *   <tr><td>{@code expiredSessionRetentionMinutes}</td><td>60</td><td>an expired session is
 *       remembered this long (requests on it get 400)</td></tr>
 *   <tr><td>{@code decisionWaitMillis}</td><td>12000</td><td>how long a playlist request waits
 *       for its breaks' ad decisions before serving the break as content this time</td></tr>
 *   <tr><td>{@code beaconTimeoutMillis}</td><td>3000</td><td>per-beacon timeout (connect and
 *       response)</td></tr>
 *   <tr><td>{@code beaconQueueCapacity}</td><td>10000</td><td>beacons waiting or in flight;
 *       beyond it new beacons are dropped (counted)</td></tr>
 *   <tr><td>{@code beaconRetryCapacity}</td><td>10000</td><td>beacons waiting for a retry;
 *       beyond it failed beacons are dropped (counted)</td></tr>
 *   <tr><td>{@code beaconPerHostConcurrency}</td><td>16</td><td>beacons in flight to one host
 *       at once</td></tr>
 *   <tr><td>{@code beaconRetryWindowMinutes}</td><td>60</td><td>no retry later than this after
 *       the first attempt (5xx, timeouts, connection errors; never 4xx)</td></tr>
 *   <tr><td>{@code beaconThreads}</td><td>2</td><td>worker threads of the beacon
 *       dispatcher</td></tr>
 *   <tr><td>{@code segmentRedirectStatus}</td><td>302</td><td>status of the {@code /v1/segment}
 *       redirect to the real ad segment (and of {@code /v1/dashsegment}): 302, or 301 (MediaTailor's,
 *       cacheable by a CDN)</td></tr>
 * </table>
 */
final class StitchWiring implements AutoCloseable {

  final JCacheSessionStore store;
  final SessionManager sessions;
  final AdsClient ads;
  final HttpTextFetcher creatives;
  final Stitchers stitcher;
  final BeaconDispatcher beaconDispatcher;
  final BeaconService beacons;
  final int segmentRedirectStatus;

  StitchWiring(String name, UnaryOperator<@Nullable String> initParam, ClassLoader loader) {
    SessionCacheSettings d = SessionCacheSettings.DEFAULTS;
    SessionCacheSettings cache =
        new SessionCacheSettings(
            number(initParam, "sessionHeapEntries", d.sessionHeapEntries()),
            number(initParam, "sessionOffHeapMb", d.sessionOffHeapMb()),
            number(initParam, "sessionValueHeapEntries", d.valueHeapEntries()),
            number(initParam, "sessionValueOffHeapMb", d.valueOffHeapMb()),
            Duration.ofMinutes(
                number(initParam, "sessionValueMaxIdleMinutes", d.valueMaxIdle().toMinutes())),
            Duration.ofMinutes(
                number(
                    initParam, "expiredSessionRetentionMinutes", d.expiredRetention().toMinutes())),
            null);
    StitchSettings s = StitchSettings.DEFAULTS;
    StitchSettings stitch =
        new StitchSettings(
            Duration.ofMillis(number(initParam, "decisionWaitMillis", s.decisionWait().toMillis())),
            s.creativeTimeout(),
            s.creativeCacheEntries());
    this.store = JCacheSessionStore.open(name, cache, loader);
    this.sessions = new SessionManager(store, SessionSettings.DEFAULTS, Clock.systemUTC());
    this.ads = new AdsClient(AdsClientSettings.defaults(), new AdsEvents());
    this.creatives = new HttpTextFetcher(s.creativeTimeout(), 1 << 20, 2);
    this.beaconDispatcher = new BeaconDispatcher(dispatcherSettings(initParam));
    this.beacons =
        new BeaconService(
            BeaconDeduplicator.of(sessions), MacroExpander.systemDefault(), beaconDispatcher);
    StitchMetrics metrics = new StitchMetrics();
    HlsStitcher hls = new HlsStitcher(sessions, ads, creatives, stitch, beacons, metrics);
    this.stitcher =
        new Stitchers(
            hls,
            new DashStitcher(sessions, ads, creatives, stitch, metrics, hls.liveView(), beacons));
    long redirect = number(initParam, "segmentRedirectStatus", 302);
    if (redirect != 301 && redirect != 302) {
      throw new IllegalArgumentException(
          "Init-param segmentRedirectStatus must be 301 or 302, got [" + redirect + "]");
    }
    this.segmentRedirectStatus = (int) redirect;
  }

  static DispatcherSettings dispatcherSettings(UnaryOperator<@Nullable String> initParam) {
    DispatcherSettings d = DispatcherSettings.DEFAULTS;
    return new DispatcherSettings(
        Duration.ofMillis(number(initParam, "beaconTimeoutMillis", d.requestTimeout().toMillis())),
        d.initialBackoff(),
        d.maxBackoff(),
        Duration.ofMinutes(
            number(initParam, "beaconRetryWindowMinutes", d.retryWindow().toMinutes())),
        d.jitterRatio(),
        intParam(initParam, "beaconQueueCapacity", d.queueCapacity()),
        intParam(initParam, "beaconRetryCapacity", d.retryCapacity()),
        intParam(initParam, "beaconPerHostConcurrency", d.perHostConcurrency()),
        intParam(initParam, "beaconThreads", d.threads()));
  }

  private static int intParam(UnaryOperator<@Nullable String> initParam, String name, int dflt) {
    long v = number(initParam, name, dflt);
    if (v > 1_000_000) {
      throw new IllegalArgumentException(
          "Init-param " + name + " must be at most 1000000, got [" + v + "]");
    }
    return (int) v;
  }

  private static long number(UnaryOperator<@Nullable String> initParam, String name, long dflt) {
    String raw = initParam.apply(name);
    if (raw == null || raw.isBlank()) {
      return dflt;
    }
    try {
      long v = Long.parseLong(raw.trim());
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "Init-param " + name + " must be a positive integer, got [" + raw + "]");
  }

  @Override
  public void close() {
    beaconDispatcher.close();
    ads.close();
    creatives.close();
    store.close();
  }
}
