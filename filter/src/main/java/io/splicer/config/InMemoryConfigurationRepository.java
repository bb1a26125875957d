package io.splicer.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ConfigurationRepository} held in memory (nothing survives a restart): for a filter with
 * no configuration directory, and for tests. Same validation and version semantics as {@link
 * FileConfigurationStore}. Thread-safe.
 */
public final class InMemoryConfigurationRepository implements ConfigurationRepository {

  private final Map<String, Versioned<PlaybackConfiguration>> byName =
      new ConcurrentSkipListMap<>();

  @Override
  public Optional<PlaybackConfiguration> find(String name) {
    return findVersioned(name).map(Versioned::value);
  }

  @Override
  public Optional<Versioned<PlaybackConfiguration>> findVersioned(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  @Override
  public List<PlaybackConfiguration> list() {
    return byName.values().stream().map(Versioned::value).toList();
  }

  @Override
  public synchronized Versioned<PlaybackConfiguration> put(
      PlaybackConfiguration config, @Nullable String expectedVersion) {
    List<ConfigError> errors = ConfigurationValidator.validate(config);
    if (!errors.isEmpty()) {
      throw new InvalidConfigurationException(String.valueOf(config.name()), errors);
    }
    check(config.name(), expectedVersion);
    byte[] bytes = PlaybackConfigurationJson.writeBytes(config);
    Versioned<PlaybackConfiguration> stored =
        new Versioned<>(config, FileConfigurationStore.version(bytes));
    byName.put(config.name(), stored);
    return stored;
  }

  @Override
  public synchronized boolean delete(String name, @Nullable String expectedVersion) {
    check(name, expectedVersion);
    return byName.remove(name) != null;
  }

  private void check(String name, @Nullable String expectedVersion) {
    if (expectedVersion == null) {
      return;
    }
    Versioned<PlaybackConfiguration> current = byName.get(name);
    String actual = current == null ? null : current.version();
    if (actual == null
        || !(ANY_VERSION.equals(expectedVersion) || Objects.equals(actual, expectedVersion))) {
      throw new VersionConflictException(name, expectedVersion, actual);
    }
  }
}
