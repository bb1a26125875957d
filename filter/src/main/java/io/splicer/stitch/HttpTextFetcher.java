package io.splicer.stitch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link TextFetcher} over {@code java.net.http} with its own small daemon executor, a per-request
 * timeout and a size cap. Non-200 answers fail the future.
 */
public final class HttpTextFetcher implements TextFetcher, AutoCloseable {

  private final HttpClient http;
  private final ExecutorService executor;
  private final Duration timeout;
  private final int maxBytes;

  public HttpTextFetcher(Duration timeout, int maxBytes, int threads) {
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "splicer-creative-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.http =
        HttpClient.newBuilder()
            .executor(executor)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  @Override
  public CompletableFuture<String> fetch(URI uri) {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(new IOException("bad URI [" + uri + "]", e));
    }
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
        .thenApply(
            r -> {
              try (InputStream in = r.body()) {
                if (r.statusCode() != 200) {
                  throw new IOException("HTTP [" + r.statusCode() + "] from [" + uri + "]");
                }
                byte[] body = in.readNBytes(maxBytes + 1);
                if (body.length > maxBytes) {
                  throw new IOException("larger than " + maxBytes + " bytes [" + uri + "]");
                }
                return new String(body, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new CompletionException(e);
              }
            });
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
