package io.splicer.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * A parsed entry URL {@code /v1/master/{hash}/{config}/{asset-path}} (or {@code /v1/dash/...}),
 * design.md §2. The asset path stays URL-encoded as the viewer sent it.
 */
record EntryPath(String hash, String configName, String assetPath) {

  /** Parses the context-relative, still-encoded path after the entry prefix. */
  static Optional<EntryPath> parse(String afterPrefix) {
    String[] parts = afterPrefix.split("/", 3);
    if (parts.length < 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      return Optional.empty();
    }
    for (String segment : parts[2].split("/", -1)) {
      String decoded;
      try {
        decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      if (decoded.isEmpty()
          || decoded.equals(".")
          || decoded.equals("..")
          || decoded.indexOf('/') >= 0
          || decoded.indexOf('\\') >= 0
          || decoded.indexOf(';') >= 0) {
        return Optional.empty();
      }
    }
    String config = URLDecoder.decode(parts[1].replace("+", "%2B"), StandardCharsets.UTF_8);
    return Optional.of(new EntryPath(parts[0], config, parts[2]));
  }

  /**
   * The query parameters meant for the origin: everything except {@code ads.*}, {@code manifest.*}
   * and {@code aws.*} (MediaTailor parameter routing, design.md §2). Raw encoding is kept. Returns
   * {@code null} when nothing is left.
   */
  static @Nullable String originQuery(@Nullable String query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    StringJoiner kept = new StringJoiner("&");
    for (String pair : query.split("&")) {
      String name = pair.toLowerCase(Locale.ROOT);
      if (!pair.isEmpty()
          && !name.startsWith("ads.")
          && !name.startsWith("manifest.")
          && !name.startsWith("aws.")) {
        kept.add(pair);
      }
    }
    return kept.length() == 0 ? null : kept.toString();
  }
}
