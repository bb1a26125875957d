package io.splicer.tracking;

import java.time.Duration;

/**
 * Settings of the {@link BeaconDispatcher} (typed, validated once; design rule 9).
 *
 * @param requestTimeout per-beacon timeout, connect and response (reference §7.2: 3 s)
 * @param initialBackoff delay before the first retry (MediaTailor: at least 30 s between attempts)
 * @param maxBackoff cap of the exponentially growing delay
 * @param retryWindow no attempt is made later than this after the first (MediaTailor: 1 hour)
 * @param jitterRatio each delay is lengthened by a random fraction up to this (0 = deterministic),
 *     so a recovering ad server is not hit by every retry at once
 * @param queueCapacity beacons waiting or in flight; beyond it new beacons are dropped
 * @param retryCapacity beacons waiting for a retry; beyond it failed beacons are dropped
 * @param perHostConcurrency beacons in flight to one host at once
 * @param threads worker threads of the dispatcher's own executor (also the HTTP client's)
 */
public record DispatcherSettings(
    Duration requestTimeout,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration retryWindow,
    double jitterRatio,
    int queueCapacity,
    int retryCapacity,
    int perHostConcurrency,
    int threads) {

  public static final DispatcherSettings DEFAULTS =
      new DispatcherSettings(
          Duration.ofSeconds(3),
          Duration.ofSeconds(30),
          Duration.ofMinutes(10),
          Duration.ofHours(1),
          0.2,
          10_000,
          10_000,
          16,
          2);

  public DispatcherSettings {
    positive("requestTimeout", requestTimeout);
    positive("initialBackoff", initialBackoff);
    positive("maxBackoff", maxBackoff);
    positive("retryWindow", retryWindow);
    if (!(jitterRatio >= 0 && jitterRatio <= 1)) {
      throw new IllegalArgumentException("jitterRatio must be in [0,1]: [" + jitterRatio + "]");
    }
    atLeastOne("queueCapacity", queueCapacity);
    if (retryCapacity < 0) {
      throw new IllegalArgumentException("retryCapacity must be >= 0: [" + retryCapacity + "]");
    }
    atLeastOne("perHostConcurrency", perHostConcurrency);
    atLeastOne("threads", threads);
  }

  private static void positive(String name, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: [" + d + "]");
    }
  }

  private static void atLeastOne(String name, int n) {
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be >= 1: [" + n + "]");
    }
  }
}
