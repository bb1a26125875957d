package io.splicer.hls;

import java.util.Set;

/** Names of the ad-marker tags (not part of RFC 8216; see mediatailor-behaviour §3.1). */
public final class CueTags {
  public static final String CUE_OUT = "EXT-X-CUE-OUT";
  public static final String CUE_OUT_CONT = "EXT-X-CUE-OUT-CONT";
  public static final String CUE_IN = "EXT-X-CUE-IN";
  public static final String OATCLS = "EXT-OATCLS-SCTE35";
  public static final String SPLICEPOINT = "EXT-X-SPLICEPOINT-SCTE35";
  public static final String SCTE35 = "EXT-X-SCTE35";
  public static final String ASSET = "EXT-X-ASSET";
  public static final String DATERANGE = "EXT-X-DATERANGE";

  /** Tags removed from a personalised playlist when marker passthrough is off. */
  static final Set<String> REMOVED =
      Set.of(CUE_OUT, CUE_OUT_CONT, CUE_IN, OATCLS, SPLICEPOINT, SCTE35);

  /** Tags kept verbatim with marker passthrough on (MediaTailor: not CUE-OUT-CONT). */
  static final Set<String> PASSTHROUGH = Set.of(CUE_OUT, CUE_IN, SPLICEPOINT);

  private CueTags() {}
}
