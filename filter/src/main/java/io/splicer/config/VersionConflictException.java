package io.splicer.config;

import org.jspecify.annotations.Nullable;

/**
 * A conditional write found another version than the caller expected (HTTP 412 Precondition Failed
 * for an {@code If-Match} request).
 */
public final class VersionConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final String expectedVersion;
  private final @Nullable String actualVersion;

  public VersionConflictException(
      String name, String expectedVersion, @Nullable String actualVersion) {
    super(
        "playback configuration ["
            + name
            + "] is at version ["
            + (actualVersion == null ? "(absent)" : actualVersion)
            + "], expected ["
            + expectedVersion
            + "]");
    this.name = name;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  public String name() {
    return name;
  }

  public String expectedVersion() {
    return expectedVersion;
  }

  /** The current version, or {@code null} when the configuration does not exist. */
  public @Nullable String actualVersion() {
    return actualVersion;
  }
}
