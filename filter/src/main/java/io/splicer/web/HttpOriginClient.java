package io.splicer.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Fetches manifests from HTTP origins with {@code java.net.http}: connect and total timeouts, its
 * own executor (shut down by {@link #close()}, stack.md pitfall 11).
 */
final class HttpOriginClient implements AutoCloseable {

  /** Viewer headers passed on to the origin; {@code Range} and {@code If-*} never are. */
  private static final List<String> FORWARDED = List.of("User-Agent", "Accept", "Accept-Language");

  private final ExecutorService executor;
  private final HttpClient client;
  private final Duration timeout;

  HttpOriginClient(Duration connectTimeout, Duration timeout, int threads) {
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "splicer-origin-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .executor(executor)
            .build();
    this.timeout = timeout;
  }

  /**
   * Sends {@code method} to {@code uri}.
   *
   * @param viewerHeader the viewer's header by name, for {@link #FORWARDED}
   * @throws java.net.http.HttpTimeoutException on connect or total timeout
   * @throws IOException when the origin cannot be reached
   */
  HttpResponse<InputStream> fetch(String method, URI uri, UnaryOperator<String> viewerHeader)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .method(method, HttpRequest.BodyPublishers.noBody());
    for (String name : FORWARDED) {
      String value = viewerHeader.apply(name);
      if (value != null) {
        builder.header(name, value);
      }
    }
    return client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
