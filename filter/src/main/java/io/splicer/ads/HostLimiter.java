package io.splicer.ads;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Bounds the requests in flight per ADS host without blocking a thread: a request beyond the limit
 * waits in a bounded queue and starts when one finishes. Live breaks make every viewer call the ADS
 * at once (reference §6 "When"); this keeps us from opening thousands of connections to it.
 */
final class HostLimiter {

  private final int maxInFlight;
  private final int maxQueued;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  HostLimiter(int maxInFlight, int maxQueued) {
    this.maxInFlight = maxInFlight;
    this.maxQueued = maxQueued;
  }

  /**
   * Runs {@code call} when the host has a free slot. The returned future fails with {@link
   * RejectedExecutionException} when the host's queue is full. Cancelling a waiting future removes
   * it from the queue.
   */
  <T> CompletableFuture<T> submit(String host, Supplier<CompletableFuture<T>> call) {
    return hosts.computeIfAbsent(host, h -> new Host()).submit(call);
  }

  /** Requests in flight for a host (tests, metrics). */
  int inFlight(String host) {
    Host h = hosts.get(host);
    return h == null ? 0 : h.inFlightCount();
  }

  private final class Host {
    private int inFlight;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();

    synchronized int inFlightCount() {
      return inFlight;
    }

    <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> call) {
      CompletableFuture<T> result = new CompletableFuture<>();
      Runnable start = () -> run(call, result);
      synchronized (this) {
        if (inFlight < maxInFlight) {
          inFlight++;
        } else if (waiting.size() < maxQueued) {
          waiting.add(start);
          return result;
        } else {
          result.completeExceptionally(
              new RejectedExecutionException("ADS host queue full [" + maxQueued + "]"));
          return result;
        }
      }
      start.run();
      return result;
    }

    private <T> void run(Supplier<CompletableFuture<T>> call, CompletableFuture<T> result) {
      if (result.isDone()) { // cancelled or timed out while waiting
        release();
        return;
      }
      CompletableFuture<T> f;
      try {
        f = call.get();
      } catch (RuntimeException e) {
        f = CompletableFuture.failedFuture(e);
      }
      CompletableFuture<T> started = f;
      result.whenComplete((v, t) -> started.cancel(true));
      f.whenComplete(
          (v, t) -> {
            if (t != null) {
              result.completeExceptionally(t);
            } else {
              result.complete(v);
            }
            release();
          });
    }

    private void release() {
      Runnable next;
      synchronized (this) {
        next = waiting.poll();
        if (next == null) {
          inFlight--;
          return;
        }
      }
      next.run();
    }
  }
}
