package io.splicer.ads;

import io.splicer.vast.FetchedDocument;
import io.splicer.vast.VastFetcher;
import io.splicer.vast.WrapperResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * The ADS client: expands the request template, calls the ADS asynchronously ({@code
 * java.net.http}, connection reuse, bounded concurrency per host, its own executor), follows VAST
 * wrappers over HTTP (it is the {@link VastFetcher} of the {@code vast} package's {@link
 * WrapperResolver}) and classifies every outcome. The returned futures never fail: a slow
 * (timeout), failing (non-200), empty or malformed ADS yields an {@link AdsResult} with an {@link
 * AdsFailure} carrying its IAB code (design §4.7).
 *
 * <p>Timeouts: each response (headers and body) within {@code perRequestTimeout} (3 s); the whole
 * decision, wrappers included, within {@code totalTimeout} (10 s). Bodies above {@code
 * maxBodyBytes} (1 MiB) are aborted. Responses are personalised and never cached. The viewer's
 * {@code User-Agent} and {@code X-Forwarded-For} go on the ADS request and on every wrapper fetch.
 *
 * <p>JDK 17's {@link HttpClient} has no {@code close()}: {@link #close()} stops the client's
 * executor and refuses new requests; the client's selector thread ends once it is unreachable.
 */
public final class AdsClient implements VastFetcher, AutoCloseable {

  private final AdsClientSettings settings;
  private final AdsEvents events;
  private final ExecutorService executor;
  private final HttpClient http;
  private final HostLimiter limiter;
  private volatile boolean closed;

  public AdsClient(AdsClientSettings settings, AdsEvents events) {
    this.settings = settings;
    this.events = events;
    this.executor = Executors.newFixedThreadPool(settings.executorThreads(), daemonThreads());
    this.http =
        HttpClient.newBuilder()
            .executor(executor)
            .connectTimeout(settings.perRequestTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.limiter = new HostLimiter(settings.maxConcurrentPerHost(), settings.maxQueuedPerHost());
  }

  public AdsEvents events() {
    return events;
  }

  public AdsClientSettings settings() {
    return settings;
  }

  /**
   * One ADS decision: expands {@code template} with {@code variables}, calls the ADS and resolves
   * the VAST wrappers (or the VMAP ad sources). Never completes exceptionally.
   */
  public CompletableFuture<AdsResult> request(
      AdsRequestTemplate template, AdsVariables variables, Optional<SessionVariables> viewer) {
    long startNanos = System.nanoTime();
    AdsRequestTemplate.Prepared prepared = template.prepare(variables, viewer, events);
    String url = prepared.urlText();
    if (prepared.request().isEmpty()) {
      return CompletableFuture.completedFuture(
          AdsResult.failed(url, prepared.failure().orElseThrow()));
    }
    events.record(AdsEventType.MAKING_ADS_REQUEST, url);
    Duration first = min(settings.perRequestTimeout(), settings.totalTimeout());
    Map<String, String> forwarded = forwardedHeaders(prepared.request().get());
    return send(prepared.request().get(), first)
        .handle(
            (doc, failure) ->
                failure != null
                    ? CompletableFuture.completedFuture(AdsResult.failed(url, classify(failure)))
                    : new ResponseReader(this, url, forwarded, startNanos).read(doc))
        .thenCompose(f -> f)
        .exceptionally(
            t ->
                AdsResult.failed(url, AdsFailure.of(AdsFailure.Kind.IO, "unexpected [" + t + "]")));
  }

  /** {@link VastFetcher}: a plain GET within the per-request timeout (no viewer headers). */
  @Override
  public CompletableFuture<FetchedDocument> fetch(URI uri) {
    return send(AdsRequest.get(uri, Map.of()), settings.perRequestTimeout());
  }

  /** A fetcher for wrapper chains that forwards the viewer's headers. */
  VastFetcher fetcher(Map<String, String> forwarded) {
    return uri -> {
      events.record(AdsEventType.VAST_REDIRECT, uri.toString());
      return send(AdsRequest.get(uri, forwarded), settings.perRequestTimeout());
    };
  }

  WrapperResolver resolver(Map<String, String> forwarded, Duration remaining) {
    return new WrapperResolver(fetcher(forwarded), settings.wrapperLimits(remaining));
  }

  /**
   * Sends one request within {@code timeout} (queueing for the host included). A non-2xx status
   * fails the future with {@link AdsStatusException}; a 204 is an empty document.
   */
  CompletableFuture<FetchedDocument> send(AdsRequest request, Duration timeout) {
    if (closed) {
      return CompletableFuture.failedFuture(new IOException("ADS client closed"));
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(request.uri()).timeout(timeout).header("Accept-Encoding", "gzip");
    request.headers().forEach(b::setHeader);
    b.method(
        request.method(),
        request
            .body()
            .map(HttpRequest.BodyPublishers::ofByteArray)
            .orElse(HttpRequest.BodyPublishers.noBody()));
    HttpRequest httpRequest = b.build();
    return limiter
        .submit(
            hostKey(request.uri()),
            () ->
                http.sendAsync(httpRequest, CappedBodySubscriber.handler(settings.maxBodyBytes())))
        .orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS)
        .thenApply(this::document);
  }

  private FetchedDocument document(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw new AdsStatusException(status, response.uri());
    }
    byte[] body = response.body();
    String encoding = response.headers().firstValue("Content-Encoding").orElse("");
    if (encoding.toLowerCase(Locale.ROOT).contains("gzip")) {
      body = gunzip(body);
    }
    return new FetchedDocument(response.uri(), status == 204 ? new byte[0] : body);
  }

