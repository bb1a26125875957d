package io.splicer.dash;

/**
 * Character range [start, end) in an MPD's decoded text.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + "]");
    }
  }
}
