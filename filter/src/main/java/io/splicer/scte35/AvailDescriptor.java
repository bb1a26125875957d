package io.splicer.scte35;

/** avail_descriptor() (SCTE 35 §10.3.1), tag 0x00. */
public record AvailDescriptor(long identifier, long providerAvailId) implements SpliceDescriptor {
  public static final int TAG = 0x00;

  public static AvailDescriptor of(long providerAvailId) {
    return new AvailDescriptor(CUEI, providerAvailId);
  }

  @Override
  public int tag() {
    return TAG;
  }
}
