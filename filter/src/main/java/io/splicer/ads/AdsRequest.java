package io.splicer.ads;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One prepared ADS request: the expanded URL, method, headers and (for POST) body bytes.
 *
 * @param body the request body, already compressed when {@code Content-Encoding: gzip} is set
 */
public record AdsRequest(
    URI uri, String method, Map<String, String> headers, Optional<byte[]> body) {

  public AdsRequest {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(method, "method");
    headers = Map.copyOf(headers);
    body = body.map(byte[]::clone);
  }

  /** A GET with the given headers. */
  public static AdsRequest get(URI uri, Map<String, String> headers) {
    return new AdsRequest(uri, "GET", headers, Optional.empty());
  }

  @Override
  public Optional<byte[]> body() {
    return body.map(byte[]::clone);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AdsRequest r
        && uri.equals(r.uri)
        && method.equals(r.method)
        && headers.equals(r.headers)
        && body.isPresent() == r.body.isPresent()
        && (body.isEmpty() || Arrays.equals(body.get(), r.body.get()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(uri, method, headers, body.map(Arrays::hashCode).orElse(0));
  }

  @Override
  public String toString() {
    return method + " " + uri;
  }
}
