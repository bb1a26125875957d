package io.splicer.config;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a JSON tree against the shape of a configuration record before binding, so that every
 * unknown field and every wrongly typed value is reported with its JSON pointer (Jackson's binding
 * stops at the first). The shape is read from the records themselves: {@code @JsonProperty} names,
 * {@code @JsonAlias} alternatives, {@code @JsonIgnoreProperties} read-only fields and the component
 * types ({@code String}, {@code Integer}, {@code Boolean}, enums, {@code Map<String, …>}, nested
 * records). Stateless and thread-safe.
 */
final class JsonShapeChecker {

  private JsonShapeChecker() {}

  /** Appends to {@code errors} every shape problem of {@code node} read as {@code type}. */
  static void check(JsonNode node, Type type, String pointer, List<ConfigError> errors) {
    if (node.isNull()) {
      return; // an explicit null is "not set"
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      checkMap(node, p.getActualTypeArguments()[1], pointer, errors);
    } else if (type instanceof Class<?> c && c.isRecord()) {
      checkRecord(node, c, pointer, errors);
    } else if (type instanceof Class<?> c && c.isEnum()) {
      checkEnum(node, c, pointer, errors);
    } else if (type == String.class) {
      expect(node.isTextual(), "must be a string", node, pointer, errors);
    } else if (type == Integer.class) {
      expect(
          node.isIntegralNumber() && node.canConvertToInt(),
          "must be an integer",
          node,
          pointer,
          errors);
    } else if (type == Boolean.class) {
      expect(node.isBoolean(), "must be true or false", node, pointer, errors);
    } else {
      throw new IllegalStateException("unsupported configuration type " + type);
    }
  }

  private static void checkRecord(
      JsonNode node, Class<?> record, String pointer, List<ConfigError> errors) {
    if (!node.isObject()) {
      errors.add(new ConfigError(pointer, "must be an object " + shown(node)));
      return;
    }
    Map<String, Type> fields = new HashMap<>();
    for (RecordComponent rc : record.getRecordComponents()) {
      JsonProperty property = rc.getAccessor().getAnnotation(JsonProperty.class);
      if (property == null) {
        continue;
      }
      fields.put(property.value(), rc.getGenericType());
      JsonAlias alias = rc.getAccessor().getAnnotation(JsonAlias.class);
      if (alias != null) {
        for (String a : alias.value()) {
          fields.put(a, rc.getGenericType());
        }
      }
    }
    JsonIgnoreProperties ignored = record.getAnnotation(JsonIgnoreProperties.class);
    Set<String> readOnly =
        ignored == null ? Set.of() : new HashSet<>(Arrays.asList(ignored.value()));
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String child = ConfigError.child(pointer, field.getKey());
      Type fieldType = fields.get(field.getKey());
      if (fieldType != null) {
        check(field.getValue(), fieldType, child, errors);
      } else if (!readOnly.contains(field.getKey())) {
        errors.add(new ConfigError(child, unknownFieldMessage(fields.keySet())));
      }
    }
  }

  private static String unknownFieldMessage(Set<String> known) {
    return "unknown field; known fields here: "
        + known.stream().sorted().collect(Collectors.joining(", ", "[", "]"));
  }

  private static void checkMap(
      JsonNode node, Type valueType, String pointer, List<ConfigError> errors) {
    if (!node.isObject()) {
      errors.add(new ConfigError(pointer, "must be an object " + shown(node)));
      return;
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String child = ConfigError.child(pointer, entry.getKey());
      if (entry.getValue().isNull()) {
        errors.add(new ConfigError(child, "must not be null"));
      } else {
        check(entry.getValue(), valueType, child, errors);
      }
    }
  }

  private static void checkEnum(
      JsonNode node, Class<?> enumType, String pointer, List<ConfigError> errors) {
    Set<String> names =
        Arrays.stream(enumType.getEnumConstants())
            .map(c -> ((Enum<?>) c).name())
            .collect(Collectors.toSet());
    if (!node.isTextual() || !names.contains(node.textValue())) {
      errors.add(
          new ConfigError(
              pointer,
              "must be one of "
                  + names.stream().sorted().collect(Collectors.joining(", ", "{", "}"))
                  + " "
                  + shown(node)));
    }
  }

  private static void expect(
      boolean ok, String message, JsonNode node, String pointer, List<ConfigError> errors) {
    if (!ok) {
      errors.add(new ConfigError(pointer, message + " " + shown(node)));
    }
  }

  /** The offending value in brackets, shortened. */
  static String shown(JsonNode node) {
    String text = node.isTextual() ? node.textValue() : node.toString();
    return "[" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "]";
  }
}
