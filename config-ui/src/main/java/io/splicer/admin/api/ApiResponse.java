package io.splicer.admin.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An admin API response.
 *
 * @param status HTTP status
 * @param headers extra headers (e.g. {@code ETag}, {@code Location})
 * @param body JSON body, or {@code null} for none (204)
 */
public record ApiResponse(int status, Map<String, String> headers, @Nullable JsonNode body) {

  public ApiResponse {
    headers = Map.copyOf(headers);
  }

  public static ApiResponse json(int status, JsonNode body) {
    return new ApiResponse(status, Map.of(), body);
  }

  public static ApiResponse noContent() {
    return new ApiResponse(204, Map.of(), null);
  }

  /** A copy with one more header. */
  public ApiResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new ApiResponse(status, h, body);
  }
}
