package io.splicer.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The explicit-session JSON body (reference §1.2 "Reserved JSON keys at session init"). Reserved
 * keys are case-sensitive; values of {@code adsParams}/{@code playerParams} are used as-is (no
 * decoding, §1.3 "No decoding (explicit JSON)"); any other top-level scalar goes to the origin as a
 * query parameter (URL-encoded by us).
 */
final class SessionJsonParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SessionJsonParser() {}

  static SessionParams parse(String body) {
    ParamsBuilder b = new ParamsBuilder();
    if (body.isBlank()) {
      return b.build();
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new SessionParamException("/", body, "malformed JSON: " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return b.build();
    }
    if (!root.isObject()) {
      throw new SessionParamException("/", root.toString(), "expected a JSON object");
    }
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      key(b, field.getKey(), field.getValue());
    }
    return b.build();
  }

  private static void key(ParamsBuilder b, String key, JsonNode v) {
    String path = "/" + pointerEscape(key);
    switch (key) {
      case "adsParams", "playerParams" -> object(path, v).forEach(b::player);
      case "manifestParams" ->
          object(path, v)
              .forEach(
                  (k, val) ->
                      b.manifest(
                          path + "/" + pointerEscape(k),
                          QueryCodec.encode(k),
                          QueryCodec.encode(val)));
      case "availSuppression" -> suppression(b, path, v);
      case "overlayAvails" -> b.overlayAvails(!scalar(path, v).equalsIgnoreCase("off"));
      case "adSignaling" ->
          b.adSignaling(
              v.isObject()
                  ? scalar(path + "/enabled", v.path("enabled")).equalsIgnoreCase("true")
                  : scalar(path, v).equalsIgnoreCase("true"));
      case "reportingMode" -> b.reportingMode(path, scalar(path, v));
      case "logMode" -> b.debugLog("DEBUG".equals(scalar(path, v)));
      case "streamId" -> b.streamId(scalar(path, v));
      case "insertionMode" -> b.insertionMode(path, scalar(path, v));
      default -> {
        if (!v.isNull()) {
          b.originRaw(QueryCodec.encode(key) + "=" + QueryCodec.encode(scalar(path, v)));
        }
      }
    }
  }

  private static void suppression(ParamsBuilder b, String path, JsonNode v) {
    Map<String, String> s = object(path, v);
    b.suppression(path + "/", s.get("mode"), s.get("value"), s.getOrDefault("fillPolicy", ""));
  }

  /** A flat object of scalars, in document order. */
  private static Map<String, String> object(String path, JsonNode v) {
    if (!v.isObject()) {
      throw new SessionParamException(path, v.toString(), "expected a JSON object");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      if (!e.getValue().isNull()) {
        out.put(e.getKey(), scalar(path + "/" + pointerEscape(e.getKey()), e.getValue()));
      }
    }
    return out;
  }

  private static String scalar(String path, JsonNode v) {
    if (!v.isValueNode() || v.isNull()) {
      throw new SessionParamException(path, v.toString(), "expected a string, number or boolean");
    }
    return v.asText();
  }

  /** RFC 6901 §3. */
  private static String pointerEscape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
