package io.splicer.config;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where playback configurations live. Lookups ({@link #find}) are on the per-request path and must
 * be cheap; implementations are thread-safe.
 *
 * <p>Versions (for ETag / If-Match): {@link #findVersioned} returns the current version, and the
 * conditional {@link #put(PlaybackConfiguration, String)} / {@link #delete(String, String)} accept
 * an expected version: {@code null} = unconditional, {@link #ANY_VERSION} ({@code "*"}) = the
 * configuration must exist, anything else = it must be at exactly that version; otherwise {@link
 * VersionConflictException}.
 */
public interface ConfigurationRepository {

  /** Expected-version value meaning "any existing version" (HTTP {@code If-Match: *}). */
  String ANY_VERSION = "*";

  /** The configuration with this name, if it exists and is valid. */
  Optional<PlaybackConfiguration> find(String name);

  /** {@link #find} with the current version. */
  Optional<Versioned<PlaybackConfiguration>> findVersioned(String name);

  /** Every valid configuration, sorted by name. */
  List<PlaybackConfiguration> list();

  /**
   * Creates or replaces a configuration (MediaTailor's PUT is create-or-replace).
   *
   * @return the stored configuration and its new version
   * @throws InvalidConfigurationException if {@link ConfigurationValidator} finds problems
   */
  default Versioned<PlaybackConfiguration> put(PlaybackConfiguration config) {
    return put(config, null);
  }

  /**
   * Conditional {@link #put(PlaybackConfiguration)}.
   *
   * @param expectedVersion see the class comment
   * @throws VersionConflictException if the current version does not match
   */
  Versioned<PlaybackConfiguration> put(
      PlaybackConfiguration config, @Nullable String expectedVersion);

  /**
   * Deletes a configuration.
   *
   * @return whether it existed
   */
  default boolean delete(String name) {
    return delete(name, null);
  }

  /** Conditional {@link #delete(String)}; see the class comment for {@code expectedVersion}. */
  boolean delete(String name, @Nullable String expectedVersion);
}
