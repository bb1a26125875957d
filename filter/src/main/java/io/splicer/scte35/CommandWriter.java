package io.splicer.scte35;

/** Writes splice command bodies (SCTE 35 §9.7), without splice_command_type. */
final class CommandWriter {
  private CommandWriter() {}

  static byte[] write(SpliceCommand command) {
    BitWriter w = new BitWriter();
    if (command instanceof SpliceInsert insert) {
      insert(insert, w);
    } else if (command instanceof SpliceSchedule schedule) {
      w.bits(schedule.events().size(), 8, "splice_count");
      schedule.events().forEach(e -> scheduleEvent(e, w));
    } else if (command instanceof TimeSignal signal) {
      spliceTime(signal.spliceTime(), w);
    } else if (command instanceof PrivateCommand priv) {
      w.bits(priv.identifier(), 32, "private_command.identifier").bytes(priv.privateBytes());
    } else if (command instanceof EncryptedCommand) {
      throw new IllegalArgumentException("an EncryptedCommand needs encrypted_packet set");
    }
    return w.toByteArray(); // splice_null, bandwidth_reservation: empty
  }

  // SCTE 35 §9.7.3
  private static void insert(SpliceInsert s, BitWriter w) {
    w.bits(s.spliceEventId(), 32, "splice_event_id").flag(s.spliceEventCancelIndicator());
    w.reserved(7);
    if (s.spliceEventCancelIndicator()) {
      return;
    }
    w.flag(s.outOfNetworkIndicator()).flag(s.programSpliceFlag());
    w.flag(s.breakDuration().isPresent()).flag(s.spliceImmediateFlag()).reserved(4);
    if (s.programSpliceFlag() && !s.spliceImmediateFlag()) {
      spliceTime(s.spliceTime().orElse(SpliceTime.unspecified()), w);
    }
    if (!s.programSpliceFlag()) {
      w.bits(s.components().size(), 8, "component_count");
      for (SpliceInsert.Component c : s.components()) {
        w.bits(c.componentTag(), 8, "component_tag");
        if (!s.spliceImmediateFlag()) {
          spliceTime(c.spliceTime().orElse(SpliceTime.unspecified()), w);
        }
      }
    }
    s.breakDuration().ifPresent(d -> breakDuration(d, w));
    w.bits(s.uniqueProgramId(), 16, "unique_program_id");
    w.bits(s.availNum(), 8, "avail_num").bits(s.availsExpected(), 8, "avails_expected");
  }

  // SCTE 35 §9.7.2
  private static void scheduleEvent(SpliceSchedule.Event e, BitWriter w) {
    w.bits(e.spliceEventId(), 32, "splice_event_id").flag(e.spliceEventCancelIndicator());
    w.reserved(7);
    if (e.spliceEventCancelIndicator()) {
      return;
    }
    w.flag(e.outOfNetworkIndicator()).flag(e.programSpliceFlag());
    w.flag(e.breakDuration().isPresent()).reserved(5);
    if (e.programSpliceFlag()) {
      w.bits(e.utcSpliceTime().orElse(0), 32, "utc_splice_time");
    } else {
      w.bits(e.components().size(), 8, "component_count");
      for (SpliceSchedule.Component c : e.components()) {
        w.bits(c.componentTag(), 8, "component_tag");
        w.bits(c.utcSpliceTime(), 32, "utc_splice_time");
      }
    }
    e.breakDuration().ifPresent(d -> breakDuration(d, w));
    w.bits(e.uniqueProgramId(), 16, "unique_program_id");
    w.bits(e.availNum(), 8, "avail_num").bits(e.availsExpected(), 8, "avails_expected");
  }

  // SCTE 35 §9.8.1
  static void spliceTime(SpliceTime t, BitWriter w) {
    if (t.timeSpecified()) {
      w.flag(true).reserved(6).bits(t.ptsTime().getAsLong(), 33, "pts_time");
    } else {
      w.flag(false).reserved(7);
    }
  }

  // SCTE 35 §9.8.2
  private static void breakDuration(BreakDuration d, BitWriter w) {
    w.flag(d.autoReturn()).reserved(6).bits(d.duration(), 33, "break_duration");
  }
}
