package io.splicer.scte35;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * MediaTailor's {@code [scte.*]} ADS dynamic variables of a section (reference §1.4). Keys carry
 * the {@code scte.} prefix, e.g. {@code scte.event_id}; values are strings, empty when the section
 * does not carry the field (so templates render an empty value, as MediaTailor does).
 *
 * <ul>
 *   <li>{@code scte.event_id}: splice_event_id (splice_insert §9.7.3) or the segmentation_event_id
 *       of the primary segmentation descriptor ({@link SpliceInfoSection#primarySegmentation()});
 *       {@code scte.segmentation_event_id} is the primary segmentation_event_id (alias of event_id
 *       for time_signal).
 *   <li>{@code scte.avail_num}, {@code scte.avails_expected}, {@code scte.unique_program_id}: from
 *       splice_insert, empty for other commands.
 *   <li>{@code scte.segmentation_type_id}, {@code scte.segment_num}, {@code
 *       scte.segments_expected}, {@code scte.sub_segment_num}, {@code scte.sub_segments_expected}
 *       (empty if not transmitted) and the delivery flags {@code
 *       scte.delivery_not_restricted_flag}, {@code scte.archive_allowed_flag}, {@code
 *       scte.no_regional_blackout_flag}, {@code scte.device_restrictions} (plus {@code
 *       scte.web_delivery_allowed_flag}, not in MediaTailor's list) from the primary segmentation
 *       descriptor (§10.3.3.1). Flags render as {@code true}/{@code false}; restriction flags are
 *       empty when delivery_not_restricted_flag is set.
 *   <li>{@code scte.segmentation_upid}: the UPID as text for types 0x0E (ADS information), 0x01
 *       (user defined) and 0x0C (MPU: its private_data after the 4-byte format_identifier); empty
 *       for other types.
 *   <li>MPU private data that is a JSON object ("podbuster") gives {@code
 *       scte.segmentation_upid.assetId}, {@code scte.segmentation_upid.cueData.key} and {@code
 *       scte.segmentation_upid.cueData.value}; other MPU private data is split on {@code ':'} into
 *       {@code scte.segmentation_upid.private_data.0..n}, a leading empty token ignored.
 * </ul>
 */
public final class Scte35Variables {
  public static final String PREFIX = "scte.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Scte35Variables() {}

  public static Map<String, String> of(SpliceInfoSection s) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(
        PREFIX + "event_id", s.eventId().isPresent() ? Long.toString(s.eventId().getAsLong()) : "");
    spliceInsert(s, m);
    Optional<SegmentationDescriptor> seg = s.primarySegmentation();
    m.put(
        PREFIX + "segmentation_event_id",
        seg.map(d -> Long.toString(d.segmentationEventId())).orElse(""));
    segmentation(seg, m);
    seg.ifPresentOrElse(d -> upid(d.upid(), m), () -> m.put(PREFIX + "segmentation_upid", ""));
    return m;
  }

  private static void spliceInsert(SpliceInfoSection s, Map<String, String> m) {
    boolean insert = s.command() instanceof SpliceInsert;
    SpliceInsert si = insert ? (SpliceInsert) s.command() : null;
    m.put(PREFIX + "avail_num", si == null ? "" : Integer.toString(si.availNum()));
    m.put(PREFIX + "avails_expected", si == null ? "" : Integer.toString(si.availsExpected()));
    m.put(PREFIX + "unique_program_id", si == null ? "" : Integer.toString(si.uniqueProgramId()));
  }

  private static void segmentation(Optional<SegmentationDescriptor> seg, Map<String, String> m) {
    m.put(PREFIX + "segmentation_type_id", seg.map(d -> str(d.segmentationTypeId())).orElse(""));
    m.put(PREFIX + "segment_num", seg.map(d -> str(d.segmentNum())).orElse(""));
    m.put(PREFIX + "segments_expected", seg.map(d -> str(d.segmentsExpected())).orElse(""));
    m.put(PREFIX + "sub_segment_num", seg.map(d -> str(d.subSegmentNum())).orElse(""));
    m.put(PREFIX + "sub_segments_expected", seg.map(d -> str(d.subSegmentsExpected())).orElse(""));
    m.put(
        PREFIX + "delivery_not_restricted_flag",
        seg.map(d -> Boolean.toString(d.deliveryNotRestrictedFlag())).orElse(""));
    Optional<SegmentationDescriptor.DeliveryRestrictions> r =
        seg.flatMap(SegmentationDescriptor::deliveryRestrictions);
    m.put(PREFIX + "archive_allowed_flag", r.map(x -> str(x.archiveAllowedFlag())).orElse(""));
    m.put(
        PREFIX + "no_regional_blackout_flag",
        r.map(x -> str(x.noRegionalBlackoutFlag())).orElse(""));
    m.put(
        PREFIX + "web_delivery_allowed_flag",
        r.map(x -> str(x.webDeliveryAllowedFlag())).orElse(""));
    m.put(PREFIX + "device_restrictions", r.map(x -> str(x.deviceRestrictions())).orElse(""));
  }

  private static void upid(SegmentationUpid upid, Map<String, String> m) {
    String key = PREFIX + "segmentation_upid";
    switch (upid.type()) {
      case SegmentationUpid.ADS_INFO, SegmentationUpid.USER_DEFINED ->
          m.put(key, upid.value().toUtf8());
      case SegmentationUpid.MPU -> {
        String privateData = UpidFormats.mpu(upid).map(p -> p.privateData().toUtf8()).orElse("");
        m.put(key, privateData);
        mpuPrivateData(privateData, m);
      }
      default -> m.put(key, "");
    }
  }

  /** Podbuster JSON ({@code {"assetId":…,"cueData":{"key":…,"value":…}}}) or ':'-separated. */
  private static void mpuPrivateData(String privateData, Map<String, String> m) {
    String key = PREFIX + "segmentation_upid.";
    Optional<JsonNode> json = json(privateData);
    if (json.isPresent()) {
      JsonNode n = json.get();
      m.put(key + "assetId", n.path("assetId").asText(""));
      m.put(key + "cueData.key", n.path("cueData").path("key").asText(""));
      m.put(key + "cueData.value", n.path("cueData").path("value").asText(""));
      return;
    }
    String[] tokens = privateData.split(":", -1);
    int index = 0;
    for (int i = 0; i < tokens.length; i++) {
      if (i == 0 && tokens[i].isEmpty()) {
        continue; // leading empty token (":a:b") ignored
      }
      m.put(key + "private_data." + index++, tokens[i]);
    }
  }

  private static Optional<JsonNode> json(String text) {
    String t = text.strip();
    if (!t.startsWith("{")) {
      return Optional.empty();
    }
    try {
      JsonNode n = JSON.readTree(t);
      return n != null && n.isObject() ? Optional.of(n) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static String str(int v) {
    return Integer.toString(v);
  }

  private static String str(boolean v) {
    return Boolean.toString(v);
  }

  private static String str(OptionalInt v) {
    return v.isPresent() ? Integer.toString(v.getAsInt()) : "";
  }
}
