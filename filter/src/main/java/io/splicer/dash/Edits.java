package io.splicer.dash;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Non-overlapping replacements of character spans, applied in one copy (untouched text verbatim).
 */
final class Edits {

  private record Edit(int start, int end, String replacement) {}

  private final List<Edit> edits = new ArrayList<>();

  void replace(Span span, String replacement) {
    edits.add(new Edit(span.start(), span.end(), replacement));
  }

  void insert(int offset, String text) {
    edits.add(new Edit(offset, offset, text));
  }

  /** Removes the span and the indentation and line break before it. */
  void delete(String text, Span span) {
    Span cut = withLeadingWhitespace(text, span);
    edits.add(new Edit(cut.start(), cut.end(), ""));
  }

  boolean isEmpty() {
    return edits.isEmpty();
  }

  /** Appends {@code text[from, to)} with the edits inside it applied. */
  void applyTo(StringBuilder out, String text, int from, int to) {
    edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    int at = from;
    for (Edit e : edits) {
      if (e.start < from || e.end > to) {
        continue;
      }
      if (e.start < at) {
        throw new IllegalStateException("overlapping edits at [" + e.start + "]");
      }
      out.append(text, at, e.start).append(e.replacement);
      at = e.end;
    }
    out.append(text, at, to);
  }

  /** The span extended back over spaces/tabs and one preceding line break. */
  static Span withLeadingWhitespace(String text, Span span) {
    int s = span.start();
    while (s > 0 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\t')) {
      s--;
    }
    if (s > 0 && text.charAt(s - 1) == '\n') {
      s--;
      if (s > 0 && text.charAt(s - 1) == '\r') {
        s--;
      }
    } else if (s != span.start() && s > 0 && text.charAt(s - 1) != '>') {
      s = span.start();
    }
    return new Span(s, span.end());
  }
}
