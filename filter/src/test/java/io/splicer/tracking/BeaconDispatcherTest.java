package io.splicer.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BeaconDispatcherTest {

  private final BeaconSink sink;
  private final VirtualScheduler time = new VirtualScheduler(Instant.parse("2026-11-21T10:00:00Z"));
  private BeaconDispatcher dispatcher;

  BeaconDispatcherTest() throws IOException {
    sink = new BeaconSink();
  }

  @AfterEach
  void tearDown() {
    if (dispatcher != null) {
      dispatcher.close();
    }
    sink.close();
  }

  private static DispatcherSettings settings(int queueCap, int retryCap, int perHost) {
    return new DispatcherSettings(
        Duration.ofSeconds(3),
        Duration.ofSeconds(30),
        Duration.ofMinutes(10),
        Duration.ofHours(1),
        0,
        queueCap,
        retryCap,
        perHost,
        2);
  }

  private BeaconDispatcher start(DispatcherSettings s) {
    dispatcher = new BeaconDispatcher(s, time, time);
    return dispatcher;
  }

  /** Waits (bounded) for asynchronous delivery; never asserts on elapsed time. */
  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 2000 && !condition.getAsBoolean(); i++) {
      Thread.sleep(5);
    }
    assertTrue(condition.getAsBoolean(), "timed out waiting for " + what);
  }

  private BeaconRequest beacon(String path) {
    return new BeaconRequest(sink.url(path), "", "", "impression");
  }

  @Test
  void submit_healthySink_everyBeaconDeliveredOnce() throws Exception {
    BeaconDispatcher d = start(settings(1000, 1000, 4));
    for (int i = 0; i < 50; i++) {
      assertTrue(d.submit(beacon("/b?i=" + i)));
    }
    await("50 deliveries", () -> d.stats().delivered() == 50);
    Set<String> paths = new HashSet<>();
    sink.hits().forEach(h -> paths.add(h.pathAndQuery()));
    assertEquals(50, paths.size());
    assertEquals(50, sink.hits().size());
    assertEquals(0, d.stats().pending());
  }

  @Test
  void submit_sink503ThenRecovers_allDeliveredWithinRetryWindow() throws Exception {
    BeaconDispatcher d = start(settings(1000, 1000, 4));
    sink.respond(503);
    for (int i = 0; i < 20; i++) {
      d.submit(beacon("/r?i=" + i));
    }
    await("20 failed first attempts", () -> d.stats().awaitingRetry() == 20);
    // three more failing rounds: 30 s, 60 s, 120 s later
    for (int round = 0; round < 3; round++) {
      time.advance(Duration.ofSeconds(30L << round));
      int expectedHits = 20 * (round + 2);
      await("round " + round, () -> sink.hits().size() == expectedHits && time.scheduled() == 20);
    }
    sink.respond(200);
    time.advance(Duration.ofMinutes(4));
    await("recovery", () -> d.stats().delivered() == 20);
    assertEquals(100, sink.hits().size());
    assertEquals(80, d.stats().retries());
    assertEquals(0, d.stats().expired());
    assertEquals(
        List.of(30L, 60L, 120L, 240L),
        time.delays().stream().map(Duration::toSeconds).distinct().toList());
  }

  @Test
  void submit_sinkNeverRecovers_givesUpAfterRetryWindow() throws Exception {
    BeaconDispatcher d = start(settings(10, 10, 4));
    sink.respond(500);
    d.submit(beacon("/dead"));
    for (int i = 0; i < 20 && d.stats().expired() == 0; i++) {
      await(
          "attempt settled",
          () -> d.stats().pending() == 0 && (time.scheduled() == 1 || d.stats().expired() == 1));
      time.advance(Duration.ofMinutes(10));
    }
    assertEquals(1, d.stats().expired());
    assertEquals(0, d.stats().delivered());
    assertEquals(0, time.scheduled());
    // 30 s, 1, 2, 4, 8, then 10-minute steps: the last attempt is the last one within 1 h
    List<Duration> delays = time.delays();
    Duration total = delays.stream().reduce(Duration.ZERO, Duration::plus);
    assertTrue(total.compareTo(Duration.ofHours(1)) <= 0, delays.toString());
    assertEquals(delays.size() + 1, sink.hits().size());
  }

  @Test
  void submit_sink4xx_notRetried() throws Exception {
    BeaconDispatcher d = start(settings(10, 10, 4));
    sink.respond(404);
    d.submit(beacon("/gone"));
    await("rejection", () -> d.stats().rejected() == 1);
    time.advance(Duration.ofHours(2));
    assertEquals(1, sink.hits().size());
    assertEquals(0, time.scheduled());
  }

  @Test
  void submit_connectionRefused_retried() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    BeaconDispatcher d = start(settings(10, 10, 4));
    d.submit(new BeaconRequest("http://127.0.0.1:" + port + "/x", "", "", "start"));
    await("retry scheduled", () -> d.stats().awaitingRetry() == 1);
    assertEquals(0, d.stats().delivered());
  }

  @Test
  void submit_timeout_retried() throws Exception {
    BeaconDispatcher d =
        start(
            new DispatcherSettings(
                Duration.ofMillis(200),
                Duration.ofSeconds(30),
                Duration.ofMinutes(10),
                Duration.ofHours(1),
                0,
                10,
                10,
                4,
                2));
    sink.hold();
    d.submit(beacon("/slow"));
    await("retry after timeout", () -> d.stats().awaitingRetry() == 1);
    sink.open();
    time.advance(Duration.ofSeconds(30));
    await("delivered on retry", () -> d.stats().delivered() == 1);
  }

  @Test
  void submit_queueCapHit_dropsAndCounts() throws Exception {
    BeaconDispatcher d = start(settings(5, 5, 1));
    sink.hold();
    int accepted = 0;
    for (int i = 0; i < 100; i++) {
      if (d.submit(beacon("/q?i=" + i))) {
        accepted++;
      }
    }
    assertEquals(5, accepted);
    assertEquals(95, d.stats().dropped());
    assertEquals(5, d.stats().pending());
    sink.open();
    await("5 delivered", () -> d.stats().delivered() == 5);
  }

  @Test
  void submit_retryCapHit_dropsAndCounts() throws Exception {
    BeaconDispatcher d = start(settings(100, 3, 4));
    sink.respond(503);
    for (int i = 0; i < 5; i++) {
      d.submit(beacon("/rc?i=" + i));
    }
    await("attempts settled", () -> d.stats().pending() == 0 && sink.hits().size() == 5);
    assertEquals(3, d.stats().awaitingRetry());
    assertEquals(2, d.stats().dropped());
  }

  @Test
  void submit_perHostLimit_neverExceeded() throws Exception {
    BeaconDispatcher d = start(settings(100, 100, 2));
    sink.hold();
    for (int i = 0; i < 10; i++) {
      d.submit(beacon("/h?i=" + i));
    }
    await("two in flight", () -> sink.hits().size() == 2);
    sink.open();
    await("all delivered", () -> d.stats().delivered() == 10);
    assertEquals(2, sink.maxConcurrent());
  }

  @Test
  void submit_viewerHeaders_forwarded() throws Exception {
    BeaconDispatcher d = start(settings(10, 10, 4));
    d.submit(new BeaconRequest(sink.url("/h"), "Player/1.0 (TV)", "203.0.113.7, 10.0.0.1", "x"));
    await("delivered", () -> d.stats().delivered() == 1);
    BeaconSink.Hit hit = sink.hits().get(0);
    assertEquals("Player/1.0 (TV)", hit.userAgent());
    assertEquals("203.0.113.7, 10.0.0.1", hit.forwardedFor());
  }

  @Test
  void submit_notHttpUrl_droppedWithoutCall() {
    BeaconDispatcher d = start(settings(10, 10, 4));
    assertFalse(d.submit(new BeaconRequest("javascript:alert(1)", "", "", "x")));
    assertFalse(d.submit(new BeaconRequest("/relative", "", "", "x")));
    assertFalse(d.submit(new BeaconRequest("http://bad host/", "", "", "x")));
    assertEquals(3, d.stats().dropped());
  }

  @Test
  void close_thenSubmit_refused() {
    BeaconDispatcher d = start(settings(10, 10, 4));
    d.close();
    assertFalse(d.submit(beacon("/late")));
    assertEquals(1, d.stats().dropped());
  }

  @Test
  void backoff_growsExponentiallyAndCaps() {
    BeaconDispatcher d = start(settings(10, 10, 4));
    List<Long> secs =
        List.of(1, 2, 3, 4, 5, 6, 40).stream().map(a -> d.backoff(a).toSeconds()).toList();
    assertEquals(List.of(30L, 60L, 120L, 240L, 480L, 600L, 600L), secs);
  }
}
