package io.splicer.tracking;

/** Where an ad break sits, as {@code [BREAKPOSITION]} reports it (VAST 4.1 §6.2.3). */
public enum BreakPosition {
  PREROLL(1),
  MIDROLL(2),
  POSTROLL(3),
  STANDALONE(4);

  private final int code;

  BreakPosition(int code) {
    this.code = code;
  }

  /** The macro value. */
  public int code() {
    return code;
  }
}
