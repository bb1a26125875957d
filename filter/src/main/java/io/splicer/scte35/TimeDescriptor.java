package io.splicer.scte35;

/**
 * time_descriptor() (SCTE 35 §10.3.4), tag 0x03: TAI time of the splice.
 *
 * @param taiSeconds 48-bit TAI seconds
 * @param taiNs 32-bit nanoseconds
 * @param utcOffset 16-bit offset from TAI to UTC in seconds
 */
public record TimeDescriptor(long identifier, long taiSeconds, long taiNs, int utcOffset)
    implements SpliceDescriptor {
  public static final int TAG = 0x03;

  @Override
  public int tag() {
    return TAG;
  }
}
