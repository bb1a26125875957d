package io.splicer.scte35;

/** bandwidth_reservation() (SCTE 35 §9.7.5), type 0x07. */
public record BandwidthReservation() implements SpliceCommand {
  public static final int TYPE = 0x07;

  @Override
  public int type() {
    return TYPE;
  }
}
