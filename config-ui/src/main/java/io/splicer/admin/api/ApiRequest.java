package io.splicer.admin.api;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A routed admin API request, detached from the servlet API.
 *
 * @param method HTTP method
 * @param pathParams values of the route's {@code {name}} segments
 * @param query first value of each query parameter
 * @param headers a header's value, or {@code null}
 * @param body the request body (empty when none)
 * @param baseUrl {@code scheme://host[:port]/context-path} of this deployment, no trailing slash
 * @param user the authenticated user
 * @param csrfToken the console session's CSRF token, if the request came with one
 */
public record ApiRequest(
    String method,
    Map<String, String> pathParams,
    Map<String, String> query,
    UnaryOperator<@Nullable String> headers,
    byte[] body,
    String baseUrl,
    String user,
    @Nullable String csrfToken) {

  public ApiRequest {
    pathParams = Map.copyOf(pathParams);
    query = Map.copyOf(query);
  }

  /** A path parameter that the route guarantees. */
  public String path(String name) {
    String v = pathParams.get(name);
    if (v == null) {
      throw new IllegalStateException("route has no {" + name + "}");
    }
    return v;
  }

  public @Nullable String header(String name) {
    return headers.apply(name);
  }
}
