package io.splicer.stitch;

import io.splicer.core.SessionId;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long a manifest request waits for its breaks' memoised decisions: all of one request's waits
 * share one deadline ({@link StitchSettings#decisionWait()}); a decision not ready by then (or
 * failed) is {@code null}, and the break plays its content this time (the decision keeps running
 * and serves the next refresh). Counts exceeded waits.
 */
final class DecisionWait {

  private static final Logger LOG = LoggerFactory.getLogger(DecisionWait.class);

  private final Duration wait;
  private final StitchMetrics metrics;

  DecisionWait(Duration wait, StitchMetrics metrics) {
    this.wait = wait;
    this.metrics = metrics;
  }

  /** The deadline of a request that starts now ({@link System#nanoTime()} based). */
  long deadline() {
    return System.nanoTime() + wait.toNanos();
  }

  /** The value of {@code f} if it completes normally before {@code deadlineNanos}, else null. */
  <T> @Nullable T await(CompletableFuture<T> f, long deadlineNanos, SessionId id) {
    try {
      return f.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      metrics.decisionWaitsExceeded.incrementAndGet();
      LOG.warn("Session [{}]: break decision not ready in time; content this time", id);
      return null;
    } catch (ExecutionException e) {
      LOG.warn("Session [{}]: break decision failed: {}", id, String.valueOf(e.getCause()));
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
