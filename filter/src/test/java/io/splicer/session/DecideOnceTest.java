package io.splicer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.SessionId;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Single-flight memoised decisions and once-only marks under concurrency (latches, no sleeps). */
class DecideOnceTest {

  private static final int THREADS = 16;
  private static final long WAIT_S = 30; // a deadlock guard only; never a timing assertion

  record Plan(String adId, int slots) implements Serializable {}

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
  private final InMemorySessionStore store =
      new InMemorySessionStore(clock, Duration.ofHours(1), Duration.ofHours(6));
  private final SessionManager sessions =
      new SessionManager(
          store,
          new SessionSettings(
              Duration.ofMinutes(10),
              Duration.ofMinutes(1),
              Duration.ofHours(24),
              Duration.ZERO,
              Duration.ofSeconds(2)),
          clock);
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
  private final SessionId id = SessionId.random();

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertTrue(pool.awaitTermination(WAIT_S, TimeUnit.SECONDS));
  }

  @Test
  void decideOnce_concurrentCallers_runOneDecisionAndShareItsPlan() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CompletableFuture<Plan> ads = new CompletableFuture<>();
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch called = new CountDownLatch(THREADS);
    List<Future<CompletableFuture<Plan>>> results = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                CompletableFuture<Plan> f =
                    sessions.decideOnce(
                        id,
                        "break-1",
                        Plan.class,
                        () -> {
                          runs.incrementAndGet();
                          return ads; // the ADS answers only after every caller has asked
                        });
                called.countDown();
                return f;
              }));
    }
    start.countDown();
    assertTrue(called.await(WAIT_S, TimeUnit.SECONDS));
    assertEquals(1, runs.get());
    assertEquals(1, sessions.decisionsInFlight());
    Plan plan = new Plan("ad-7", 3);
    ads.complete(plan);
    for (Future<CompletableFuture<Plan>> r : results) {
      assertSame(plan, r.get().get(WAIT_S, TimeUnit.SECONDS));
    }
    assertEquals(0, sessions.decisionsInFlight());
    assertEquals(Optional.of(plan), sessions.decision(id, "break-1", Plan.class));
  }

  @Test
  void decideOnce_afterCompletion_reusesStoredPlanWithoutRunning() throws Exception {
    Plan plan = new Plan("ad-1", 1);
    sessions.decideOnce(id, "b", Plan.class, () -> CompletableFuture.completedFuture(plan)).get();
    AtomicInteger runs = new AtomicInteger();
    Plan again =
        sessions
            .decideOnce(
                id,
                "b",
                Plan.class,
                () -> {
                  runs.incrementAndGet();
                  return CompletableFuture.completedFuture(new Plan("other", 9));
                })
            .get();
    assertEquals(plan, again);
    assertEquals(0, runs.get());
  }

  @Test
  void decideOnce_otherBreaksAndSessions_areIndependent() throws Exception {
    SessionId other = SessionId.random();
    Plan a = sessions.decideOnce(id, "b1", Plan.class, () -> done(new Plan("a", 1))).get();
    Plan b = sessions.decideOnce(id, "b2", Plan.class, () -> done(new Plan("b", 1))).get();
    Plan c = sessions.decideOnce(other, "b1", Plan.class, () -> done(new Plan("c", 1))).get();
    assertEquals(List.of("a", "b", "c"), List.of(a.adId(), b.adId(), c.adId()));
  }

  @Test
  void decideOnce_failure_isSharedReplayedThenRetried() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CompletableFuture<Plan> failing = new CompletableFuture<>();
    CompletableFuture<Plan> first =
        sessions.decideOnce(
            id,
            "b",
            Plan.class,
            () -> {
              runs.incrementAndGet();
              return failing;
            });
    CompletableFuture<Plan> waiter =
        sessions.decideOnce(id, "b", Plan.class, () -> done(new Plan("never", 0)));
    failing.completeExceptionally(new IllegalStateException("ADS unreachable"));
    assertCause(IllegalStateException.class, first);
    assertCause(IllegalStateException.class, waiter);

    clock.advance(Duration.ofSeconds(2)); // within failedDecisionRetryAfter: replayed, not rerun
    CompletableFuture<Plan> replay =
        sessions.decideOnce(
            id,
            "b",
            Plan.class,
            () -> {
              runs.incrementAndGet();
              return done(new Plan("x", 1));
            });
    assertCause(IllegalStateException.class, replay);
    assertEquals(1, runs.get());

    clock.advance(Duration.ofMillis(1));
    Plan retried =
        sessions
            .decideOnce(
                id,
                "b",
                Plan.class,
                () -> {
                  runs.incrementAndGet();
                  return done(new Plan("retry", 2));
                })
            .get();
    assertEquals(new Plan("retry", 2), retried);
    assertEquals(2, runs.get());
    assertEquals(Optional.of(retried), sessions.decision(id, "b", Plan.class));
  }

  @Test
  void decideOnce_supplierThrows_givesFailedFutureNotException() {
    CompletableFuture<Plan> f =
        sessions.decideOnce(
            id,
            "b",
            Plan.class,
            () -> {
              throw new IllegalArgumentException("bad template");
            });
    assertCause(IllegalArgumentException.class, f);
    assertEquals(0, sessions.decisionsInFlight());
  }

  @Test
  void decideOnce_otherNodeStoredFirst_everyCallerGetsTheStoredPlan() throws Exception {
    // Two nodes sharing one (clustered) store: node B decides while node A's ADS call is running.
    SessionManager nodeB = new SessionManager(store, SessionSettings.DEFAULTS, clock);
    CompletableFuture<Plan> slowAds = new CompletableFuture<>();
    CompletableFuture<Plan> onA = sessions.decideOnce(id, "b", Plan.class, () -> slowAds);
    Plan fromB = nodeB.decideOnce(id, "b", Plan.class, () -> done(new Plan("B", 1))).get();
    slowAds.complete(new Plan("A", 1));
    assertEquals(fromB, onA.get(WAIT_S, TimeUnit.SECONDS));
  }

  @Test
  void decideOnce_storedValueOfAnotherType_failsTheFuture() throws Exception {
    sessions.decideOnce(id, "b", Plan.class, () -> done(new Plan("a", 1))).get();
    CompletableFuture<String> f =
        sessions.decideOnce(id, "b", String.class, () -> CompletableFuture.completedFuture("s"));
    assertCause(ClassCastException.class, f);
  }

  @Test
  void markOnce_concurrentCallers_exactlyOneWins() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return sessions.markOnce(id, "ad-7/firstQuartile");
              }));
    }
    start.countDown();
    int winners = 0;
    for (Future<Boolean> r : results) {
      winners += r.get(WAIT_S, TimeUnit.SECONDS) ? 1 : 0;
    }
    assertEquals(1, winners);
    assertTrue(sessions.markOnce(id, "ad-7/midpoint"));
    assertTrue(sessions.markOnce(SessionId.random(), "ad-7/firstQuartile"));
  }

  @Test
  void updateCounter_concurrentIncrements_loseNothing() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    int perThread = 50;
    List<Future<?>> results = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                for (int k = 0; k < perThread; k++) {
                  sessions.updateCounter(id, 3, Long.class, cur -> cur.map(v -> v + 1).orElse(1L));
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> r : results) {
      r.get(WAIT_S, TimeUnit.SECONDS);
    }
    assertEquals(Optional.of((long) THREADS * perThread), sessions.counter(id, 3, Long.class));
  }

  private static CompletableFuture<Plan> done(Plan p) {
    return CompletableFuture.completedFuture(p);
  }

  private static void assertCause(Class<? extends Throwable> type, CompletableFuture<?> f) {
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> f.get(WAIT_S, TimeUnit.SECONDS));
    assertInstanceOf(type, e.getCause());
  }
}
