package io.splicer.cache;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Sizes and lifetimes of the session caches (typed settings, design rule 9). Off-heap memory is
 * direct memory: give the JVM {@code -XX:MaxDirectMemorySize} of at least {@code sessionOffHeapMb +
 * 3 × valueOffHeapMb} plus headroom.
 *
 * @param sessionHeapEntries sessions kept on heap (the hot set)
 * @param sessionOffHeapMb off-heap megabytes for sessions (at least 1)
 * @param valueHeapEntries heap entries of each per-session value cache (counters, decisions, marks)
 * @param valueOffHeapMb off-heap megabytes of each per-session value cache (at least 1)
 * @param valueMaxIdle a per-session value is dropped after this long without access
 * @param expiredRetention an expired session is kept this long after its expiry, so that requests
 *     on it are told "expired" rather than "unknown"
 * @param ehcacheXml an operator-supplied {@code ehcache.xml} defining the four caches (see {@link
 *     JCacheSessionStore}); null for the programmatic configuration from these settings
 */
public record SessionCacheSettings(
    long sessionHeapEntries,
    long sessionOffHeapMb,
    long valueHeapEntries,
    long valueOffHeapMb,
    Duration valueMaxIdle,
    Duration expiredRetention,
    @Nullable URI ehcacheXml) {

  /** 10 000 hot sessions on heap, 64 MB off-heap per cache, values idle 6 h, retention 1 h. */
  public static final SessionCacheSettings DEFAULTS =
      new SessionCacheSettings(
          10_000, 64, 40_000, 64, Duration.ofHours(6), Duration.ofHours(1), null);

  public SessionCacheSettings {
    if (sessionHeapEntries < 1 || valueHeapEntries < 1) {
      throw new IllegalArgumentException("heap entries must be at least 1");
    }
    if (sessionOffHeapMb < 1 || valueOffHeapMb < 1) {
      throw new IllegalArgumentException("off-heap sizes must be at least 1 MB");
    }
    if (valueMaxIdle.isNegative() || valueMaxIdle.isZero() || expiredRetention.isNegative()) {
      throw new IllegalArgumentException(
          "bad durations: valueMaxIdle ["
              + valueMaxIdle
              + "], retention ["
              + expiredRetention
              + "]");
    }
  }
}
