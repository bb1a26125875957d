package io.splicer.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where a playback configuration's {@code VideoContentSourceUrl} points (design.md §1): the
 * filter's own webapp, another context of the same container, or an HTTP(S) origin.
 */
sealed interface OriginLocation {

  /** {@code /prefix/}: the filter's own webapp, by {@code RequestDispatcher}. */
  record Local(String prefix) implements OriginLocation {}

  /** {@code context:/name/prefix/}: another context, by cross-context dispatch. */
  record CrossContext(String contextPath, String prefix) implements OriginLocation {}

  /** {@code http(s)://host/prefix/}: fetched over HTTP. */
  record Http(String baseUrl) implements OriginLocation {}

  /**
   * Parses a {@code VideoContentSourceUrl}.
   *
   * @throws IllegalArgumentException naming the offending value
   */
  static OriginLocation parse(@Nullable String source) {
    if (source == null) {
      throw new IllegalArgumentException("VideoContentSourceUrl is missing");
    }
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      try {
        URI uri = new URI(source);
        if (uri.getHost() == null) {
          throw new IllegalArgumentException("Origin URL has no host [" + source + "]");
        }
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("Malformed origin URL [" + source + "]", e);
      }
      return new Http(withSlash(source));
    }
    if (lower.startsWith("context:/")) {
      String rest = source.substring("context:".length());
      int slash = rest.indexOf('/', 1);
      if (slash < 0) {
        return new CrossContext(rest, "/");
      }
      return new CrossContext(rest.substring(0, slash), withSlash(rest.substring(slash)));
    }
    if (source.startsWith("/")) {
      return new Local(withSlash(source));
    }
    throw new IllegalArgumentException(
        "VideoContentSourceUrl must be http(s)://, context:/ or /prefix/, got [" + source + "]");
  }

  private static String withSlash(String s) {
    return s.endsWith("/") ? s : s + "/";
  }
}
