package io.splicer.hls;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * An ordered HLS attribute list (RFC 8216 §4.2): the one tokenizer of the package, quoted-string
 * aware, with typed accessors on top.
 *
 * <p>Values are kept raw (a quoted string keeps its quotes), so order, unknown attributes and
 * spelling survive a {@link #render()}. The tokenizer never throws: malformed input (an
 * unterminated quote, an attribute without {@code =}, text after a closing quote, duplicate names)
 * is recorded in {@link #problems()} and tokenizing goes on. It accepts blanks around names and
 * after commas, which several packagers write.
 */
public final class AttributeList {

  /** No tag of RFC 8216bis has near this many; a cap keeps hostile input linear. */
  static final int MAX_ATTRIBUTES = 256;

  private static final AttributeList EMPTY = new AttributeList(new String[0], new String[0], 0);

  private final String[] names;
  private final String[] values;
  private final int size;
  private final List<String> problems;

  private AttributeList(String[] names, String[] values, int size) {
    this(names, values, size, List.of());
  }

  private AttributeList(String[] names, String[] values, int size, List<String> problems) {
    this.names = names;
    this.values = values;
    this.size = size;
    this.problems = problems;
  }

  public static AttributeList empty() {
    return EMPTY;
  }

  /** Tokenizes an attribute list such as {@code METHOD=AES-128,URI="k.key",IV=0x1F}. */
  public static AttributeList parse(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return EMPTY;
    }
    Tokenizer t = new Tokenizer(text);
    t.run();
    return new AttributeList(t.names, t.values, t.size, List.copyOf(t.problems));
  }

  /** Problems met while tokenizing, each with the offending text in {@code [...]}. */
  public List<String> problems() {
    return problems;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public String name(int index) {
    return names[checkIndex(index)];
  }

  public String rawValue(int index) {
    return values[checkIndex(index)];
  }

  public List<String> names() {
    return Collections.unmodifiableList(Arrays.asList(names).subList(0, size));
  }

  public boolean has(String name) {
    return indexOf(name) >= 0;
  }

  /** The raw value (quotes kept), or null. */
  public @Nullable String raw(String name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  /** A quoted-string without its quotes; an unquoted value is returned as written (lenient). */
  public Optional<String> string(String name) {
    String v = raw(name);
    return v == null ? Optional.empty() : Optional.of(unquote(v));
  }

  /** An enumerated-string (RFC 8216 §4.2), e.g. {@code YES}, {@code AES-128}. */
  public Optional<String> enumerated(String name) {
    return string(name);
  }

  /** {@code YES}/{@code NO} enumerated-string; absent or anything else is false. */
  public boolean yes(String name) {
    return "YES".equals(raw(name));
  }

  /** A decimal-integer; empty when absent or not a non-negative integer fitting a long. */
  public OptionalLong integer(String name) {
    String v = raw(name);
    if (v == null) {
      return OptionalLong.empty();
    }
    return parseLong(unquote(v));
  }

  /** A decimal-floating-point number of seconds, exact; empty when absent or malformed. */
  public Optional<MediaTime> seconds(String name) {
    String v = raw(name);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(MediaTime.parseSeconds(unquote(v)));
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** A copy with {@code name} set to the raw value, in place if present, else appended. */
  public AttributeList with(String name, String rawValue) {
    int i = indexOf(name);
    String[] n = Arrays.copyOf(names, i < 0 ? size + 1 : size);
    String[] v = Arrays.copyOf(values, n.length);
    if (i < 0) {
      i = size;
      n[i] = name;
    }
    v[i] = rawValue;
    return new AttributeList(n, v, n.length);
  }

  /** A copy with {@code name} set to a quoted-string. */
  public AttributeList withQuoted(String name, String value) {
    return with(name, quote(value));
  }

  /** A copy without {@code name}. */
  public AttributeList without(String name) {
    int i = indexOf(name);
    if (i < 0) {
      return this;
    }
    List<String> n = new ArrayList<>(Arrays.asList(names).subList(0, size));
    List<String> v = new ArrayList<>(Arrays.asList(values).subList(0, size));
    n.remove(i);
    v.remove(i);
    return new AttributeList(n.toArray(new String[0]), v.toArray(new String[0]), n.size());
  }

  /** Renders {@code NAME=value,...} with the raw values. */
  public String render() {
    StringBuilder sb = new StringBuilder(size * 16);
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(names[i]).append('=').append(values[i]);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  /**
   * Wraps a value as a quoted-string; CR, LF and {@code "} cannot be represented and are dropped.
   */
  public static String quote(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '"' && c != '\r' && c != '\n') {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  static String unquote(String v) {
    int n = v.length();
    if (n >= 2 && v.charAt(0) == '"' && v.charAt(n - 1) == '"') {
      return v.substring(1, n - 1);
    }
    if (n >= 1 && v.charAt(0) == '"') {
      return v.substring(1); // unterminated quote, recorded as a problem by the tokenizer
    }
    return v;
  }

  static OptionalLong parseLong(String s) {
    int n = s.length();
    if (n == 0 || n > 18) {
      return OptionalLong.empty();
    }
    long r = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalLong.empty();
      }
      r = r * 10 + (c - '0');
    }
    return OptionalLong.of(r);
  }

  private int indexOf(String name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private int checkIndex(int index) {
    return java.util.Objects.checkIndex(index, size);
  }

  /** Single-pass tokenizer (RFC 8216 §4.2): AttributeName=AttributeValue, comma-separated. */
  private static final class Tokenizer {
    private final String s;
    private final int n;
    String[] names = new String[8];
    String[] values = new String[8];
    int size;
    List<String> problems = List.of();

    Tokenizer(String s) {
      this.s = s;
      this.n = s.length();
    }

    void run() {
      int i = 0;
      while (i < n) {
        if (size >= MAX_ATTRIBUTES) {
          problem("more than " + MAX_ATTRIBUTES + " attributes: [" + s.substring(i) + "]");
          return;
        }
        i = skipBlanks(i);
        if (i >= n) {
          break;
        }
        i = attribute(i);
      }
    }

    /** Reads one attribute starting at {@code i}; returns the index after its comma. */
    private int attribute(int i) {
      int eq = i;
      while (eq < n && s.charAt(eq) != '=' && s.charAt(eq) != ',') {
        eq++;
      }
      if (eq >= n || s.charAt(eq) == ',') {
        String frag = s.substring(i, eq).strip();
        if (!frag.isEmpty()) {
          problem("attribute without '=': [" + frag + "]");
        }
        return eq + 1;
      }
      String name = s.substring(i, trimEnd(i, eq));
      if (name.isEmpty()) {
        problem("attribute without a name at offset [" + i + "]");
      }
      int v = skipBlanks(eq + 1);
      int next;
      String value;
      if (v < n && s.charAt(v) == '"') {
        int close = s.indexOf('"', v + 1);
        if (close < 0) {
          problem("unterminated quoted-string: [" + s.substring(v) + "]");
          value = s.substring(v);
          next = n;
        } else {
          value = s.substring(v, close + 1);
          int comma = s.indexOf(',', close + 1);
          int end = comma < 0 ? n : comma;
          if (trimEnd(close + 1, end) > close + 1) {
            problem("text after quoted-string: [" + s.substring(close + 1, end) + "]");
          }
          next = end + 1;
        }
      } else {
        int comma = s.indexOf(',', v);
        int end = comma < 0 ? n : comma;
        value = s.substring(v, trimEnd(v, end));
        next = end + 1;
      }
      add(name, value);
      return next;
    }

    private void add(String name, String value) {
      for (int k = 0; k < size; k++) {
        if (names[k].equals(name)) {
          problem("duplicate attribute: [" + name + "]"); // RFC 8216 §4.2: MUST NOT
          values[k] = value;
          return;
        }
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size] = value;
      size++;
    }

    private int skipBlanks(int i) {
      while (i < n && HlsLine.isSpace(s.charAt(i))) {
        i++;
      }
      return i;
    }

    private int trimEnd(int from, int end) {
      while (end > from && HlsLine.isSpace(s.charAt(end - 1))) {
        end--;
      }
      return end;
    }

    private void problem(String p) {
      if (problems.isEmpty()) {
        problems = new ArrayList<>(2);
      }
      if (problems.size() < 16) {
        problems.add(p);
      }
    }
  }
}
