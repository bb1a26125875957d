package io.splicer.dash;

/**
 * An MPD (or ad creative MPD) that cannot be read at all: not well-formed, too large, not an MPD.
 * Carries the element path and the offending value in {@code [...]} (design rule 6).
 */
public final class DashException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** Not well-formed XML, a DOCTYPE, or beyond the size/depth limits. */
    MALFORMED,
    /** Well-formed, but the root element is not {@code MPD}. */
    NOT_AN_MPD,
    /** An MPD attribute the rewriter needs has a value it cannot read. */
    INVALID_VALUE
  }

  private final Kind kind;
  private final String path;
  private final String offendingValue;

  public DashException(Kind kind, String path, String message, String offendingValue) {
    super(message + " at " + path + " [" + offendingValue + "]");
    this.kind = kind;
    this.path = path;
    this.offendingValue = offendingValue;
  }

  public DashException(
      Kind kind, String path, String message, String offendingValue, Throwable cause) {
    super(message + " at " + path + " [" + offendingValue + "]", cause);
    this.kind = kind;
    this.path = path;
    this.offendingValue = offendingValue;
  }

  public Kind kind() {
    return kind;
  }

  /** Element path such as {@code /MPD/Period[2]/EventStream}. */
  public String path() {
    return path;
  }

  public String offendingValue() {
    return offendingValue;
  }
}
