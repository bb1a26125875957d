package io.splicer.admin.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** Small JSON responses of the authentication layer, in the API's error shape. */
final class Responses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Responses() {}

  static void error(HttpServletResponse resp, int status, String message) throws IOException {
    json(resp, status, Map.of("message", message));
  }

  static void json(HttpServletResponse resp, int status, Map<String, ?> body) throws IOException {
    resp.setStatus(status);
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.getOutputStream().write(JSON.writeValueAsBytes(body));
  }
}
