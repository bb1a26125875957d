package io.splicer.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes playback configurations in MediaTailor's {@code PutPlaybackConfiguration} JSON
 * shape (PascalCase). Reading is strict: unknown fields, wrongly typed values, duplicate keys and
 * semantic problems ({@link ConfigurationValidator}) are all reported together in one {@link
 * InvalidConfigurationException}; the read-only fields of MediaTailor's {@code
 * GetPlaybackConfiguration} output (reference §2.2: {@code PlaybackConfigurationArn}, {@code
 * PlaybackEndpointPrefix}, {@code SessionInitializationEndpointPrefix}, {@code LogConfiguration},
 * {@code HlsConfiguration/ManifestEndpointPrefix}, {@code DashConfiguration/ManifestEndpointPrefix}
 * and their dual-stack twins) are accepted and ignored. Writing is canonical: fields in declaration
 * order, map keys sorted, unset fields omitted, two-space indentation, trailing newline.
 * Thread-safe.
 */
public final class PlaybackConfigurationJson {

  /** Largest accepted document (the ADS URL alone may be 25 000 characters). */
  public static final int MAX_DOCUMENT_BYTES = 1 << 20;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .build();

  private PlaybackConfigurationJson() {}

  /**
   * Parses and validates one configuration.
   *
   * @param json the document
   * @param source where it came from, for messages (a file name, "request body"); may be empty
   * @throws InvalidConfigurationException with every problem found
   */
  public static PlaybackConfiguration read(byte[] json, String source) {
    JsonNode tree = parseTree(json, source);
    List<ConfigError> errors = new ArrayList<>();
    if (!tree.isObject()) {
      errors.add(new ConfigError("", "must be a JSON object " + JsonShapeChecker.shown(tree)));
      throw new InvalidConfigurationException(source, errors);
    }
    JsonShapeChecker.check(tree, PlaybackConfiguration.class, "", errors);
    JsonNode name = tree.get("Name");
    if (name == null || name.isNull()) {
      errors.add(new ConfigError("/Name", "is required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidConfigurationException(source, errors);
    }
    PlaybackConfiguration config = bind(tree, source);
    errors.addAll(ConfigurationValidator.validate(config));
    if (!errors.isEmpty()) {
      throw new InvalidConfigurationException(source, errors);
    }
    return config;
  }

  /** {@link #read(byte[], String)} for a string. */
  public static PlaybackConfiguration read(String json, String source) {
    return read(json.getBytes(StandardCharsets.UTF_8), source);
  }

  /** The canonical JSON document of a configuration (UTF-8 text ending in a newline). */
  public static String write(PlaybackConfiguration config) {
    try {
      return MAPPER.writeValueAsString(config) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise configuration " + config.name(), e);
    }
  }

  /** {@link #write} as UTF-8 bytes. */
  public static byte[] writeBytes(PlaybackConfiguration config) {
    return write(config).getBytes(StandardCharsets.UTF_8);
  }

  /** The configuration as a Jackson tree, for embedding in other JSON responses. */
  public static JsonNode toTree(PlaybackConfiguration config) {
    return MAPPER.valueToTree(config);
  }

  private static JsonNode parseTree(byte[] json, String source) {
    if (json.length > MAX_DOCUMENT_BYTES) {
      throw new InvalidConfigurationException(
          source,
          List.of(
              new ConfigError(
                  "", "document too large [" + json.length + " bytes] > " + MAX_DOCUMENT_BYTES)));
    }
    try {
      JsonNode tree = MAPPER.readTree(json);
      if (tree == null || tree.isMissingNode()) {
        throw new InvalidConfigurationException(
            source, List.of(new ConfigError("", "empty document")));
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new InvalidConfigurationException(
          source, List.of(new ConfigError(pointerOf(e), "not valid JSON: " + describe(e))));
    } catch (IOException e) {
      throw new IllegalStateException("reading from a byte array failed", e);
    }
  }

  private static PlaybackConfiguration bind(JsonNode tree, String source) {
    try {
      return MAPPER.treeToValue(tree, PlaybackConfiguration.class);
    } catch (JsonProcessingException e) {
      // The shape check should have caught this; report it rather than crash.
      throw new InvalidConfigurationException(
          source, List.of(new ConfigError(pointerOf(e), describe(e))));
    }
  }

  private static String pointerOf(JsonProcessingException e) {
    if (e instanceof JsonMappingException m) {
      StringBuilder sb = new StringBuilder();
      for (JsonMappingException.Reference ref : m.getPath()) {
        String token =
            ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex());
        sb.append(ConfigError.child("", token));
      }
      return sb.toString();
    }
    return "";
  }

  private static String describe(JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    String where =
        loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    return e.getOriginalMessage() + where;
  }
}
