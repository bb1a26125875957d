package io.splicer.config;

import java.util.Objects;

/**
 * One problem in a playback configuration, located by a JSON pointer (RFC 6901) into the
 * configuration's JSON, e.g. {@code /AdDecisionServerUrl: must be an http(s) URL [ftp://x]}.
 *
 * @param pointer RFC 6901 pointer; {@code ""} for the whole document
 * @param message what is wrong, with the offending value in {@code [...]} where there is one
 */
public record ConfigError(String pointer, String message) {

  public ConfigError {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** Appends one reference token to a pointer, escaping {@code ~} and {@code /} (RFC 6901 §3). */
  static String child(String pointer, String token) {
    return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public String toString() {
    return pointer + ": " + message;
  }
}
