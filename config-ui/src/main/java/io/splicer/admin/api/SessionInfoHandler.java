package io.splicer.admin.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /session}: who is logged in, and the console's CSRF token when the request came with a
 * console session (built-in authentication). The console calls it on load.
 */
final class SessionInfoHandler implements Handler {

  @Override
  public ApiResponse handle(ApiRequest request) {
    ObjectNode body = Json.object();
    body.put("user", request.user());
    if (request.csrfToken() != null) {
      body.put("csrfToken", request.csrfToken());
    }
    return ApiResponse.json(200, body);
  }
}
