package io.splicer.scte35;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** splice_schedule() (SCTE 35 §9.7.2), type 0x04. */
public record SpliceSchedule(List<Event> events) implements SpliceCommand {

  public static final int TYPE = 0x04;

  /**
   * One scheduled splice event. When {@code spliceEventCancelIndicator} is set the other fields are
   * not transmitted and hold their defaults.
   *
   * @param utcSpliceTime seconds since 1980-01-06 00:00 UTC (GPS epoch), present when
   *     program_splice_flag is set
   */
  public record Event(
      long spliceEventId,
      boolean spliceEventCancelIndicator,
      boolean outOfNetworkIndicator,
      boolean programSpliceFlag,
      OptionalLong utcSpliceTime,
      List<Component> components,
      Optional<BreakDuration> breakDuration,
      int uniqueProgramId,
      int availNum,
      int availsExpected) {
    public Event {
      utcSpliceTime = utcSpliceTime == null ? OptionalLong.empty() : utcSpliceTime;
      components = components == null ? List.of() : List.copyOf(components);
      breakDuration = breakDuration == null ? Optional.empty() : breakDuration;
    }
  }

  /** A component_tag with its utc_splice_time. */
  public record Component(int componentTag, long utcSpliceTime) {}

  public SpliceSchedule {
    events = events == null ? List.of() : List.copyOf(events);
  }

  @Override
  public int type() {
    return TYPE;
  }
}
