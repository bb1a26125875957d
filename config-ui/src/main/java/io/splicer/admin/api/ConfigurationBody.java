package io.splicer.admin.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.splicer.config.ConfigError;
import io.splicer.config.InvalidConfigurationException;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.config.PlaybackConfigurationJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Turns a PUT body into a configuration: malformed JSON (syntax, duplicate keys, empty) is 400; a
 * missing {@code Name} takes the path's; a different one, or any validation problem, is 422 with
 * JSON-pointer errors. MediaTailor's {@code GetPlaybackConfiguration} output (and ours) is accepted
 * as-is: its read-only fields are ignored by {@link PlaybackConfigurationJson}.
 */
final class ConfigurationBody {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private ConfigurationBody() {}

  static PlaybackConfiguration parse(byte[] body, String pathName) {
    if (body.length > PlaybackConfigurationJson.MAX_DOCUMENT_BYTES) {
      throw new ApiException(
          413, "body larger than " + PlaybackConfigurationJson.MAX_DOCUMENT_BYTES);
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ApiException(400, "malformed JSON: " + e.getOriginalMessage() + where(e));
    } catch (IOException e) {
      throw new IllegalStateException("reading a byte array failed", e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new ApiException(400, "malformed JSON: empty body");
    }
    if (!(tree instanceof ObjectNode object)) {
      throw invalid(List.of(new ConfigError("", "must be a JSON object")));
    }
    JsonNode name = object.get("Name");
    if (name == null || name.isNull()) {
      object.put("Name", pathName);
    } else if (!name.isTextual() || !name.textValue().equals(pathName)) {
      throw invalid(
          List.of(
              new ConfigError(
                  "/Name",
                  "must match the name in the URL ["
                      + pathName
                      + "], got "
                      + (name.isTextual() ? "[" + name.textValue() + "]" : name.toString()))));
    }
    try {
      return PlaybackConfigurationJson.read(MAPPER.writeValueAsBytes(object), "request body");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("re-serialising a parsed tree failed", e);
    } catch (InvalidConfigurationException e) {
      throw invalid(e.errors());
    }
  }

  static ApiException invalid(List<ConfigError> errors) {
    return new ApiException(
        422,
        "invalid playback configuration ("
            + errors.size()
            + (errors.size() == 1 ? " error)" : " errors)"),
        errors,
        Map.of());
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }
}
