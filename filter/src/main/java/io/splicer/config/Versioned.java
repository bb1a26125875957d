package io.splicer.config;

import java.util.Objects;

/**
 * A stored value with its version: an opaque, content-derived string that changes whenever the
 * stored bytes change (usable as a strong HTTP ETag once quoted, and for {@code If-Match}).
 *
 * @param value the value
 * @param version opaque version, never empty
 */
public record Versioned<T>(T value, String version) {

  public Versioned {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(version, "version");
    if (version.isEmpty()) {
      throw new IllegalArgumentException("version must not be empty");
    }
  }
}