  private byte[] gunzip(byte[] gz) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      byte[] out = in.readNBytes(settings.maxBodyBytes() + 1);
      if (out.length > settings.maxBodyBytes()) {
        throw new AdsStatusException.Wrapped(
            new CappedBodySubscriber.BodyTooLargeException(settings.maxBodyBytes()));
      }
      return out;
    } catch (IOException e) {
      throw new AdsStatusException.Wrapped(e);
    }
  }

  /** Maps a transport failure to an {@link AdsFailure} and records the event. */
  AdsFailure classify(Throwable failure) {
    Throwable t = AdsStatusException.unwrap(failure);
    AdsFailure f;
    if (t instanceof java.util.concurrent.TimeoutException
        || t instanceof java.net.http.HttpTimeoutException) {
      f = AdsFailure.of(AdsFailure.Kind.TIMEOUT, "no response within the timeout [" + t + "]");
      events.record(AdsEventType.ERROR_ADS_TIMEOUT, f.detail());
    } else if (t instanceof AdsStatusException s) {
      f = AdsFailure.of(AdsFailure.Kind.HTTP_STATUS, s.getMessage());
      events.record(AdsEventType.ERROR_ADS_INVALID_RESPONSE, f.detail());
    } else if (t instanceof CappedBodySubscriber.BodyTooLargeException) {
      f = AdsFailure.of(AdsFailure.Kind.TOO_LARGE, t.getMessage());
      events.record(AdsEventType.ERROR_ADS_INVALID_RESPONSE, f.detail());
    } else {
      f = AdsFailure.of(AdsFailure.Kind.IO, "ADS unreachable [" + t + "]");
      events.record(AdsEventType.ERROR_ADS_IO, f.detail());
    }
    return f;
  }

  Duration remaining(long startNanos) {
    return settings.totalTimeout().minusNanos(System.nanoTime() - startNanos);
  }

  /** Stops the executor and refuses new requests; in-flight requests fail as {@code IO}. */
  @Override
  public void close() {
    closed = true;
    executor.shutdownNow();
  }

  /** Shuts down and waits up to {@code wait} for the executor's threads to end. */
  public boolean closeAndAwait(Duration wait) throws InterruptedException {
    close();
    return executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static Map<String, String> forwardedHeaders(AdsRequest request) {
    Map<String, String> h = new java.util.LinkedHashMap<>();
    for (String name : new String[] {"User-Agent", "X-Forwarded-For"}) {
      String v = request.headers().get(name);
      if (v != null) {
        h.put(name, v);
      }
    }
    return h;
  }

  private static String hostKey(URI uri) {
    return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "splicer-ads-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
