package io.splicer.session;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Memoised, single-flight per-break decisions: "one ADS call per break per session; concurrent
 * requests of the same session get one consistent plan" (instead of MediaTailor's 409, reference
 * §1.2 "Concurrent playlist requests").
 *
 * <ol>
 *   <li>A decision already in the store is returned at once (also one stored by another node).
 *   <li>Otherwise the first caller on this node runs the decision; concurrent callers for the same
 *       key get the same future (in-node single flight).
 *   <li>On success the value is stored with {@code putIfAbsent}; if another node stored one first,
 *       that one wins and every caller here gets it, so all nodes serve the same plan.
 *   <li>On exceptional completion nothing is stored: callers waiting at that moment and new
 *       requests within {@code failedDecisionRetryAfter} get the same failure (no retry storm from
 *       all renditions); the first request after that runs the decision again. Decisions should
 *       express ad failures as data (an empty pod with its VAST error code, design rule 7), which
 *       are memoised like any plan; exceptions are for transient faults.
 * </ol>
 */
final class DecisionMemo {

  private static final int FAILURE_PURGE_THRESHOLD = 4096;

  private record Failure(Throwable cause, Instant until) {}

  private final SessionStore store;
  private final Clock clock;
  private final Duration retryAfter;
  private final Map<ScopedKey, CompletableFuture<Serializable>> inFlight =
      new ConcurrentHashMap<>();
  private final Map<ScopedKey, Failure> failures = new ConcurrentHashMap<>();

  DecisionMemo(SessionStore store, Clock clock, Duration retryAfter) {
    this.store = store;
    this.clock = clock;
    this.retryAfter = retryAfter;
  }

  <T extends Serializable> CompletableFuture<T> decideOnce(
      ScopedKey key, Class<T> type, Supplier<CompletableFuture<T>> decision) {
    Optional<Serializable> stored = store.get(StoreArea.DECISION, key);
    if (stored.isPresent()) {
      return cast(CompletableFuture.completedFuture(stored.get()), type, key);
    }
    CompletableFuture<Serializable> mine = new CompletableFuture<>();
    CompletableFuture<Serializable> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      return cast(running, type, key);
    }
    run(key, mine, decision);
    return cast(mine, type, key);
  }

  /** Runs the decision as the flight leader; every path ends in {@link #finish}. */
  private <T extends Serializable> void run(
      ScopedKey key,
      CompletableFuture<Serializable> mine,
      Supplier<CompletableFuture<T>> decision) {
    try {
      // A leader that finished just before we entered stored its value before leaving inFlight.
      Optional<Serializable> stored = store.get(StoreArea.DECISION, key);
      if (stored.isPresent()) {
        finish(key, mine, stored.get(), null);
        return;
      }
      Failure failure = recentFailure(key);
      if (failure != null) {
        // replay without extending the window: the first request after it retries
        inFlight.remove(key, mine);
        mine.completeExceptionally(failure.cause());
        return;
      }
      CompletableFuture<T> started = decision.get();
      if (started == null) {
        finish(key, mine, null, new NullPointerException("decision returned no future"));
        return;
      }
      started.whenComplete((value, error) -> finish(key, mine, value, error));
    } catch (RuntimeException | Error e) {
      finish(key, mine, null, e);
    }
  }

  private void finish(
      ScopedKey key,
      CompletableFuture<Serializable> mine,
      @Nullable Serializable value,
      @Nullable Throwable error) {
    Throwable cause = error == null ? null : unwrap(error);
    Serializable winner = null;
    if (cause == null) {
      if (value == null) {
        cause = new NullPointerException("decision completed with null for [" + key.name() + "]");
      } else {
        try {
          winner = store.putIfAbsent(StoreArea.DECISION, key, value).orElse(value);
        } catch (RuntimeException e) {
          cause = e;
        }
      }
    }
    if (cause != null) {
      rememberFailure(key, cause);
      inFlight.remove(key, mine);
      mine.completeExceptionally(cause);
    } else {
      failures.remove(key);
      inFlight.remove(key, mine);
      mine.complete(winner);
    }
  }

  private @Nullable Failure recentFailure(ScopedKey key) {
    Failure f = failures.get(key);
    if (f == null) {
      return null;
    }
    if (clock.instant().isAfter(f.until())) {
      failures.remove(key, f);
      return null;
    }
    return f;
  }

  private void rememberFailure(ScopedKey key, Throwable cause) {
    Instant now = clock.instant();
    if (failures.size() >= FAILURE_PURGE_THRESHOLD) {
      failures.values().removeIf(f -> now.isAfter(f.until()));
    }
    if (!retryAfter.isZero()) {
      failures.put(key, new Failure(cause, now.plus(retryAfter)));
    }
  }

  /** Decisions currently running on this node (for tests and metrics). */
  int inFlightCount() {
    return inFlight.size();
  }

  private static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException)
        && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }

  /** A dependent future: a caller cancelling its own copy does not cancel the shared flight. */
  private static <T extends Serializable> CompletableFuture<T> cast(
      CompletableFuture<Serializable> f, Class<T> type, ScopedKey key) {
    return f.thenApply(
        v -> {
          if (!type.isInstance(v)) {
            throw new ClassCastException(
                "decision ["
                    + key.name()
                    + "] holds a "
                    + v.getClass().getName()
                    + ", not a "
                    + type.getName());
          }
          return type.cast(v);
        });
  }
}
