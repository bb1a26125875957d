package io.splicer.config;

import java.util.List;

/**
 * A playback configuration was rejected; {@link #errors()} holds every problem found (never just
 * the first). The admin API maps it to 422 with the list.
 */
public final class InvalidConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Not serialised: exceptions cross no JVM boundary here. */
  private final transient List<ConfigError> errors;

  public InvalidConfigurationException(String source, List<ConfigError> errors) {
    super(message(source, errors));
    this.errors = List.copyOf(errors);
  }

  public List<ConfigError> errors() {
    return errors == null ? List.of() : errors;
  }

  private static String message(String source, List<ConfigError> errors) {
    StringBuilder sb = new StringBuilder("invalid playback configuration");
    if (!source.isEmpty()) {
      sb.append(" in ").append(source);
    }
    sb.append(" (").append(errors.size()).append(errors.size() == 1 ? " error)" : " errors)");
    for (ConfigError e : errors) {
      sb.append("\n  ").append(e);
    }
    return sb.toString();
  }
}
