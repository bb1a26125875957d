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
  private final int size;

  /** Lines ended by CRLF, and by LF or CR (for the dominant terminator). */
  final int crlfLines;

  final int otherTerminatedLines;

  ParsedLines(String source, HlsLine[] lines, int size, int crlfLines, int otherTerminatedLines) {
    this.source = source;
    this.lines = lines;
    this.size = size;
    this.crlfLines = crlfLines;
    this.otherTerminatedLines = otherTerminatedLines;
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
