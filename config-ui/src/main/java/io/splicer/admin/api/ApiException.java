package io.splicer.admin.api;

import io.splicer.config.ConfigError;
import java.util.List;
import java.util.Map;

/**
 * An error response: {@code {"message": ..., "errors": [{"pointer": ..., "message": ...}]}} with
 * the given status. The message and errors go to the client only, never to logs (they may quote ADS
 * URLs, which can carry keys).
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient List<ConfigError> errors;
  private final transient Map<String, String> headers;

  public ApiException(int status, String message) {
    this(status, message, List.of(), Map.of());
  }

  public ApiException(
      int status, String message, List<ConfigError> errors, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.errors = List.copyOf(errors);
    this.headers = Map.copyOf(headers);
  }

  public int status() {
    return status;
  }

  public List<ConfigError> errors() {
    return errors == null ? List.of() : errors;
  }

  public Map<String, String> headers() {
    return headers == null ? Map.of() : headers;
  }
}
