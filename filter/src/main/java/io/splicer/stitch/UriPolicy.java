package io.splicer.stitch;

import io.splicer.config.CdnConfiguration;
import io.splicer.config.PlaybackConfiguration;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The URIs written into personalised playlists (design.md §2): content URIs absolute against the
 * origin playlist (or under {@code ContentSegmentUrlPrefix}), ad segment URIs absolute (or under
 * {@code AdSegmentUrlPrefix}); query strings kept. Never {@code ../} chains.
 *
 * <p>{@code ContentSegmentUrlPrefix} replaces the origin prefix ({@code VideoContentSourceUrl}):
 * {@code http://origin/p/sub/a.ts} → {@code https://cdn/sub/a.ts} (reference §9.6). {@code
 * AdSegmentUrlPrefix} replaces scheme and host of the ad segment URL and keeps its path and query
 * ({@code http://ads/c/1.ts} → {@code https://cdn/c/1.ts}): the CDN pulls from the ad host.
 */
final class UriPolicy {

  /** Resolutions memoised across requests: live refreshes resolve the same URIs again and again. */
  private static final int MEMO_ENTRIES = 8192;

  private static final ConcurrentHashMap<Resolution, String> MEMO = new ConcurrentHashMap<>();

  private record Resolution(String base, String uri) {}

  private @Nullable URI base;
  private boolean baseParsed;
  private final String baseText;
  private final String originBase;
  private final @Nullable String contentPrefix;
  private final @Nullable String adPrefix;

  UriPolicy(String playlistUrl, String originBase, @Nullable PlaybackConfiguration config) {
    this.baseText = playlistUrl;
    this.originBase = originBase;
    CdnConfiguration cdn = config == null ? null : config.cdnConfiguration();
    this.contentPrefix = cdn == null ? null : blankToNull(cdn.contentSegmentUrlPrefix());
    this.adPrefix = cdn == null ? null : blankToNull(cdn.adSegmentUrlPrefix());
  }

  /** A URI of the origin playlist, resolved against it (RFC 3986 §5.2). */
  String resolve(String uri) {
    Resolution key = new Resolution(baseText, uri);
    String known = MEMO.get(key);
    if (known != null) {
      return known;
    }
    String resolved = resolveNow(uri);
    if (MEMO.size() >= MEMO_ENTRIES) {
      MEMO.clear(); // bounded: many distinct origins only cost re-resolving
    }
    MEMO.put(key, resolved);
    return resolved;
  }

  private String resolveNow(String uri) {
    if (!baseParsed) {
      base = parse(baseText); // a pure function of the two strings: safe to memoise
      baseParsed = true;
    }
    URI base = this.base;
    if (base == null) {
      return uri;
    }
    URI u = parse(uri);
    if (u == null) {
      return uri;
    }
    return u.isAbsolute() ? uri : base.resolve(u).toString();
  }

  /** A content URI: resolved, then moved under the content prefix when one is configured. */
  String content(String uri) {
    String abs = resolve(uri);
    if (contentPrefix != null && !originBase.isEmpty() && abs.startsWith(originBase)) {
      return withSlash(contentPrefix) + abs.substring(originBase.length());
    }
    return abs;
  }

  /** An ad segment URI (already absolute): moved under the ad prefix when one is configured. */
  String ad(String uri) {
    if (adPrefix == null) {
      return uri;
    }
    URI u = parse(uri);
    if (u == null || u.getRawPath() == null) {
      return uri;
    }
    String path = u.getRawPath().startsWith("/") ? u.getRawPath().substring(1) : u.getRawPath();
    return withSlash(adPrefix) + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
  }

  String base() {
    return baseText;
  }

  static @Nullable URI parse(String s) {
    try {
      return new URI(s.strip());
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String withSlash(String s) {
    return s.endsWith("/") ? s : s + "/";
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
