package io.splicer.config;

import java.util.Optional;

/** Looks playback configurations up by name. Implementations are thread-safe. */
public interface ConfigurationRepository {

  /** Returns the configuration called {@code name}, if there is one. */
  Optional<PlaybackConfiguration> find(String name);
}
