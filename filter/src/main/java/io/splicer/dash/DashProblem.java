package io.splicer.dash;

import java.util.Objects;

/**
 * Something the reader, detector or rewriter ignored or could not honour, reported as data (the
 * lenient production path counts these; strict tests assert on them).
 *
 * @param kind classification
 * @param path element path, e.g. {@code /MPD/Period[1]/EventStream[1]/Event[2]}
 * @param message detail carrying the offending value in {@code [...]}
 */
public record DashProblem(DashProblem.Kind kind, String path, String message) {

  /** Problem classes (names follow MediaTailor's log vocabulary where one exists). */
  public enum Kind {
    /** An SCTE-35 binary that does not decode as a splice_info_section (SCTE35_PARSING_ERROR). */
    SCTE35_PARSING_ERROR,
    /** An SCTE-35 XML SpliceInfoSection without a command the detector understands. */
    SCTE35_UNSUPPORTED_COMMAND,
    /** An attribute value that is not a number/duration where one is required; ignored. */
    INVALID_VALUE,
    /** A SegmentTemplate without SegmentTimeline, or SegmentList/SegmentBase: cannot be split. */
    UNSUPPORTED_SEGMENT_ADDRESSING,
    /** A break that is not in the MPD (slid out of the live window, or a wrong period). */
    BREAK_NOT_FOUND,
    /** Ads longer than the avail (or cut by an early cue-in): the last ad was truncated/dropped. */
    AD_TRUNCATED,
    /** An ad creative without AdaptationSets matching the content. */
    AD_NOT_MATCHED,
    /** A BaseURL that could not be resolved against the origin URL; left as it was. */
    BASE_URL_UNRESOLVED
  }

  public DashProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return kind + " at " + path + ": " + message;
  }
}
