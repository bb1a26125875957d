package io.splicer.scte35;

import java.nio.charset.StandardCharsets;

/** Writes splice_descriptor()s (SCTE 35 §10), computing descriptor_length. */
final class DescriptorWriter {
  private DescriptorWriter() {}

  static void write(SpliceDescriptor d, BitWriter out) {
    BitWriter w = new BitWriter();
    w.bits(d.identifier(), 32, "identifier");
    if (d instanceof AvailDescriptor a) {
      w.bits(a.providerAvailId(), 32, "provider_avail_id");
    } else if (d instanceof DtmfDescriptor dtmf) {
      w.bits(dtmf.preroll(), 8, "preroll").bits(dtmf.dtmfChars().length(), 3, "dtmf_count");
      w.reserved(5).bytes(dtmf.dtmfChars().getBytes(StandardCharsets.ISO_8859_1));
    } else if (d instanceof SegmentationDescriptor s) {
      segmentation(s, w);
    } else if (d instanceof TimeDescriptor t) {
      w.bits(t.taiSeconds(), 48, "TAI_seconds").bits(t.taiNs(), 32, "TAI_ns");
      w.bits(t.utcOffset(), 16, "UTC_offset");
    } else if (d instanceof UnknownDescriptor u) {
      w.bytes(u.privateBytes());
    }
    byte[] body = w.toByteArray();
    out.bits(d.tag(), 8, "splice_descriptor_tag").bits(body.length, 8, "descriptor_length");
    out.bytes(body);
  }

  // SCTE 35 §10.3.3.1
  private static void segmentation(SegmentationDescriptor s, BitWriter w) {
    w.bits(s.segmentationEventId(), 32, "segmentation_event_id");
    w.flag(s.segmentationEventCancelIndicator()).reserved(7);
    if (s.segmentationEventCancelIndicator()) {
      return;
    }
    w.flag(s.programSegmentationFlag()).flag(s.segmentationDuration().isPresent());
    w.flag(s.deliveryNotRestrictedFlag());
    s.deliveryRestrictions()
        .ifPresentOrElse(
            r ->
                w.flag(r.webDeliveryAllowedFlag())
                    .flag(r.noRegionalBlackoutFlag())
                    .flag(r.archiveAllowedFlag())
                    .bits(r.deviceRestrictions(), 2, "device_restrictions"),
            () -> w.reserved(5));
    if (!s.programSegmentationFlag()) {
      w.bits(s.components().size(), 8, "component_count");
      for (SegmentationDescriptor.Component c : s.components()) {
        w.bits(c.componentTag(), 8, "component_tag").reserved(7);
        w.bits(c.ptsOffset(), 33, "pts_offset");
      }
    }
    s.segmentationDuration().ifPresent(v -> w.bits(v, 40, "segmentation_duration"));
    w.bits(s.upid().type(), 8, "segmentation_upid_type");
    w.bits(s.upid().value().length(), 8, "segmentation_upid_length").bytes(s.upid().value());
    w.bits(s.segmentationTypeId(), 8, "segmentation_type_id");
    w.bits(s.segmentNum(), 8, "segment_num").bits(s.segmentsExpected(), 8, "segments_expected");
    if (s.subSegmentNum().isPresent()) {
      w.bits(s.subSegmentNum().getAsInt(), 8, "sub_segment_num");
      w.bits(s.subSegmentsExpected().getAsInt(), 8, "sub_segments_expected");
    }
  }
}
