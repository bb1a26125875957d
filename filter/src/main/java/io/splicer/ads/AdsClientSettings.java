package io.splicer.ads;

import io.splicer.vast.WrapperLimits;
import io.splicer.xml.XmlLimits;
import java.time.Duration;

/**
 * Client-wide ADS settings (defaults as MediaTailor, reference §6 "Timeouts", "Wrappers").
 *
 * @param perRequestTimeout one ADS response, from sending to the last body byte (3 s; MediaTailor
 *     {@code AdsRequestTimeoutMilliseconds})
 * @param totalTimeout all ADS activity of one decision, wrappers included (10 s)
 * @param maxBodyBytes the largest accepted response body (1 MiB); larger bodies are aborted
 * @param maxWrapperDepth VAST wrapper levels followed (7)
 * @param maxConcurrentPerHost requests in flight per ADS host; more wait in a queue
 * @param maxQueuedPerHost requests waiting per host; beyond that they fail at once ({@code IO})
 * @param executorThreads threads of the client's own executor (HTTP callbacks and parsing)
 */
public record AdsClientSettings(
    Duration perRequestTimeout,
    Duration totalTimeout,
    int maxBodyBytes,
    int maxWrapperDepth,
    int maxConcurrentPerHost,
    int maxQueuedPerHost,
    int executorThreads) {

  public AdsClientSettings {
    positive("perRequestTimeout", perRequestTimeout);
    positive("totalTimeout", totalTimeout);
    if (maxBodyBytes <= 0
        || maxWrapperDepth < 0
        || maxConcurrentPerHost <= 0
        || maxQueuedPerHost < 0
        || executorThreads <= 0) {
      throw new IllegalArgumentException("invalid ADS client settings: [" + this + "]");
    }
  }

  public static AdsClientSettings defaults() {
    return new AdsClientSettings(
        Duration.ofSeconds(3), Duration.ofSeconds(10), 1 << 20, 7, 64, 4096, 2);
  }

  public AdsClientSettings withTimeouts(Duration perRequest, Duration total) {
    return new AdsClientSettings(
        perRequest,
        total,
        maxBodyBytes,
        maxWrapperDepth,
        maxConcurrentPerHost,
        maxQueuedPerHost,
        executorThreads);
  }

  public AdsClientSettings withMaxBodyBytes(int bytes) {
    return new AdsClientSettings(
        perRequestTimeout,
        totalTimeout,
        bytes,
        maxWrapperDepth,
        maxConcurrentPerHost,
        maxQueuedPerHost,
        executorThreads);
  }

  public AdsClientSettings withConcurrency(int perHost, int queuedPerHost) {
    return new AdsClientSettings(
        perRequestTimeout,
        totalTimeout,
        maxBodyBytes,
        maxWrapperDepth,
        perHost,
        queuedPerHost,
        executorThreads);
  }

  /** The wrapper limits for a resolution that has {@code remaining} of the total budget left. */
  WrapperLimits wrapperLimits(Duration remaining) {
    return new WrapperLimits(
        maxWrapperDepth,
        perRequestTimeout,
        remaining,
        XmlLimits.defaults().withMaxBytes(maxBodyBytes));
  }

  private static void positive(String name, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: [" + d + "]");
    }
  }
}
