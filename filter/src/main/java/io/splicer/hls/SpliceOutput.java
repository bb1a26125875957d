package io.splicer.hls;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The text of a personalised playlist being written, with what the output has declared so far (keys
 * per KEYFORMAT, map) and the per-group counters behind {@link SpliceState}. Lines are written as
 * {@link HlsWriter} writes them: their own terminator, the dominant one for new lines and for an
 * unterminated line that something follows.
 */
final class SpliceOutput {

  static final String DISCONTINUITY = "EXT-X-DISCONTINUITY";

  private final StringBuilder text;
  private final @Nullable ParsedLines input;

  /**
   * A range of the input text not yet copied: unchanged input lines in a row are copied at once.
   */
  private int copyFrom;

  private int copyTo;

  private final String eol;
  private boolean unterminated;
  final Map<String, String> keys = new LinkedHashMap<>();
  @Nullable String map;
  final int[] groupSegments;
  final int[] groupDiscontinuities;
  long nextSequence;

  /** The segments written so far (sequence, duration). */
  final List<SpliceResult.Segment> written;

  int segments;
  int lastSegmentGroup = -1;
  boolean lastWasAd;

  SpliceOutput(
      int capacity, String eol, @Nullable ParsedLines input, int groups, long firstSequence) {
    this.text = new StringBuilder(capacity);
    this.input = input;
    this.eol = eol;
    this.groupSegments = new int[Math.max(groups, 1)];
    this.groupDiscontinuities = new int[Math.max(groups, 1)];
    this.nextSequence = firstSequence;
    this.written = new ArrayList<>(groups + 16);
  }

  /** Appends a line, tracking KEY/MAP declarations and origin discontinuities of {@code group}. */
  /**
   * Appends a line; {@code inputLine} is the index of {@code l} in the input when it is that line
   * unchanged (its text is then copied from the input with its neighbours), else -1.
   */
  void line(HlsLine l, int group, int inputLine) {
    if (l.kind() == HlsLine.Kind.TAG) {
      String name = l.name();
      if ("EXT-X-KEY".equals(name)) {
        declareKey(l.text());
      } else if ("EXT-X-MAP".equals(name)) {
        map = l.text();
      } else if (DISCONTINUITY.equals(name)) {
        groupDiscontinuities[clamp(group)]++;
      }
    }
    write(l, inputLine);
  }

  private void write(HlsLine l, int inputLine) {
    if (input == null || inputLine < 0) {
      write(l.text(), l.eol());
    } else if (copyTo == input.start(inputLine) && copyTo > copyFrom) {
      copyTo = input.end(inputLine);
    } else {
      copyPending();
      copyFrom = input.start(inputLine);
      copyTo = input.end(inputLine);
    }
  }

  private void copyPending() {
    if (copyTo > copyFrom && input != null) {
      if (unterminated) {
        text.append(eol);
      }
      String source = input.source;
      text.append(source, copyFrom, copyTo);
      char last = source.charAt(copyTo - 1);
      unterminated = copyTo == source.length() && last != '\n' && last != '\r';
      copyFrom = copyTo;
    }
  }

  /** Appends one line of text with its terminator (null: the dominant one). */
  private void write(String line, @Nullable String terminator) {
    copyPending();
    if (unterminated) {
      text.append(eol);
    }
    text.append(line);
    unterminated = terminator != null && terminator.isEmpty();
    text.append(terminator == null ? eol : terminator);
  }

  /** The playlist written so far. */
  String text() {
    copyPending();
    return text.toString();
  }

  /** A segment URI line closing a segment of {@code group}, whose EXTINF said {@code duration}. */
  void segment(HlsLine uri, int group, boolean ad, int inputLine, MediaTime duration) {
    write(uri, inputLine);
    written.add(new SpliceResult.Segment(nextSequence, duration));
    int g = clamp(group);
    groupSegments[g]++;
    lastSegmentGroup = g;
    segments++;
    nextSequence++;
    lastWasAd = ad;
  }

  /**
   * A discontinuity we add: written only when a segment precedes it, and counted with that
   * segment's group, so a window starting right after it needs no leading tag and the counters stay
   * exact when the group slides out.
   */
  void discontinuity() {
    if (segments == 0) {
      return;
    }
    write("#" + DISCONTINUITY, null);
    groupDiscontinuities[lastSegmentGroup]++;
  }

  /** Declares the given key lines (KEYFORMAT → text) and map unless already in effect. */
  void ensure(Map<String, String> wantKeys, @Nullable String wantMap) {
    if (!keys.equals(wantKeys)) {
      if (!keys.isEmpty() && !wantKeys.keySet().containsAll(keys.keySet())) {
        newLine("#EXT-X-KEY:METHOD=NONE");
      }
      for (String text : wantKeys.values()) {
        newLine(text);
      }
    }
    if (wantMap != null && !wantMap.equals(map)) {
      newLine(wantMap);
    }
  }

  /** A new tag line (EXT-X-KEY and EXT-X-MAP are tracked as declared). */
  void newLine(String line) {
    if (line.startsWith("#EXT-X-KEY:")) {
      declareKey(line);
    } else if (line.startsWith("#EXT-X-MAP:")) {
      map = line;
    }
    write(line, null);
  }

  /** A new {@code #EXTINF:<seconds>,} line (RFC 8216 §4.3.2.1), written in place. */
  void extInf(MediaTime duration) {
    copyPending();
    if (unterminated) {
      text.append(eol);
      unterminated = false;
    }
    HlsTag.appendSeconds(text.append("#EXTINF:"), duration).append(',').append(eol);
  }

  private void declareKey(String text) {
    AttributeList a = AttributeList.parse(text.substring(text.indexOf(':') + 1));
    if ("NONE".equals(a.raw("METHOD"))) {
      keys.clear();
    } else {
      keys.put(a.string("KEYFORMAT").orElse("identity"), text);
    }
  }

  /** Whether a KEY/MAP line would re-declare exactly what is in effect. */
  boolean redundant(HlsLine l) {
    if (l.isTag("EXT-X-MAP")) {
      return l.text().equals(map);
    }
    if (l.isTag("EXT-X-KEY")) {
      AttributeList a = TagCodecs.attributes(l);
      return Objects.equals(keys.get(a.string("KEYFORMAT").orElse("identity")), l.text());
    }
    return false;
  }

  private int clamp(int group) {
    return group < 0 ? Math.max(lastSegmentGroup, 0) : Math.min(group, groupSegments.length - 1);
  }
}
