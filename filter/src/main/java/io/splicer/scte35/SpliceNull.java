package io.splicer.scte35;

/** splice_null() (SCTE 35 §9.7.1), type 0x00. */
public record SpliceNull() implements SpliceCommand {
  public static final int TYPE = 0x00;

  @Override
  public int type() {
    return TYPE;
  }
}
