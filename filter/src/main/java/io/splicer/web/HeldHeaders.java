package io.splicer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Headers that describe the origin's body rather than ours: held back while a manifest is buffered,
 * applied only if the body goes out unchanged (stack.md pitfall 10).
 */
final class HeldHeaders {

  static final String CONTENT_LENGTH = "content-length";
  static final String CONTENT_ENCODING = "content-encoding";

  private static final Set<String> HELD =
      Set.of(
          CONTENT_LENGTH,
          CONTENT_ENCODING,
          "etag",
          "last-modified",
          "accept-ranges",
          "content-range");

  /** Lower-case name → values, in the order first set. */
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  /** Original spelling of each held name. */
  private final Map<String, String> spelling = new LinkedHashMap<>();

  static boolean isHeld(@Nullable String name) {
    return name != null && HELD.contains(name.toLowerCase(Locale.ROOT));
  }

  void set(String name, @Nullable String value) {
    String key = name.toLowerCase(Locale.ROOT);
    values.remove(key);
    if (value != null) {
      add(name, value);
    }
  }

  void add(String name, String value) {
    String key = name.toLowerCase(Locale.ROOT);
    spelling.putIfAbsent(key, name);
    values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  @Nullable String get(String name) {
    List<String> list = values.get(name.toLowerCase(Locale.ROOT));
    return list == null || list.isEmpty() ? null : list.get(0);
  }

  List<String> getAll(String name) {
    return List.copyOf(values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()));
  }

  void clear() {
    values.clear();
    spelling.clear();
  }

  /** Writes every held header to {@code response} (the body goes out as the origin sent it). */
  void applyTo(HttpServletResponse response) {
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      String name = spelling.get(e.getKey());
      for (String v : e.getValue()) {
        response.addHeader(name, v);
      }
    }
  }
}
