package io.splicer.scte35;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * segmentation_descriptor() (SCTE 35 §10.3.3), tag 0x02. When {@code
 * segmentationEventCancelIndicator} is set the remaining fields are not transmitted and hold their
 * defaults (see {@link #cancel}).
 *
 * @param components per-component pts_offsets, used when program_segmentation_flag is clear
 * @param segmentationDuration 40-bit duration in 90 kHz ticks, when segmentation_duration_flag is
 *     set
 * @param deliveryRestrictions empty when delivery_not_restricted_flag is set
 * @param subSegmentNum sub_segment_num, when transmitted (SCTE 35 2016+ for type ids such as 0x34)
 * @param subSegmentsExpected sub_segments_expected, transmitted together with subSegmentNum
 */
public record SegmentationDescriptor(
    long identifier,
    long segmentationEventId,
    boolean segmentationEventCancelIndicator,
    boolean programSegmentationFlag,
    List<Component> components,
    OptionalLong segmentationDuration,
    Optional<DeliveryRestrictions> deliveryRestrictions,
    SegmentationUpid upid,
    int segmentationTypeId,
    int segmentNum,
    int segmentsExpected,
    OptionalInt subSegmentNum,
    OptionalInt subSegmentsExpected)
    implements SpliceDescriptor {

  public static final int TAG = 0x02;

  /** A component_tag with its 33-bit pts_offset. */
  public record Component(int componentTag, long ptsOffset) {}

  /** The delivery restriction flags present when delivery_not_restricted_flag is clear. */
  public record DeliveryRestrictions(
      boolean webDeliveryAllowedFlag,
      boolean noRegionalBlackoutFlag,
      boolean archiveAllowedFlag,
      int deviceRestrictions) {}

  public SegmentationDescriptor {
    components = components == null ? List.of() : List.copyOf(components);
    segmentationDuration =
        segmentationDuration == null ? OptionalLong.empty() : segmentationDuration;
    deliveryRestrictions = deliveryRestrictions == null ? Optional.empty() : deliveryRestrictions;
    Objects.requireNonNull(upid, "upid");
    subSegmentNum = subSegmentNum == null ? OptionalInt.empty() : subSegmentNum;
    subSegmentsExpected = subSegmentsExpected == null ? OptionalInt.empty() : subSegmentsExpected;
    if (subSegmentNum.isPresent() != subSegmentsExpected.isPresent()) {
      throw new IllegalArgumentException("sub_segment_num and sub_segments_expected go together");
    }
  }

  /** A cancellation of segmentation event {@code eventId}. */
  public static SegmentationDescriptor cancel(long identifier, long eventId) {
    return new SegmentationDescriptor(
        identifier,
        eventId,
        true,
        true,
        List.of(),
        OptionalLong.empty(),
        Optional.empty(),
        SegmentationUpid.NONE,
        0,
        0,
        0,
        OptionalInt.empty(),
        OptionalInt.empty());
  }

  /** A program-level, unrestricted descriptor with the "CUEI" identifier. */
  public static SegmentationDescriptor of(
      long eventId,
      int segmentationTypeId,
      OptionalLong duration,
      SegmentationUpid upid,
      int segmentNum,
      int segmentsExpected) {
    return new SegmentationDescriptor(
        CUEI,
        eventId,
        false,
        true,
        List.of(),
        duration,
        Optional.empty(),
        upid,
        segmentationTypeId,
        segmentNum,
        segmentsExpected,
        OptionalInt.empty(),
        OptionalInt.empty());
  }

  public boolean deliveryNotRestrictedFlag() {
    return deliveryRestrictions.isEmpty();
  }

  @Override
  public int tag() {
    return TAG;
  }
}
