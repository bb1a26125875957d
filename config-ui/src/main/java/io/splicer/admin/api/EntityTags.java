package io.splicer.admin.api;

import io.splicer.config.ConfigurationRepository;
import org.jspecify.annotations.Nullable;

/**
 * Strong entity tags for configuration versions and the {@code If-Match} precondition (RFC 9110
 * §8.8.3, §13.1.1): {@code "*"} means "exists"; otherwise a list of strong tags, compared strongly
 * (weak tags never match). The expected version is handed to the repository, which checks it
 * atomically with the write.
 */
final class EntityTags {

  /** A version that no stored configuration has (versions are hex digests). */
  static final String NEVER = "never-matches";

  private EntityTags() {}

  static String quote(String version) {
    return "\"" + version + "\"";
  }

  /**
   * The expected version for an {@code If-Match} value.
   *
   * @param ifMatch the header, or {@code null}
   * @param current the current version, or {@code null} when absent
   * @return {@code null} (no precondition), {@code "*"}, the matching version, or {@link #NEVER}
   */
  static @Nullable String expectedVersion(@Nullable String ifMatch, @Nullable String current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    if (ifMatch.trim().equals("*")) {
      return ConfigurationRepository.ANY_VERSION;
    }
    for (String raw : ifMatch.split(",")) {
      String tag = raw.trim();
      if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
        String version = tag.substring(1, tag.length() - 1);
        if (version.equals(current)) {
          return version;
        }
      }
    }
    return NEVER;
  }
}
