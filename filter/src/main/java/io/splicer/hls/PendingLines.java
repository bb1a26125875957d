package io.splicer.hls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The lines read since the last segment URI and not yet written (confined to one {@link
 * SpliceRun}): the next segment's tags, and the playlist header before the first segment.
 */
final class PendingLines {

  /** Tags of the playlist, not of a segment (RFC 8216bis §4.4.1, §4.4.2, §4.4.3). */
  private static final Set<String> PLAYLIST_TAGS =
      Set.of(
          "EXTM3U",
          "EXT-X-VERSION",
          "EXT-X-DEFINE",
          "EXT-X-INDEPENDENT-SEGMENTS",
          "EXT-X-START",
          "EXT-X-TARGETDURATION",
          "EXT-X-MEDIA-SEQUENCE",
          "EXT-X-DISCONTINUITY-SEQUENCE",
          "EXT-X-PLAYLIST-TYPE",
          "EXT-X-I-FRAMES-ONLY",
          "EXT-X-PART-INF",
          "EXT-X-SERVER-CONTROL",
          "EXT-X-ALLOW-CACHE",
          "EXT-X-ENDLIST");

  private final List<HlsLine> lines = new ArrayList<>();

  /** For each line: its index when it is the input line unchanged, else -1. */
  private int[] inputLines = new int[16];

  /** Adds a line; {@code inputLine} is its index in the input when unchanged, else -1. */
  void add(HlsLine l, int inputLine) {
    int k = lines.size();
    if (k == inputLines.length) {
      inputLines = Arrays.copyOf(inputLines, k * 2);
    }
    inputLines[k] = inputLine;
    lines.add(l);
  }

  /** Writes every pending line; with {@code dedupe}, not the KEY/MAP lines already in effect. */
  void writeTo(SpliceOutput out, int group, boolean dedupe) {
    for (int k = 0; k < lines.size(); k++) {
      HlsLine l = lines.get(k);
      if (!dedupe || !out.redundant(l)) {
        out.line(l, group, inputLines[k]);
      }
    }
    lines.clear();
  }

  /**
   * Writes the lines that do not belong to the segment being read: playlist header tags (they stay
   * on top when the segment is the window's first) and kept cue markers (a CUE-OUT opens the break,
   * so it precedes the ads), with the comment and blank lines before the segment's first tag. The
   * segment's own lines stay pending, in order: the media segment tags (RFC 8216 §4.3.2: they apply
   * to the next URI), and DATERANGE and unknown tags, which keep their place next to it.
   */
  void writeLeading(SpliceOutput out, int group) {
    int kept = 0;
    boolean segmentTags = false;
    for (int k = 0; k < lines.size(); k++) {
      HlsLine l = lines.get(k);
      String name = l.name() == null ? "" : l.name();
      boolean leading =
          l.kind() == HlsLine.Kind.TAG
              ? PLAYLIST_TAGS.contains(name) || CueTags.REMOVED.contains(name)
              : !segmentTags;
      if (leading) {
        out.line(l, group, inputLines[k]);
      } else {
        segmentTags |= l.kind() == HlsLine.Kind.TAG;
        inputLines[kept] = inputLines[k];
        lines.set(kept++, l);
      }
    }
    lines.subList(kept, lines.size()).clear();
  }

  /** Writes the pending EXT-X-DISCONTINUITY line, if any, ahead of the others; whether it did. */
  boolean writeDiscontinuity(SpliceOutput out, int group) {
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).isTag(SpliceOutput.DISCONTINUITY)) {
        out.line(lines.remove(k), group, inputLines[k]);
        System.arraycopy(inputLines, k + 1, inputLines, k, lines.size() - k);
        return true;
      }
    }
    return false;
  }
}
