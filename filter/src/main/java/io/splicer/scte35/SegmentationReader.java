package io.splicer.scte35;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Reads segmentation_descriptor() (SCTE 35 §10.3.3.1) after its identifier. */
final class SegmentationReader {
  private static final String F = "segmentation_descriptor.";

  private SegmentationReader() {}

  static SegmentationDescriptor read(long identifier, BitReader r, ProblemLog log)
      throws Scte35Exception {
    long eventId = r.u32(F + "segmentation_event_id");
    boolean cancel = r.flag(F + "segmentation_event_cancel_indicator");
    r.skip(7, F + "reserved");
    if (cancel) {
      return SegmentationDescriptor.cancel(identifier, eventId);
    }
    boolean program = r.flag(F + "program_segmentation_flag");
    boolean hasDuration = r.flag(F + "segmentation_duration_flag");
    boolean notRestricted = r.flag(F + "delivery_not_restricted_flag");
    Optional<SegmentationDescriptor.DeliveryRestrictions> restrictions = Optional.empty();
    if (notRestricted) {
      r.skip(5, F + "reserved");
    } else {
      restrictions =
          Optional.of(
              new SegmentationDescriptor.DeliveryRestrictions(
                  r.flag(F + "web_delivery_allowed_flag"),
                  r.flag(F + "no_regional_blackout_flag"),
                  r.flag(F + "archive_allowed_flag"),
                  (int) r.bits(2, F + "device_restrictions")));
    }
    List<SegmentationDescriptor.Component> components = new ArrayList<>();
    if (!program) {
      int count = r.u8(F + "component_count");
      for (int i = 0; i < count; i++) {
        int tag = r.u8(F + "component_tag");
        r.skip(7, F + "reserved");
        components.add(new SegmentationDescriptor.Component(tag, r.bits(33, F + "pts_offset")));
      }
    }
    OptionalLong duration =
        hasDuration
            ? OptionalLong.of(r.bits(40, F + "segmentation_duration"))
            : OptionalLong.empty();
    int upidType = r.u8(F + "segmentation_upid_type");
    int upidLength = r.u8(F + "segmentation_upid_length");
    SegmentationUpid upid =
        new SegmentationUpid(upidType, Bytes.of(r.bytes(upidLength, F + "segmentation_upid")));
    UpidFormats.validate(upid, log);
    int typeId = r.u8(F + "segmentation_type_id");
    int segmentNum = r.u8(F + "segment_num");
    int segmentsExpected = r.u8(F + "segments_expected");
    OptionalInt subNum = OptionalInt.empty();
    OptionalInt subExpected = OptionalInt.empty();
    // sub_segment_num/sub_segments_expected follow for type ids 0x34, 0x36, 0x38, 0x3A (§10.3.3.1);
    // read them whenever transmitted so that any descriptor re-encodes byte for byte.
    if (r.remainingBytes() >= 2) {
      subNum = OptionalInt.of(r.u8(F + "sub_segment_num"));
      subExpected = OptionalInt.of(r.u8(F + "sub_segments_expected"));
    }
    return new SegmentationDescriptor(
        identifier,
        eventId,
        false,
        program,
        components,
        duration,
        restrictions,
        upid,
        typeId,
        segmentNum,
        segmentsExpected,
        subNum,
        subExpected);
  }
}
