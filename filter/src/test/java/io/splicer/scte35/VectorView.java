package io.splicer.scte35;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a decoded section in the vocabulary of scte35-vectors.json ({@code expected} keys), so a
 * test can compare every transcribed assertion. Values: Long, Boolean, String, BigDecimal
 * (seconds), List (MID entries) or null (absent).
 */
final class VectorView {
  private VectorView() {}

  static Map<String, Object> section(SpliceInfoSection s, byte[] raw) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("splice_command_type", (long) s.command().type());
    m.put("tier", (long) s.tier());
    m.put("sap_type", (long) s.sapType());
    m.put("cw_index", (long) s.cwIndex());
    m.put("encryption_algorithm", (long) s.encryptionAlgorithm());
    m.put("pts_adjustment", s.ptsAdjustment());
    m.put("pts_adjustment_seconds", seconds(s.ptsAdjustment()));
    m.put("section_length", (long) (((raw[1] & 0x0F) << 8) | (raw[2] & 0xFF)));
    m.put("splice_command_length", (long) (((raw[11] & 0x0F) << 8) | (raw[12] & 0xFF)));
    m.put("crc_32", String.format("0x%08x", s.crc32()));
    m.put("descriptor_count", (long) s.descriptors().size());
    m.put("segmentation_descriptor_count", (long) s.segmentationDescriptors().size());
    m.put(
        "segmentation_type_id",
        s.segmentationDescriptors().isEmpty()
            ? null
            : (long) s.segmentationDescriptors().get(0).segmentationTypeId());
    m.put(
        "gots_PTS_pts_time_plus_adjustment",
        s.spliceTimePts().isPresent() ? s.spliceTimePts().getAsLong() : null);
    Optional<SpliceTime> time = Optional.empty();
    if (s.command() instanceof TimeSignal t) {
      time = Optional.of(t.spliceTime());
    } else if (s.command() instanceof SpliceInsert i) {
      time = i.spliceTime();
      insert(i, m);
    } else if (s.command() instanceof PrivateCommand p) {
      m.put("private_command_identifier", p.identifier());
      m.put(
          "private_bytes_ascii",
          new String(p.privateBytes().toArray(), java.nio.charset.StandardCharsets.US_ASCII));
    }
    Long pts =
        time.filter(SpliceTime::timeSpecified).map(t -> t.ptsTime().getAsLong()).orElse(null);
    m.put("pts_time", pts);
    m.put("pts_time_seconds", pts == null ? null : seconds(pts));
    m.put("time_specified_flag", time.map(SpliceTime::timeSpecified).orElse(null));
    midSignals(s, m);
    return m;
  }

  private static void insert(SpliceInsert i, Map<String, Object> m) {
    m.put("splice_event_id", i.spliceEventId());
    m.put("splice_event_cancel_indicator", i.spliceEventCancelIndicator());
    m.put("out_of_network_indicator", i.outOfNetworkIndicator());
    m.put("program_splice_flag", i.programSpliceFlag());
    m.put("splice_immediate_flag", i.spliceImmediateFlag());
    m.put("duration_flag", i.breakDuration().isPresent());
    m.put("break_auto_return", i.breakDuration().map(BreakDuration::autoReturn).orElse(null));
    m.put("break_duration", i.breakDuration().map(BreakDuration::duration).orElse(null));
    m.put("break_duration_seconds", i.breakDuration().map(b -> seconds(b.duration())).orElse(null));
    m.put("unique_program_id", (long) i.uniqueProgramId());
    m.put("avail_num", (long) i.availNum());
    m.put("avails_expected", (long) i.availsExpected());
  }

  /**
   * Comcast VSS: the signal id is an ADI "BLACKOUT:<id>" entry of a MID; licence rotation a URI.
   */
  private static void midSignals(SpliceInfoSection s, Map<String, Object> m) {
    List<SegmentationUpid> entries = new ArrayList<>();
    s.segmentationDescriptors().forEach(d -> UpidFormats.mid(d.upid()).ifPresent(entries::addAll));
    entries.stream()
        .filter(u -> u.type() == SegmentationUpid.ADI && u.text().startsWith("BLACKOUT:"))
        .findFirst()
        .ifPresent(u -> m.put("stream_switch_signal_id", u.text().substring("BLACKOUT:".length())));
    m.put(
        "license_rotation",
        entries.stream().anyMatch(u -> u.text().equals("comcast:linear:licenserotation")));
  }

  static Map<String, Object> descriptor(SpliceDescriptor d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tag", (long) d.tag());
    m.put("identifier", DescriptorReader.fourCc(d.identifier()));
    m.put("identifier_int", d.identifier());
    if (d instanceof AvailDescriptor a) {
      m.put("provider_avail_id", a.providerAvailId());
    } else if (d instanceof DtmfDescriptor t) {
      m.put("preroll", (long) t.preroll());
      m.put("dtmf_chars", t.dtmfChars());
    } else if (d instanceof UnknownDescriptor u) {
      m.put("private_bytes_hex", u.privateBytes().toHex());
    } else if (d instanceof SegmentationDescriptor s) {
      segmentation(s, m);
    }
    return m;
  }

  private static void segmentation(SegmentationDescriptor s, Map<String, Object> m) {
    m.put("segmentation_event_id", s.segmentationEventId());
    m.put("segmentation_event_cancel_indicator", s.segmentationEventCancelIndicator());
    m.put("segmentation_type_id", (long) s.segmentationTypeId());
    Long duration =
        s.segmentationDuration().isPresent() ? s.segmentationDuration().getAsLong() : null;
    m.put("segmentation_duration", duration);
    m.put("segmentation_duration_seconds", duration == null ? null : seconds(duration));
    m.put("segment_num", (long) s.segmentNum());
    m.put("segments_expected", (long) s.segmentsExpected());
    m.put(
        "sub_segment_num",
        s.subSegmentNum().isPresent() ? (long) s.subSegmentNum().getAsInt() : null);
    m.put(
        "sub_segments_expected",
        s.subSegmentsExpected().isPresent() ? (long) s.subSegmentsExpected().getAsInt() : null);
    m.put("delivery_not_restricted_flag", s.deliveryNotRestrictedFlag());
    s.deliveryRestrictions()
        .ifPresent(
            r -> {
              m.put("web_delivery_allowed_flag", r.webDeliveryAllowedFlag());
              m.put("no_regional_blackout_flag", r.noRegionalBlackoutFlag());
              m.put("archive_allowed_flag", r.archiveAllowedFlag());
              m.put("device_restrictions", (long) r.deviceRestrictions());
            });
    SegmentationUpid upid = s.upid();
    m.put("segmentation_upid_type", (long) upid.type());
    m.put("segmentation_upid_hex", upid.value().toHex());
    m.put("segmentation_upid_text", upid.text());
    m.put(
        "segmentation_upid",
        "0x" + new java.math.BigInteger(1, upid.value().toArray()).toString(16));
    UpidFormats.mpu(upid)
        .ifPresent(
            p -> {
              m.put("mpu_format_identifier", p.formatIdentifier());
              m.put(
                  "mpu_private_data_base64",
                  Base64.getEncoder().encodeToString(p.privateData().toArray()));
            });
    UpidFormats.mid(upid)
        .ifPresent(
            entries -> {
              List<Map<String, Object>> list = new ArrayList<>();
              for (SegmentationUpid e : entries) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("segmentation_upid_type", (long) e.type());
                em.put("text", e.text());
                list.add(em);
              }
              m.put("mid_upids", list);
            });
  }

  /** 90 kHz ticks as seconds with 6 decimals, as threefive prints them. */
  static BigDecimal seconds(long ticks) {
    return BigDecimal.valueOf(ticks).divide(BigDecimal.valueOf(90_000), 6, RoundingMode.HALF_UP);
  }
}
