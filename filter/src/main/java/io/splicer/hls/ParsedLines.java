package io.splicer.hls;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The immutable line list of a parsed playlist, remembering the text it was split from. Splitting
 * keeps every character, so writing these lines unchanged reproduces {@code source} exactly and
 * {@link HlsWriter} can return it without copying (design rule 1: pass-through is byte-exact).
 */
final class ParsedLines extends AbstractList<HlsLine> implements RandomAccess {

  final String source;
  private final HlsLine[] lines;

  /** Offset in {@code source} where each line starts; {@code starts[size]} is its length. */
  private final int[] starts;

  private final int size;

  /** Lines ended by CRLF, and by LF or CR (for the dominant terminator). */
  final int crlfLines;

  final int otherTerminatedLines;

  ParsedLines(
      String source,
      HlsLine[] lines,
      int[] starts,
      int size,
      int crlfLines,
      int otherTerminatedLines) {
    this.source = source;
    this.lines = lines;
    this.starts = starts;
    this.size = size;
    this.crlfLines = crlfLines;
    this.otherTerminatedLines = otherTerminatedLines;
  }

  /** Where line {@code index} starts in {@code source}. */
  int start(int index) {
    return starts[index];
  }

  /** Where line {@code index} ends in {@code source}, its terminator included. */
  int end(int index) {
    return starts[index + 1];
  }

  @Override
  public HlsLine get(int index) {
    return lines[java.util.Objects.checkIndex(index, size)];
  }

  @Override
  public int size() {
    return size;
  }
}
