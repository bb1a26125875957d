package io.splicer.scte35;

/** A splice command (SCTE 35 §9.7). */
public sealed interface SpliceCommand
    permits SpliceNull,
        SpliceSchedule,
        SpliceInsert,
        TimeSignal,
        BandwidthReservation,
        PrivateCommand,
        EncryptedCommand {

  /** The splice_command_type value (SCTE 35 Table 7). */
  int type();
}
