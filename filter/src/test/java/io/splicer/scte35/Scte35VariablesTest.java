package io.splicer.scte35;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class Scte35VariablesTest {

  @Test
  void of_spliceInsertSample_eventAndAvailFields() {
    SpliceInfoSection s =
        Scte35Decoder.decodeText(
                "/DAlAAAAAsvhAP/wFAXwAAAGf+/+AdLfiP4AG3dAAAEBAQAAXytxmQ==", Scte35Mode.STRICT)
            .section()
            .orElseThrow();
    Map<String, String> v = Scte35Variables.of(s);
    assertEquals("4026531846", v.get("scte.event_id"));
    assertEquals("1", v.get("scte.unique_program_id"));
    assertEquals("1", v.get("scte.avail_num"));
    assertEquals("1", v.get("scte.avails_expected"));
    assertEquals("", v.get("scte.segmentation_type_id"));
    assertEquals("", v.get("scte.segmentation_upid"));
  }

  @Test
  void of_timeSignalSample14_1_segmentationFields() {
    SpliceInfoSection s =
        Scte35Decoder.decodeText(
                "/DA0AAAAAAAA///wBQb+cr0AUAAeAhxDVUVJSAAAjn/PAAGlmbAICAAAAAAsoKGKNAIAmsnRfg==",
                Scte35Mode.STRICT)
            .section()
            .orElseThrow();
    Map<String, String> v = Scte35Variables.of(s);
    assertEquals("1207959694", v.get("scte.event_id"));
    assertEquals("1207959694", v.get("scte.segmentation_event_id"));
    assertEquals("", v.get("scte.unique_program_id"), "not a splice_insert");
    assertEquals("", v.get("scte.avail_num"));
    assertEquals("52", v.get("scte.segmentation_type_id"));
    assertEquals("2", v.get("scte.segment_num"));
    assertEquals("0", v.get("scte.segments_expected"));
    assertEquals("", v.get("scte.sub_segment_num"));
    assertEquals("false", v.get("scte.delivery_not_restricted_flag"));
    assertEquals("true", v.get("scte.archive_allowed_flag"));
    assertEquals("true", v.get("scte.no_regional_blackout_flag"));
    assertEquals("false", v.get("scte.web_delivery_allowed_flag"));
    assertEquals("3", v.get("scte.device_restrictions"));
    assertEquals("", v.get("scte.segmentation_upid"), "TI (0x08) is not a supported UPID type");
  }

  @Test
  void of_mpuPodbusterJson_assetIdAndCueData() {
    // reference §1.4:
    // ABCD{"assetId":"my_program","cueData":{"cueType":"theAdType","key":"pb","value":"123456"}}
    String privateData =
        "{\"assetId\":\"my_program\",\"cueData\":{\"cueType\":\"theAdType\",\"key\":\"pb\",\"value\":\"123456\"}}";
    Map<String, String> v = Scte35Variables.of(withUpid(mpu("ABCD" + privateData), 3));
    assertEquals("my_program", v.get("scte.segmentation_upid.assetId"));
    assertEquals("pb", v.get("scte.segmentation_upid.cueData.key"));
    assertEquals("123456", v.get("scte.segmentation_upid.cueData.value"));
    assertEquals(privateData, v.get("scte.segmentation_upid"));
    assertFalse(v.containsKey("scte.segmentation_upid.private_data.0"));
  }

  @Test
  void of_mpuColonSeparated_privateDataTokensLeadingEmptyIgnored() {
    // reference §1.4: ":3213214:2313321/5:3943" → .0=3213214, .1=2313321/5, .2=3943
    Map<String, String> v = Scte35Variables.of(withUpid(mpu("ABCD:3213214:2313321/5:3943"), 3));
    assertEquals("3213214", v.get("scte.segmentation_upid.private_data.0"));
    assertEquals("2313321/5", v.get("scte.segmentation_upid.private_data.1"));
    assertEquals("3943", v.get("scte.segmentation_upid.private_data.2"));
    assertFalse(v.containsKey("scte.segmentation_upid.private_data.3"));
    assertEquals(":3213214:2313321/5:3943", v.get("scte.segmentation_upid"));
  }

  @Test
  void of_adsInformationAndUserDefinedUpids_text() {
    SegmentationUpid ads = SegmentationUpid.ofText(SegmentationUpid.ADS_INFO, "availid=914866065");
    assertEquals(
        "availid=914866065", Scte35Variables.of(withUpid(ads, 0)).get("scte.segmentation_upid"));
    SegmentationUpid user =
        SegmentationUpid.ofText(SegmentationUpid.USER_DEFINED, "5939026565177792163");
    assertEquals(
        "5939026565177792163", Scte35Variables.of(withUpid(user, 0)).get("scte.segmentation_upid"));
  }

  @Test
  void of_subSegmentsTransmitted_rendered() {
    SegmentationDescriptor d =
        new SegmentationDescriptor(
            SpliceDescriptor.CUEI,
            9,
            false,
            true,
            List.of(),
            OptionalLong.empty(),
            Optional.empty(),
            SegmentationUpid.NONE,
            0x34,
            1,
            2,
            OptionalInt.of(3),
            OptionalInt.of(4));
    Map<String, String> v =
        Scte35Variables.of(SpliceInfoSection.of(0, new TimeSignal(SpliceTime.of(0)), List.of(d)));
    assertEquals("3", v.get("scte.sub_segment_num"));
    assertEquals("4", v.get("scte.sub_segments_expected"));
    assertEquals("true", v.get("scte.delivery_not_restricted_flag"));
    assertEquals("", v.get("scte.archive_allowed_flag"), "not transmitted when not restricted");
  }

  private static SegmentationUpid mpu(String text) {
    return new SegmentationUpid(
        SegmentationUpid.MPU, Bytes.of(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static SpliceInfoSection withUpid(SegmentationUpid upid, int segmentNum) {
    return SpliceInfoSection.of(
        0,
        new TimeSignal(SpliceTime.of(0)),
        List.of(SegmentationDescriptor.of(7, 0x34, OptionalLong.empty(), upid, segmentNum, 0)));
  }
}
