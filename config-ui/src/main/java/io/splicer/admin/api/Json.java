package io.splicer.admin.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.splicer.config.ConfigError;
import java.util.List;

/** JSON building for responses. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The error body: {@code {"message": ..., "errors": [{"pointer", "message"}]}}. */
  static ObjectNode error(String message, List<ConfigError> errors) {
    ObjectNode body = object();
    body.put("message", message);
    if (!errors.isEmpty()) {
      ArrayNode list = body.putArray("errors");
      for (ConfigError e : errors) {
        list.addObject().put("pointer", e.pointer()).put("message", e.message());
      }
    }
    return body;
  }
}
