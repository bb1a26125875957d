package io.splicer.scte35;

import java.util.Objects;

/**
 * DTMF_descriptor() (SCTE 35 §10.3.2), tag 0x01.
 *
 * @param preroll tenths of a second before the splice at which the DTMF sequence starts
 * @param dtmfChars the ASCII DTMF characters (0-9, *, #), at most 7
 */
public record DtmfDescriptor(long identifier, int preroll, String dtmfChars)
    implements SpliceDescriptor {
  public static final int TAG = 0x01;

  public DtmfDescriptor {
    Objects.requireNonNull(dtmfChars, "dtmfChars");
    if (dtmfChars.length() > 7) {
      throw new IllegalArgumentException("dtmf_count exceeds 3 bits: [" + dtmfChars + "]");
    }
  }

  @Override
  public int tag() {
    return TAG;
  }
}
