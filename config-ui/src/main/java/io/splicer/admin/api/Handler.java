package io.splicer.admin.api;

/** One endpoint of the admin API; small, stateless, thread-safe. */
@FunctionalInterface
public interface Handler {

  /**
   * Handles a routed request.
   *
   * @throws ApiException for an error response (4xx with the API's error body)
   */
  ApiResponse handle(ApiRequest request);
}
