package io.splicer.scte35;

import java.util.Objects;

/**
 * segmentation_upid (SCTE 35 §10.3.3.1, Table 22), kept as its raw bytes; {@link UpidFormats} reads
 * the structured types (MPU 0x0C, MID 0x0D) and renders text.
 *
 * @param type segmentation_upid_type
 * @param value the segmentation_upid bytes (length = segmentation_upid_length)
 */
public record SegmentationUpid(int type, Bytes value) {
  public static final int NOT_USED = 0x00;
  public static final int USER_DEFINED = 0x01;
  public static final int ISCI = 0x02;
  public static final int AD_ID = 0x03;
  public static final int UMID = 0x04;
  public static final int ISAN_DEPRECATED = 0x05;
  public static final int ISAN = 0x06;
  public static final int TID = 0x07;
  public static final int TI = 0x08;
  public static final int ADI = 0x09;
  public static final int EIDR = 0x0A;
  public static final int ATSC = 0x0B;
  public static final int MPU = 0x0C;
  public static final int MID = 0x0D;
  public static final int ADS_INFO = 0x0E;
  public static final int URI = 0x0F;
  public static final int UUID = 0x10;
  public static final int SCR = 0x11;

  public static final SegmentationUpid NONE = new SegmentationUpid(NOT_USED, Bytes.EMPTY);

  public SegmentationUpid {
    Objects.requireNonNull(value, "value");
    if (type < 0 || type > 0xFF || value.length() > 0xFF) {
      throw new IllegalArgumentException("UPID type/length out of range: [" + type + "]");
    }
  }

  public static SegmentationUpid ofText(int type, String text) {
    return new SegmentationUpid(type, Bytes.ofUtf8(text));
  }

  /** The text rendering (see {@link UpidFormats#render}). */
  public String text() {
    return UpidFormats.render(this);
  }
}
