package io.splicer.scte35;

import java.util.Set;

/** segmentation_type_id values that start or end an ad opportunity (SCTE 35 Table 23). */
public final class SegmentationTypes {
  public static final int BREAK_START = 0x22;
  public static final int BREAK_END = 0x23;
  public static final int PROVIDER_ADVERTISEMENT_START = 0x30;
  public static final int PROVIDER_ADVERTISEMENT_END = 0x31;
  public static final int DISTRIBUTOR_ADVERTISEMENT_START = 0x32;
  public static final int DISTRIBUTOR_ADVERTISEMENT_END = 0x33;
  public static final int PROVIDER_PLACEMENT_OPPORTUNITY_START = 0x34;
  public static final int PROVIDER_PLACEMENT_OPPORTUNITY_END = 0x35;
  public static final int DISTRIBUTOR_PLACEMENT_OPPORTUNITY_START = 0x36;
  public static final int DISTRIBUTOR_PLACEMENT_OPPORTUNITY_END = 0x37;
  public static final int PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY_START = 0x38;
  public static final int PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY_END = 0x39;

  /**
   * Ad/break/placement-opportunity starts: 0x22 break, 0x30/0x32 provider/distributor
   * advertisement, 0x34/0x36 provider/distributor placement opportunity, 0x38/0x3A overlay PO,
   * 0x3C/0x3E promo, 0x44/0x46 provider/distributor ad block (SCTE 35 2023 Table 23).
   */
  public static final Set<Integer> STARTS =
      Set.of(0x22, 0x30, 0x32, 0x34, 0x36, 0x38, 0x3A, 0x3C, 0x3E, 0x44, 0x46);

  /** The matching ends: each start type id + 1. */
  public static final Set<Integer> ENDS =
      Set.of(0x23, 0x31, 0x33, 0x35, 0x37, 0x39, 0x3B, 0x3D, 0x3F, 0x45, 0x47);

  private SegmentationTypes() {}

  public static boolean isStart(int segmentationTypeId) {
    return STARTS.contains(segmentationTypeId);
  }

  public static boolean isEnd(int segmentationTypeId) {
    return ENDS.contains(segmentationTypeId);
  }
}
