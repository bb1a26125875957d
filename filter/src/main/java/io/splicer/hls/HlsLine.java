package io.splicer.hls;

import org.jspecify.annotations.Nullable;

/**
 * One line of a playlist, kept exactly as read (RFC 8216 §4.1: each line is a URI, blank, or starts
 * with {@code #}).
 *
 * <p>{@code text} is the line without its terminator; {@code eol} is the terminator that followed
 * it in the input ({@code "\n"}, {@code "\r\n"}, {@code "\r"} or {@code ""} for a last line with
 * none), or {@code null} for a line created by an edit, which is written with the playlist's
 * dominant terminator. Untouched lines are therefore written back byte for byte (design rule 1).
 *
 * @param kind what the line is
 * @param text the exact line text
 * @param name for a tag, its name without {@code #} and colon (e.g. {@code EXTINF}); else null
 * @param eol the original terminator, or null for a new/edited line
 */
public record HlsLine(Kind kind, String text, @Nullable String name, @Nullable String eol) {

  /** Line kinds (RFC 8216 §4.1). */
  public enum Kind {
    /** A line starting with {@code #EXT}. */
    TAG,
    /** A line starting with {@code #} that is not a tag. */
    COMMENT,
    /** A URI line (segment or variant). */
    URI,
    /** An empty or whitespace-only line. */
    BLANK
  }

  /** Classifies a raw line (no terminator). */
  static HlsLine read(String text, @Nullable String eol) {
    int n = text.length();
    int i = 0;
    while (i < n && isSpace(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return new HlsLine(Kind.BLANK, text, null, eol);
    }
    if (text.charAt(i) != '#') {
      return new HlsLine(Kind.URI, text, null, eol);
    }
    if (!text.startsWith("EXT", i + 1)) {
      return new HlsLine(Kind.COMMENT, text, null, eol);
    }
    int colon = text.indexOf(':', i);
    int end = colon < 0 ? n : colon;
    while (end > i + 1 && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return new HlsLine(Kind.TAG, text, TagCodecs.name(text, i + 1, end), eol);
  }

  /** A new tag line {@code #NAME} or {@code #NAME:value} (value may be null). */
  public static HlsLine tag(String name, @Nullable String value) {
    String text = value == null ? "#" + name : "#" + name + ":" + value;
    return new HlsLine(Kind.TAG, text, name, null);
  }

  /** A new URI line. */
  public static HlsLine uri(String uri) {
    return new HlsLine(Kind.URI, uri, null, null);
  }

  public boolean isTag() {
    return kind == Kind.TAG;
  }

  public boolean isTag(String tagName) {
    return kind == Kind.TAG && tagName.equals(name);
  }

  public boolean isUri() {
    return kind == Kind.URI;
  }

  /** The text after the first colon of a tag, or null if the tag has no value. */
  public @Nullable String value() {
    if (kind != Kind.TAG) {
      return null;
    }
    int colon = text.indexOf(':');
    return colon < 0 ? null : text.substring(colon + 1);
  }

  /** The URI of a URI line, without surrounding whitespace. */
  public String uriText() {
    return text.strip();
  }

  /** This line with new text, keeping its terminator. */
  public HlsLine withText(String newText) {
    return newText.equals(text) ? this : new HlsLine(kind, newText, name, eol);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\uFEFF';
  }
}
