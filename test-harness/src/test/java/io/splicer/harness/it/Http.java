package io.splicer.harness.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the ITs (never follows redirects, never asks for compression). */
final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Http() {}

  static URI uri(URL base, String path) {
    return URI.create(base.toExternalForm()).resolve(path);
  }

  static HttpResponse<byte[]> get(URL base, String path, String... headers) {
    return send("GET", base, path, headers);
  }

  static HttpResponse<byte[]> send(String method, URL base, String path, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(base, path))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      b.headers(headers);
    }
    try {
      return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<InputStream> stream(URL base, String path) {
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(uri(base, path)).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> post(URL base, String path, String body) {
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(uri(base, path))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request with a text body ({@code null}: none) and header name/value pairs. */
  static HttpResponse<String> exchange(
      String method, URL base, String path, String body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(base, path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    try {
      return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String text(URL base, String path) {
    return new String(get(base, path).body(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
