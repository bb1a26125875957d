package io.splicer.scte35;

/**
 * break_duration() (SCTE 35 §9.8.2).
 *
 * @param autoReturn auto_return flag
 * @param duration 33-bit duration in 90 kHz ticks
 */
public record BreakDuration(boolean autoReturn, long duration) {
  public BreakDuration {
    if (duration < 0 || duration > SpliceTime.PTS_MASK) {
      throw new IllegalArgumentException("break duration exceeds 33 bits: [" + duration + "]");
    }
  }
}
