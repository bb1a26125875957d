package io.splicer.dash;

/**
 * Locates tags in the text of a document that a StAX reader has already accepted as well-formed, in
 * step with the reader's START_ELEMENT / END_ELEMENT events. The JDK reader's own character offsets
 * drift (line-end normalisation, entity and character references, supplementary characters), so the
 * rewriter finds the exact character spans to copy or replace here.
 *
 * <p>Comments, CDATA sections and processing instructions are skipped; a DOCTYPE never reaches this
 * class (the hardened reader refuses it). Attribute values may contain {@code >}, never {@code <}.
 */
final class TagScanner {

  private final String text;
  private int pos;
  private int pendingEmptyEnd = -1;
  private int lastStart;
  private int lastEnd;
  private boolean lastSelfClosing;

  TagScanner(String text) {
    this.text = text;
  }

  /** Moves to the next start tag; see {@link #start()}, {@link #end()}, {@link #selfClosing()}. */
  void nextStartTag() {
    int lt = nextMarkup();
    int end = tagEnd(lt);
    lastStart = lt;
    lastEnd = end;
    lastSelfClosing = text.charAt(end - 2) == '/';
    pendingEmptyEnd = lastSelfClosing ? end : -1;
    pos = end;
  }

  /**
   * Moves to the end of the current element: the end tag, or for an empty-element tag the same span
   * as its start tag.
   */
  void nextEndTag() {
    if (pendingEmptyEnd >= 0) {
      lastSelfClosing = true;
      pendingEmptyEnd = -1;
      return;
    }
    int lt = nextMarkup();
    int gt = text.indexOf('>', lt);
    lastStart = lt;
    lastEnd = gt + 1;
    lastSelfClosing = false;
    pos = lastEnd;
  }

  /** Offset of the {@code <} of the current tag. */
  int start() {
    return lastStart;
  }

  /** Offset just after the {@code >} of the current tag. */
  int end() {
    return lastEnd;
  }

  boolean selfClosing() {
    return lastSelfClosing;
  }

  /** The next {@code <} that opens a start or end tag, skipping comments, CDATA and PIs. */
  private int nextMarkup() {
    int i = pos;
    while (true) {
      int lt = text.indexOf('<', i);
      if (lt < 0) {
        throw new IllegalStateException("tag expected after offset [" + i + "]");
      }
      if (text.startsWith("<!--", lt)) {
        i = text.indexOf("-->", lt + 4) + 3;
      } else if (text.startsWith("<![CDATA[", lt)) {
        i = text.indexOf("]]>", lt + 9) + 3;
      } else if (text.startsWith("<?", lt)) {
        i = text.indexOf("?>", lt + 2) + 2;
      } else if (text.startsWith("<!", lt)) {
        i = text.indexOf('>', lt + 2) + 1;
      } else {
        return lt;
      }
    }
  }

  /** The offset after the {@code >} closing the start tag at {@code lt}, quote-aware. */
  private int tagEnd(int lt) {
    char quote = 0;
    for (int i = lt + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    throw new IllegalStateException("unterminated tag at offset [" + lt + "]");
  }
}
