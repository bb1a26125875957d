package io.splicer.scte35;

import java.util.List;
import java.util.Optional;

/**
 * splice_insert() (SCTE 35 §9.7.3), type 0x05. When {@code spliceEventCancelIndicator} is set the
 * remaining fields are not transmitted and hold their defaults.
 *
 * @param spliceTime present when program_splice_flag is set and splice_immediate_flag is not
 * @param components per-component splice times when program_splice_flag is clear (the time is
 *     absent when splice_immediate_flag is set)
 * @param breakDuration present when duration_flag is set
 */
public record SpliceInsert(
    long spliceEventId,
    boolean spliceEventCancelIndicator,
    boolean outOfNetworkIndicator,
    boolean programSpliceFlag,
    boolean spliceImmediateFlag,
    Optional<SpliceTime> spliceTime,
    List<Component> components,
    Optional<BreakDuration> breakDuration,
    int uniqueProgramId,
    int availNum,
    int availsExpected)
    implements SpliceCommand {

  public static final int TYPE = 0x05;

  /** One component_tag with its optional splice_time (§9.7.3). */
  public record Component(int componentTag, Optional<SpliceTime> spliceTime) {
    public Component {
      spliceTime = spliceTime == null ? Optional.empty() : spliceTime;
    }
  }

  public SpliceInsert {
    spliceTime = spliceTime == null ? Optional.empty() : spliceTime;
    components = components == null ? List.of() : List.copyOf(components);
    breakDuration = breakDuration == null ? Optional.empty() : breakDuration;
  }

  /** A cancellation of a previously sent splice_insert event. */
  public static SpliceInsert cancel(long spliceEventId) {
    return new SpliceInsert(
        spliceEventId,
        true,
        false,
        false,
        false,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        0,
        0,
        0);
  }

  /** A program-level splice at {@code ptsTime} (or immediate when empty). */
  public static SpliceInsert program(
      long spliceEventId,
      boolean outOfNetwork,
      Optional<SpliceTime> spliceTime,
      Optional<BreakDuration> breakDuration,
      int uniqueProgramId) {
    return new SpliceInsert(
        spliceEventId,
        false,
        outOfNetwork,
        true,
        spliceTime.isEmpty(),
        spliceTime,
        List.of(),
        breakDuration,
        uniqueProgramId,
        0,
        0);
  }

  @Override
  public int type() {
    return TYPE;
  }
}
