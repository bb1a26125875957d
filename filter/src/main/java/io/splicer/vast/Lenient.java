package io.splicer.vast;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Lenient reading of bound text and attributes: trims (ad servers wrap CDATA in whitespace), parses
 * numbers and booleans forgivingly, and records every tolerated problem as an issue with the
 * offending value in {@code [...]}. One instance per parse; not thread-safe.
 */
final class Lenient {

  private final List<String> issues = new ArrayList<>();

  List<String> issues() {
    return List.copyOf(issues);
  }

  void issue(String message) {
    issues.add(message);
  }

  /** Trimmed text, {@code null} when absent or blank. */
  static @Nullable String text(VastXml.@Nullable Txt t) {
    return t == null ? null : trim(t.value);
  }

  static @Nullable String trim(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  /** Trimmed non-blank texts of the elements, in order. */
  static List<String> texts(List<VastXml.Txt> elements) {
    List<String> out = new ArrayList<>(elements.size());
    for (VastXml.Txt t : elements) {
      String s = text(t);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** An integer attribute; blank is absent, garbage is absent plus an issue. */
  @Nullable Integer integer(@Nullable String value, String where) {
    String s = trim(value);
    if (s == null) {
      return null;
    }
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      try {
        // "500.0" and the like: keep the whole part
        return new java.math.BigDecimal(s).intValue();
      } catch (NumberFormatException e2) {
        issue(where + ": not an integer [" + value + "]");
        return null;
      }
    }
  }

  /** A boolean attribute: {@code true}/{@code false}/{@code 1}/{@code 0} in any case. */
  @Nullable Boolean bool(@Nullable String value, String where) {
    String s = trim(value);
    if (s == null) {
      return null;
    }
    if (s.equalsIgnoreCase("true") || s.equals("1")) {
      return Boolean.TRUE;
    }
    if (s.equalsIgnoreCase("false") || s.equals("0")) {
      return Boolean.FALSE;
    }
    issue(where + ": not a boolean [" + value + "]");
    return null;
  }

  boolean bool(@Nullable String value, String where, boolean absent) {
    Boolean b = bool(value, where);
    return b == null ? absent : b;
  }

  /** A {@code HH:MM:SS(.mmm)} time; garbage is absent plus an issue. */
  @Nullable MediaTime clock(@Nullable String value, String where) {
    String s = trim(value);
    if (s == null) {
      return null;
    }
    try {
      return VastTimes.parseClock(s);
    } catch (NumberFormatException e) {
      issue(where + ": not HH:MM:SS(.mmm) [" + value + "]");
      return null;
    }
  }
}
