package io.splicer.tracking;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers beacons off the request thread (reference §7.2): {@link #submit} only enqueues; the HTTP
 * calls run on the dispatcher's own executor through {@code java.net.http} with a per-beacon
 * timeout (3 s by default; MediaTailor logs {@code ERROR_FIRING_BEACON_FAILED} after 3 s).
 *
 * <ul>
 *   <li>2xx and 3xx (after following redirects) count as delivered; 4xx is final (no retry); 5xx,
 *       timeouts and connection errors are retried with exponential backoff (initial 30 s,
 *       doubling, capped) while within the retry window (1 h), as MediaTailor retries for up to an
 *       hour at 30 s or more between attempts.
 *   <li>At most {@code perHostConcurrency} calls run per host; the rest wait in the host's FIFO
 *       lane, so one slow ad server cannot starve the others and per-host order is kept.
 *   <li>Memory is bounded: at most {@code queueCapacity} beacons waiting or in flight and {@code
 *       retryCapacity} awaiting a retry; beyond that beacons are dropped and counted.
 * </ul>
 *
 * Thread-safe. The bookkeeping lock is held only for a few field updates, never across I/O.
 */
public final class BeaconDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BeaconDispatcher.class);

  /** Counters and gauges; a consistent-enough snapshot for metrics and tests. */
  public record Stats(
      long submitted,
      long delivered,
      long rejected,
      long expired,
      long dropped,
      long retries,
      int pending,
      int awaitingRetry) {}

  private final DispatcherSettings settings;
  private final Clock clock;
  private final RetryScheduler scheduler;
  private final ExecutorService executor;
  private final HttpClient client;

  private final Object lock = new Object();
  private final Map<String, Lane> lanes = new HashMap<>();
  private int pending;
  private int awaitingRetry;
  private boolean closed;

  private final LongAdder submitted = new LongAdder();
  private final LongAdder delivered = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final LongAdder expired = new LongAdder();
  private final LongAdder dropped = new LongAdder();
  private final LongAdder retries = new LongAdder();

  /** A dispatcher on the system clock with a daemon retry thread. */
  public BeaconDispatcher(DispatcherSettings settings) {
    this(settings, Clock.systemUTC(), RetryScheduler.daemon());
  }

  /**
   * @param clock measures the retry window
   * @param scheduler runs retries; closed with the dispatcher
   */
  public BeaconDispatcher(DispatcherSettings settings, Clock clock, RetryScheduler scheduler) {
    this.settings = settings;
    this.clock = clock;
    this.scheduler = scheduler;
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            settings.threads(),
            r -> {
              Thread t = new Thread(r, "splicer-beacon-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.client =
        HttpClient.newBuilder()
            .executor(executor)
            .connectTimeout(settings.requestTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /**
   * Queues a beacon; never blocks. Returns {@code false} (and counts a drop) if the queue is full,
   * the URL is not an absolute http(s) URL, or the dispatcher is closed.
   */
  public boolean submit(BeaconRequest request) {
    submitted.increment();
    URI uri = parse(request.url());
    if (uri == null) {
      LOG.warn("beacon dropped: not an absolute http(s) URL [{}]", request.url());
      dropped.increment();
      return false;
    }
    Job job = new Job(request, uri, clock.instant());
    boolean start;
    synchronized (lock) {
      if (closed || pending >= settings.queueCapacity()) {
        dropped.increment();
        return false;
      }
      pending++;
      start = admit(job);
    }
    if (start) {
      launch(job);
    }
    return true;
  }

  /** A snapshot of the counters. */
  public Stats stats() {
    synchronized (lock) {
      return new Stats(
          submitted.sum(),
          delivered.sum(),
          rejected.sum(),
          expired.sum(),
          dropped.sum(),
          retries.sum(),
          pending,
          awaitingRetry);
    }
  }

  /**
   * Stops the dispatcher: new beacons are refused, queued and scheduled ones are abandoned, the
   * executor is shut down (and on JDK 21+ the HTTP client closed).
   */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      lanes.clear();
    }
    scheduler.close();
    executor.shutdownNow();
    if (client instanceof AutoCloseable c) { // HttpClient is AutoCloseable from JDK 21
      try {
        c.close();
      } catch (Exception e) {
        LOG.debug("closing the beacon HTTP client", e);
      }
    }
  }

  /** Under the lock: takes a host slot (returns true) or joins the host's lane. */
  private boolean admit(Job job) {
    Lane lane = lanes.computeIfAbsent(job.host, h -> new Lane());
    if (lane.inFlight < settings.perHostConcurrency()) {
      lane.inFlight++;
      return true;
    }
    lane.waiting.add(job);
    return false;
  }

  private void launch(Job job) {
    try {
      executor.execute(() -> send(job));
    } catch (RuntimeException e) { // rejected after close
      finish(job);
    }
  }

  private void send(Job job) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(job.uri).timeout(settings.requestTimeout()).GET();
    if (!job.request.userAgent().isEmpty()) {
      b.header("User-Agent", job.request.userAgent());
    }
    if (!job.request.forwardedFor().isEmpty()) {
      b.header("X-Forwarded-For", job.request.forwardedFor());
    }
    HttpRequest httpRequest;
    try {
      httpRequest = b.build();
    } catch (IllegalArgumentException e) { // e.g. a header value with control characters
      LOG.warn("beacon rejected [{}]: {}", job.request.url(), e.getMessage());
      rejected.increment();
      finish(job);
      return;
    }
    job.attempts++;
    try {
      client
          .sendAsync(httpRequest, HttpResponse.BodyHandlers.discarding())
          .whenComplete((response, error) -> completed(job, response, error));
    } catch (RuntimeException e) { // unsupported URL, or the client is shutting down
      completed(job, null, e);
    }
  }

  private void completed(
      Job job, @Nullable HttpResponse<Void> response, @Nullable Throwable error) {
    finish(job);
    int status = response == null ? -1 : response.statusCode();
    if (error == null && status < 400) {
      delivered.increment();
    } else if (error == null && status < 500) {
      LOG.info("beacon refused with {} [{}]", status, job.request.url());
      rejected.increment();
    } else if (error != null && !(unwrap(error) instanceof IOException)) {
      LOG.warn("beacon failed [{}]", job.request.url(), error);
      rejected.increment();
    } else {
      String why = error == null ? "HTTP " + status : unwrap(error).toString();
      retryLater(job, why);
    }
  }

  /** Releases the job's host slot and starts the next waiting beacon of that host. */
  private void finish(Job job) {
    Job next = null;
    synchronized (lock) {
      pending--;
      Lane lane = lanes.get(job.host);
      if (lane != null) {
        next = lane.waiting.poll();
        if (next == null) {
          lane.inFlight--;
          if (lane.inFlight <= 0) {
            lanes.remove(job.host);
          }
        }
      }
    }
    if (next != null) {
      launch(next);
    }
  }

  private void retryLater(Job job, String why) {
    Duration delay = backoff(job.attempts);
    Instant deadline = job.firstAttempt.plus(settings.retryWindow());
    if (clock.instant().plus(delay).isAfter(deadline)) {
      LOG.warn("beacon given up after {} attempts ({}) [{}]", job.attempts, why, job.request.url());
      expired.increment();
      return;
    }
    synchronized (lock) {
      if (closed || awaitingRetry >= settings.retryCapacity()) {
        dropped.increment();
        return;
      }
      awaitingRetry++;
    }
    LOG.debug("beacon retry {} in {} ({}) [{}]", job.attempts, delay, why, job.request.url());
    scheduler.schedule(() -> resubmit(job), delay);
  }

  /** A retry re-enters its host lane; it may exceed the queue cap by at most the retry cap. */
  private void resubmit(Job job) {
    boolean start;
    synchronized (lock) {
      awaitingRetry--;
      if (closed) {
        return;
      }
      pending++;
      start = admit(job);
    }
    retries.increment();
    if (start) {
      launch(job);
    }
  }

  /** {@code initial × 2^(attempts-1)}, capped, plus jitter. */
  Duration backoff(int attempts) {
    long initial = settings.initialBackoff().toMillis();
    long max = settings.maxBackoff().toMillis();
    int shift = Math.min(Math.max(attempts - 1, 0), 30);
    long ms = initial > (max >> shift) ? max : Math.min(max, initial << shift);
    if (settings.jitterRatio() > 0) {
      ms += (long) (ms * settings.jitterRatio() * ThreadLocalRandom.current().nextDouble());
    }
    return Duration.ofMillis(ms);
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }

  private static @Nullable URI parse(String url) {
    try {
      URI uri = URI.create(url);
      String scheme = uri.getScheme();
      if (scheme == null
          || uri.getHost() == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return null;
      }
      return uri;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** One beacon and its attempts. */
  private static final class Job {
    final BeaconRequest request;
    final URI uri;
    final String host;
    final Instant firstAttempt;
    volatile int attempts;

    Job(BeaconRequest request, URI uri, Instant firstAttempt) {
      this.request = request;
      this.uri = uri;
      this.host = uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
      this.firstAttempt = firstAttempt;
    }
  }

  /** The beacons of one host: a count in flight and a FIFO of waiting ones. */
  private static final class Lane {
    int inFlight;
    final ArrayDeque<Job> waiting = new ArrayDeque<>();
  }
}
