package io.splicer.hls;

/**
 * A classified problem found in a playlist (design rule 6): what, where (1-based line, 0 when the
 * whole playlist), and the offending value.
 *
 * @param code the class of problem
 * @param line 1-based line number, or 0
 * @param value the offending text, clipped to {@value #MAX_VALUE} characters
 * @param detail a human-readable explanation
 */
public record HlsProblem(Code code, int line, String value, String detail) {

  static final int MAX_VALUE = 120;

  /** Problem classes. {@link #isFatal()} ones make a playlist unusable even in lenient mode. */
  public enum Code {
    EMPTY(true),
    MISSING_EXTM3U(true),
    MIXED_PLAYLIST(false),
    TEXT_BEFORE_EXTM3U(false),
    MALFORMED_ATTRIBUTES(false),
    MALFORMED_TAG_VALUE(false),
    MISSING_REQUIRED_ATTRIBUTE(false),
    MISSING_EXTINF(false),
    SEGMENT_LONGER_THAN_TARGET(false),
    TAG_AFTER_ENDLIST(false),
    // cue detection
    UNSUPPORTED_CUE_DURATION(false),
    CUE_WITHOUT_BREAK(false),
    STACKED_INSERTION_POINTS(false),
    UNMATCHED_CUE_OUT(false),
    INVALID_SCTE35(false),
    // splicing
    PLAN_MISMATCH(false);

    private final boolean fatal;

    Code(boolean fatal) {
      this.fatal = fatal;
    }

    public boolean isFatal() {
      return fatal;
    }
  }

  public HlsProblem {
    if (value.length() > MAX_VALUE) {
      value = value.substring(0, MAX_VALUE) + "…";
    }
  }

  @Override
  public String toString() {
    return code + " at line " + line + ": " + detail + " [" + value + "]";
  }
}
