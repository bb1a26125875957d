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
 * </table>
 */
final class StitchWiring implements AutoCloseable {

  final JCacheSessionStore store;
  final SessionManager sessions;
  final AdsClient ads;
  final HttpTextFetcher creatives;
  final Stitchers stitcher;

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
    StitchMetrics metrics = new StitchMetrics();
    HlsStitcher hls = new HlsStitcher(sessions, ads, creatives, stitch, metrics);
    this.stitcher =
        new Stitchers(
            hls, new DashStitcher(sessions, ads, creatives, stitch, metrics, hls.liveView()));
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
    ads.close();
    creatives.close();
    store.close();
  }
}
