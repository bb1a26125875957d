package io.splicer.scte35;

import java.util.OptionalLong;

/**
 * splice_time() (SCTE 35 §9.8.1): a 33-bit pts_time in 90 kHz ticks when time_specified_flag is
 * set, before pts_adjustment is applied.
 */
public record SpliceTime(OptionalLong ptsTime) {
  static final long PTS_MASK = (1L << 33) - 1;

  public SpliceTime {
    ptsTime = ptsTime == null ? OptionalLong.empty() : ptsTime;
    if (ptsTime.isPresent() && (ptsTime.getAsLong() & ~PTS_MASK) != 0) {
      throw new IllegalArgumentException("pts_time exceeds 33 bits: [" + ptsTime.getAsLong() + "]");
    }
  }

  public static SpliceTime of(long ptsTime) {
    return new SpliceTime(OptionalLong.of(ptsTime));
  }

  /** time_specified_flag = 0. */
  public static SpliceTime unspecified() {
    return new SpliceTime(OptionalLong.empty());
  }

  public boolean timeSpecified() {
    return ptsTime.isPresent();
  }
}
