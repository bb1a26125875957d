package io.splicer.scte35;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads splice commands (SCTE 35 §9.7) from a bounded {@link BitReader}. */
final class CommandReader {
  private CommandReader() {}

  /**
   * Reads the command of {@code type}. {@code privateLength} is the byte length for private_command
   * (the only command that is not self-delimiting).
   */
  static SpliceCommand read(int type, BitReader r, int privateLength) throws Scte35Exception {
    return switch (type) {
      case SpliceNull.TYPE -> new SpliceNull();
      case SpliceSchedule.TYPE -> schedule(r);
      case SpliceInsert.TYPE -> insert(r);
      case TimeSignal.TYPE -> new TimeSignal(spliceTime(r, "time_signal.splice_time"));
      case BandwidthReservation.TYPE -> new BandwidthReservation();
      case PrivateCommand.TYPE -> privateCommand(r, privateLength);
      default ->
          throw new Scte35Exception(
              Scte35Problem.Kind.UNKNOWN_COMMAND,
              "splice_command_type",
              "reserved splice_command_type [0x" + Integer.toHexString(type) + "]");
    };
  }

  // SCTE 35 §9.7.3 splice_insert()
  private static SpliceInsert insert(BitReader r) throws Scte35Exception {
    long eventId = r.u32("splice_insert.splice_event_id");
    boolean cancel = r.flag("splice_insert.splice_event_cancel_indicator");
    r.skip(7, "splice_insert.reserved");
    if (cancel) {
      return SpliceInsert.cancel(eventId);
    }
    boolean out = r.flag("splice_insert.out_of_network_indicator");
    boolean program = r.flag("splice_insert.program_splice_flag");
    boolean duration = r.flag("splice_insert.duration_flag");
    boolean immediate = r.flag("splice_insert.splice_immediate_flag");
    r.skip(4, "splice_insert.reserved");
    Optional<SpliceTime> time = Optional.empty();
    if (program && !immediate) {
      time = Optional.of(spliceTime(r, "splice_insert.splice_time"));
    }
    List<SpliceInsert.Component> components = new ArrayList<>();
    if (!program) {
      int count = r.u8("splice_insert.component_count");
      for (int i = 0; i < count; i++) {
        int tag = r.u8("splice_insert.component_tag");
        Optional<SpliceTime> t =
            immediate
                ? Optional.empty()
                : Optional.of(spliceTime(r, "splice_insert.component.splice_time"));
        components.add(new SpliceInsert.Component(tag, t));
      }
    }
    Optional<BreakDuration> breakDuration =
        duration ? Optional.of(breakDuration(r, "splice_insert.break_duration")) : Optional.empty();
    int uniqueProgramId = r.u16("splice_insert.unique_program_id");
    int availNum = r.u8("splice_insert.avail_num");
    int availsExpected = r.u8("splice_insert.avails_expected");
    return new SpliceInsert(
        eventId,
        false,
        out,
        program,
        immediate,
        time,
        components,
        breakDuration,
        uniqueProgramId,
        availNum,
        availsExpected);
  }

  // SCTE 35 §9.7.2 splice_schedule()
  private static SpliceSchedule schedule(BitReader r) throws Scte35Exception {
    int count = r.u8("splice_schedule.splice_count");
    List<SpliceSchedule.Event> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(scheduleEvent(r));
    }
    return new SpliceSchedule(events);
  }

  private static SpliceSchedule.Event scheduleEvent(BitReader r) throws Scte35Exception {
    long eventId = r.u32("splice_schedule.splice_event_id");
    boolean cancel = r.flag("splice_schedule.splice_event_cancel_indicator");
    r.skip(7, "splice_schedule.reserved");
    if (cancel) {
      return new SpliceSchedule.Event(
          eventId, true, false, false, OptionalLong.empty(), List.of(), Optional.empty(), 0, 0, 0);
    }
    boolean out = r.flag("splice_schedule.out_of_network_indicator");
    boolean program = r.flag("splice_schedule.program_splice_flag");
    boolean duration = r.flag("splice_schedule.duration_flag");
    r.skip(5, "splice_schedule.reserved");
    OptionalLong utc = OptionalLong.empty();
    List<SpliceSchedule.Component> components = new ArrayList<>();
    if (program) {
      utc = OptionalLong.of(r.u32("splice_schedule.utc_splice_time"));
    } else {
      int count = r.u8("splice_schedule.component_count");
      for (int i = 0; i < count; i++) {
        int tag = r.u8("splice_schedule.component_tag");
        components.add(
            new SpliceSchedule.Component(tag, r.u32("splice_schedule.component.utc_splice_time")));
      }
    }
    Optional<BreakDuration> breakDuration =
        duration
            ? Optional.of(breakDuration(r, "splice_schedule.break_duration"))
            : Optional.empty();
    int uniqueProgramId = r.u16("splice_schedule.unique_program_id");
    int availNum = r.u8("splice_schedule.avail_num");
    int availsExpected = r.u8("splice_schedule.avails_expected");
    return new SpliceSchedule.Event(
        eventId,
        false,
        out,
        program,
        utc,
        components,
        breakDuration,
        uniqueProgramId,
        availNum,
        availsExpected);
  }

  // SCTE 35 §9.7.6 private_command()
  private static PrivateCommand privateCommand(BitReader r, int length) throws Scte35Exception {
    if (length < 4) {
      throw new Scte35Exception(
          Scte35Problem.Kind.INVALID_FIELD,
          "splice_command_length",
          "private_command needs a 4-byte identifier, length [" + length + "]");
    }
    long identifier = r.u32("private_command.identifier");
    return new PrivateCommand(
        identifier, Bytes.of(r.bytes(length - 4, "private_command.private_byte")));
  }

  // SCTE 35 §9.8.1 splice_time()
  static SpliceTime spliceTime(BitReader r, String field) throws Scte35Exception {
    if (r.flag(field + ".time_specified_flag")) {
      r.skip(6, field + ".reserved");
      return SpliceTime.of(r.bits(33, field + ".pts_time"));
    }
    r.skip(7, field + ".reserved");
    return SpliceTime.unspecified();
  }

  // SCTE 35 §9.8.2 break_duration()
  private static BreakDuration breakDuration(BitReader r, String field) throws Scte35Exception {
    boolean autoReturn = r.flag(field + ".auto_return");
    r.skip(6, field + ".reserved");
    return new BreakDuration(autoReturn, r.bits(33, field + ".duration"));
  }
}
