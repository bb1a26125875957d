package io.splicer.ads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A header value or request body with {@code {{name}}} dynamic variables ({@code
 * AdDecisionServerConfiguration.HttpRequest.Headers}/{@code Body}, reference §1.4, §6
 * ads-request-configuration). Unresolved variables render as the empty string. Values are escaped
 * for where they go: JSON string escaping when the request's Content-Type is JSON; control
 * characters removed from header values so a value cannot add a header.
 */
public final class TextTemplate {

  /** How values are escaped. */
  public enum Escaping {
    /** Body of a non-JSON request: values as they are. */
    TEXT,
    /** Body whose Content-Type contains {@code application/json}: JSON string escaping. */
    JSON,
    /** A header value: CR, LF and other control characters removed. */
    HEADER
  }

  /** The expanded text and the names of the variables that rendered empty because unresolved. */
  public record Expansion(String text, List<String> unresolved) {
    public Expansion {
      Objects.requireNonNull(text, "text");
      unresolved = List.copyOf(unresolved);
    }
  }

  private final List<String> parts; // even: literal, odd: variable name

  private TextTemplate(List<String> parts) {
    this.parts = List.copyOf(parts);
  }

  public static TextTemplate parse(String template) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (true) {
      int open = template.indexOf("{{", i);
      int close = open < 0 ? -1 : template.indexOf("}}", open + 2);
      if (open < 0 || close < 0) {
        parts.add(template.substring(i));
        return new TextTemplate(parts);
      }
      parts.add(template.substring(i, open));
      parts.add(template.substring(open + 2, close).trim());
      i = close + 2;
    }
  }

  public Expansion expand(AdsVariables variables, Escaping escaping) {
    StringBuilder out = new StringBuilder();
    List<String> unresolved = new ArrayList<>();
    Map<String, Optional<AdsVariables.Value>> drawn = new HashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      if (i % 2 == 0) {
        out.append(parts.get(i));
        continue;
      }
      Optional<AdsVariables.Value> v = drawn.computeIfAbsent(parts.get(i), variables::resolve);
      if (v.isEmpty()) {
        unresolved.add(parts.get(i));
      } else {
        escape(v.get().text(), escaping, out);
      }
    }
    return new Expansion(out.toString(), unresolved);
  }

  private static void escape(String s, Escaping escaping, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (escaping) {
        case TEXT -> out.append(c);
        case HEADER -> {
          if (c >= 0x20 && c != 0x7F) {
            out.append(c);
          }
        }
        case JSON -> jsonChar(c, out);
      }
    }
  }

  // RFC 8259 §7: quotation mark, reverse solidus and control characters must be escaped.
  private static void jsonChar(char c, StringBuilder out) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (c < 0x20 || c == 0x2028 || c == 0x2029) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
  }
}
