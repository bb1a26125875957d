package io.splicer.scte35;

/** Reads and renders segmentation_upid values (SCTE 35 §10.3.3.1 Table 22). */
public final class UpidFormats {
  private UpidFormats() {}

  public static String render(SegmentationUpid upid) {
    return upid.value().toHex();
  }
}
