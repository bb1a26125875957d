package io.splicer.stitch;

import io.splicer.config.PlaybackConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * What the pipeline needs to know about a manifest request, free of servlet types.
 *
 * @param type HLS or DASH
 * @param method the HTTP method ({@code GET}; {@code HEAD} responses are never rewritten)
 * @param path the request path as the viewer sent it, without the query
 * @param query the raw query string, or {@code null}
 * @param configuration the playback configuration that applies, or {@code null} when none does
 * @param originUrl the URL the manifest was fetched from (for resolving relative URIs), or the
 *     request path when the manifest came through the filter chain
 * @param scope the session scope of {@code /v1/master} and {@code /v1/manifest} requests, or {@code
 *     null} for a manifest that only passes through the filter
 */
public record ManifestRequest(
    ManifestType type,
    String method,
    String path,
    @Nullable String query,
    @Nullable PlaybackConfiguration configuration,
    String originUrl,
    @Nullable StitchScope scope) {

  /** A request without session scope. */
  public ManifestRequest(
      ManifestType type,
      String method,
      String path,
      @Nullable String query,
      @Nullable PlaybackConfiguration configuration,
      String originUrl) {
    this(type, method, path, query, configuration, originUrl, null);
  }
}
