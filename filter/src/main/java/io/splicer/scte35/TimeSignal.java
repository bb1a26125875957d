package io.splicer.scte35;

import java.util.Objects;

/** time_signal() (SCTE 35 §9.7.4), type 0x06. */
public record TimeSignal(SpliceTime spliceTime) implements SpliceCommand {
  public static final int TYPE = 0x06;

  public TimeSignal {
    Objects.requireNonNull(spliceTime, "spliceTime");
  }

  @Override
  public int type() {
    return TYPE;
  }
}
