package io.splicer.dash;

import java.util.Map;

/**
 * Edits one start tag's raw text: replaces attribute values in place, adds missing attributes
 * before the closing {@code >} / {@code />}, and leaves every other character (attribute order,
 * quotes, whitespace, namespace declarations) exactly as written.
 */
final class StartTag {

  private StartTag() {}

  /**
   * Returns {@code tag} with each entry of {@code values} set (an existing attribute's value
   * replaced, a new one appended). Names are matched exactly as written (with any prefix).
   */
  static String withAttributes(String tag, Map<String, String> values) {
    String result = tag;
    for (Map.Entry<String, String> e : values.entrySet()) {
      result = withAttribute(result, e.getKey(), e.getValue());
    }
    return result;
  }

  static String withAttribute(String tag, String name, String value) {
    int[] span = valueSpan(tag, name);
    String escaped = escapeAttribute(value);
    if (span != null) {
      return tag.substring(0, span[0]) + escaped + tag.substring(span[1]);
    }
    int close = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
    int insert = close;
    while (insert > 0 && Character.isWhitespace(tag.charAt(insert - 1))) {
      insert--;
    }
    return tag.substring(0, insert) + ' ' + name + "=\"" + escaped + '"' + tag.substring(insert);
  }

  /** [start, end) of the value (inside the quotes) of attribute {@code name}, or null. */
  static int[] valueSpan(String tag, String name) {
    int i = 1;
    while (i < tag.length() && !isSpace(tag.charAt(i)) && tag.charAt(i) != '>') {
      i++;
    }
    while (i < tag.length()) {
      while (i < tag.length() && isSpace(tag.charAt(i))) {
        i++;
      }
      int nameStart = i;
      while (i < tag.length() && tag.charAt(i) != '=' && !isSpace(tag.charAt(i))) {
        if (tag.charAt(i) == '>' || tag.charAt(i) == '/') {
          return null;
        }
        i++;
      }
      String attr = tag.substring(nameStart, i);
      while (tag.charAt(i) != '=') {
        i++;
      }
      i++;
      while (isSpace(tag.charAt(i))) {
        i++;
      }
      char quote = tag.charAt(i);
      int valueStart = i + 1;
      int valueEnd = tag.indexOf(quote, valueStart);
      if (attr.equals(name)) {
        return new int[] {valueStart, valueEnd};
      }
      i = valueEnd + 1;
    }
    return null;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  static String escapeAttribute(String value) {
    StringBuilder b = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '"' -> b.append("&quot;");
        case '\n' -> b.append("&#10;");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append("&#9;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String escapeText(String value) {
    StringBuilder b = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
