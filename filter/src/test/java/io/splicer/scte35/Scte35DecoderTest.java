package io.splicer.scte35;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import io.splicer.scte35.Scte35Problem.Kind;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class Scte35DecoderTest {
  // SCTE 35 sample 14.2: splice_insert, out, pts 0x07369C02E, break 0x00052CCF5, avail descriptor.
  private static final String SAMPLE_14_2 =
      "/DAvAAAAAAAA///wFAVIAACPf+/+c2nALv4AUsz1AAAAAAAKAAhDVUVJAAABNWLbowo=";

  private static byte[] sample() {
    return Base64.getDecoder().decode(SAMPLE_14_2);
  }

  @Test
  void decode_crcMismatch_strictRejectsLenientReports() {
    byte[] b = sample();
    b[b.length - 1] ^= 1;
    Scte35Result strict = Scte35Decoder.decode(b, Scte35Mode.STRICT);
    assertFalse(strict.isDecoded());
    assertEquals(List.of(Kind.CRC_MISMATCH), kinds(strict));
    assertEquals("CRC_32", strict.problems().get(0).field());
    Scte35Result lenient = Scte35Decoder.decode(b, Scte35Mode.LENIENT);
    SpliceInfoSection s = lenient.section().orElseThrow();
    assertFalse(s.crcValid());
    assertEquals(List.of(Kind.CRC_MISMATCH), kinds(lenient));
    assertEquals(0x62DBA30BL, s.crc32());
  }

  @Test
  void decode_validSection_crcValidAndNoProblems() {
    Scte35Result r = Scte35Decoder.decode(sample(), Scte35Mode.STRICT);
    assertTrue(r.isDecoded());
    assertEquals(List.of(), r.problems());
    assertTrue(r.section().orElseThrow().crcValid());
    assertEquals(0x62DBA30AL, r.section().orElseThrow().crc32());
  }

  @Test
  void decodeText_hexAndBase64Forms_decodeToSameSection() {
    SpliceInfoSection expected =
        Scte35Decoder.decodeBase64(SAMPLE_14_2, Scte35Mode.STRICT).section().orElseThrow();
    String hex = java.util.HexFormat.of().formatHex(sample());
    List<Scte35Result> forms =
        List.of(
            Scte35Decoder.decodeHex(hex, Scte35Mode.STRICT),
            Scte35Decoder.decodeHex("0X" + hex.toUpperCase(), Scte35Mode.STRICT),
            Scte35Decoder.decodeText("  0x" + hex + "\n", Scte35Mode.STRICT),
            Scte35Decoder.decodeText(SAMPLE_14_2.replace("=", ""), Scte35Mode.STRICT),
            Scte35Decoder.decodeBase64(
                " " + SAMPLE_14_2.replace('+', '-').replace('/', '_'), Scte35Mode.STRICT));
    for (Scte35Result r : forms) {
      assertEquals(Optional.of(expected), r.section(), r.problems().toString());
    }
  }

  @Test
  void decodeText_notBase64OrHex_badEncoding() {
    assertEquals(
        List.of(Kind.BAD_ENCODING), kinds(Scte35Decoder.decodeText("0xFC3", Scte35Mode.LENIENT)));
    assertEquals(
        List.of(Kind.BAD_ENCODING), kinds(Scte35Decoder.decodeText("0xGG", Scte35Mode.LENIENT)));
    assertEquals(
        List.of(Kind.BAD_ENCODING), kinds(Scte35Decoder.decodeText("/DA*", Scte35Mode.LENIENT)));
    assertEquals(
        List.of(Kind.BAD_ENCODING), kinds(Scte35Decoder.decodeText("/DAvA", Scte35Mode.LENIENT)));
    assertEquals(List.of(Kind.BAD_ENCODING), kinds(Scte35Decoder.decode(null, Scte35Mode.LENIENT)));
  }

  @Test
  void decode_pointerField_warnsAndDecodesInStrictMode() {
    byte[] b = sample();
    byte[] withPointer = new byte[b.length + 1];
    System.arraycopy(b, 0, withPointer, 1, b.length);
    Scte35Result r = Scte35Decoder.decode(withPointer, Scte35Mode.STRICT);
    assertTrue(r.isDecoded());
    assertEquals(List.of(Kind.POINTER_FIELD), kinds(r));
  }

  @Test
  void decode_wrongTableId_rejectedNamingField() {
    byte[] b = sample();
    b[0] = (byte) 0xFD;
    Scte35Result r = Scte35Decoder.decode(b, Scte35Mode.LENIENT);
    assertFalse(r.isDecoded());
    assertEquals("table_id", r.problems().get(0).field());
    assertTrue(r.problems().get(0).message().contains("[0xfd]"), r.problems().get(0).message());
  }

  @Test
  void decode_sectionLengthBeyondInput_truncated() {
    byte[] b = java.util.Arrays.copyOf(sample(), 20);
    Scte35Result r = Scte35Decoder.decode(b, Scte35Mode.LENIENT);
    assertFalse(r.isDecoded());
    assertEquals(Kind.TRUNCATED, r.problems().get(0).kind());
    assertEquals("section_length", r.problems().get(0).field());
  }

  @Test
  void decode_trailingNonStuffingBytes_strictRejectsLenientAccepts() {
    byte[] b = java.util.Arrays.copyOf(sample(), sample().length + 2);
    assertFalse(Scte35Decoder.decode(b, Scte35Mode.STRICT).isDecoded());
    Scte35Result r = Scte35Decoder.decode(b, Scte35Mode.LENIENT);
    assertTrue(r.isDecoded());
    assertEquals(List.of(Kind.INVALID_FIELD), kinds(r));
  }

  @Test
  void decode_unknownCommandType_rejected() {
    SpliceInfoSection s = SpliceInfoSection.of(0, new SpliceNull(), List.of());
    byte[] b = Scte35Encoder.encode(s);
    b[13] = 0x42; // splice_command_type
    fixCrc(b);
    Scte35Result r = Scte35Decoder.decode(b, Scte35Mode.LENIENT);
    assertFalse(r.isDecoded());
    assertEquals(List.of(Kind.UNKNOWN_COMMAND), kinds(r));
  }

  @Test
  void decode_encryptedSection_flaggedNotDecrypted() {
    byte[] b = sample();
    b[4] |= (byte) 0x80; // encrypted_packet
    fixCrc(b);
    Scte35Result r = Scte35Decoder.decode(b, Scte35Mode.STRICT);
    SpliceInfoSection s = r.section().orElseThrow();
    assertTrue(s.encrypted());
    assertTrue(s.command() instanceof EncryptedCommand);
    assertEquals(List.of(Kind.ENCRYPTED), kinds(r));
    assertEquals(CueKind.NONE, s.cueKind());
  }

  @Test
  void cueKind_spliceInsertOutWithBreak_outAndDurationAndAdjustedPts() {
    SpliceInfoSection s = Scte35Decoder.decode(sample(), Scte35Mode.STRICT).section().orElseThrow();
    assertEquals(CueKind.OUT, s.cueKind());
    assertEquals(Optional.of(MediaTime.ofTicks(0x00052CCF5L, 90_000)), s.breakDuration());
    assertEquals(OptionalLong.of(0x07369C02EL), s.spliceTimePts());
    assertEquals(OptionalLong.of(0x4800008FL), s.eventId());
  }

  @Test
  void spliceTimePts_adjustmentOverflows_wrapsModulo2pow33() {
    long max = (1L << 33) - 1;
    SpliceInfoSection s = SpliceInfoSection.of(max, new TimeSignal(SpliceTime.of(10)), List.of());
    assertEquals(OptionalLong.of(9), s.spliceTimePts());
  }

  @Test
  void cueKind_timeSignalSegmentationTypes_outInNone() {
    assertEquals(CueKind.OUT, timeSignal(0x34).cueKind());
    assertEquals(CueKind.IN, timeSignal(0x35).cueKind());
    assertEquals(CueKind.OUT, timeSignal(0x30).cueKind());
    assertEquals(CueKind.IN, timeSignal(0x23).cueKind());
    assertEquals(CueKind.NONE, timeSignal(0x10).cueKind());
    SpliceInfoSection cancelled =
        SpliceInfoSection.of(
            0,
            new TimeSignal(SpliceTime.of(0)),
            List.of(SegmentationDescriptor.cancel(SpliceDescriptor.CUEI, 5)));
    assertEquals(CueKind.NONE, cancelled.cueKind());
  }

  @Test
  void cueKind_spliceInsertInAndCancel_inAndNone() {
    SpliceInfoSection in =
        SpliceInfoSection.of(
            0, SpliceInsert.program(1, false, Optional.empty(), Optional.empty(), 0), List.of());
    assertEquals(CueKind.IN, in.cueKind());
    assertEquals(OptionalLong.empty(), in.spliceTimePts());
    assertEquals(
        CueKind.NONE, SpliceInfoSection.of(0, SpliceInsert.cancel(1), List.of()).cueKind());
  }

  @Test
  void breakDuration_timeSignal_usesPrimarySegmentationDuration() {
    SpliceInfoSection s =
        SpliceInfoSection.of(
            0,
            new TimeSignal(SpliceTime.of(0)),
            List.of(
                SegmentationDescriptor.of(1, 0x10, OptionalLong.of(1), SegmentationUpid.NONE, 0, 0),
                SegmentationDescriptor.of(
                    2, 0x34, OptionalLong.of(2_700_000), SegmentationUpid.NONE, 0, 0)));
    assertEquals(Optional.of(MediaTime.ofSeconds(30)), s.breakDuration());
    assertEquals(OptionalLong.of(2), s.eventId());
    assertEquals(CueKind.OUT, s.cueKind());
  }

  @Test
  void decode_midUpidOverrunningItsLength_strictRejectsLenientKeepsRawUpid() {
    SegmentationDescriptor d =
        SegmentationDescriptor.of(
            1,
            0x34,
            OptionalLong.empty(),
            new SegmentationUpid(SegmentationUpid.MID, Bytes.ofHex("0e0541")),
            0,
            0);
    byte[] b =
        Scte35Encoder.encode(SpliceInfoSection.of(0, new TimeSignal(SpliceTime.of(0)), List.of(d)));
    assertFalse(Scte35Decoder.decode(b, Scte35Mode.STRICT).isDecoded());
    Scte35Result r = Scte35Decoder.decode(b, Scte35Mode.LENIENT);
    assertEquals(List.of(Kind.INVALID_FIELD), kinds(r));
    assertEquals("segmentation_descriptor.segmentation_upid", r.problems().get(0).field());
    assertEquals(d.upid(), r.section().orElseThrow().segmentationDescriptors().get(0).upid());
  }

  @Test
  void decode_descriptorLengthOverrunningLoop_lenientKeepsEarlierDescriptors() {
    SpliceInfoSection s =
        SpliceInfoSection.of(
            0, new SpliceNull(), List.of(AvailDescriptor.of(1), AvailDescriptor.of(2)));
    byte[] b = Scte35Encoder.encode(s);
    b[b.length - 4 - 10 + 1] = 0x7F; // descriptor_length of the second avail_descriptor
    fixCrc(b);
    Scte35Result r = Scte35Decoder.decode(b, Scte35Mode.LENIENT);
    assertEquals(List.of(Kind.TRUNCATED), kinds(r));
    assertEquals("descriptor_length", r.problems().get(0).field());
    assertEquals(List.of(AvailDescriptor.of(1)), r.section().orElseThrow().descriptors());
  }

  static SpliceInfoSection timeSignal(int typeId) {
    return SpliceInfoSection.of(
        0,
        new TimeSignal(SpliceTime.of(0)),
        List.of(
            SegmentationDescriptor.of(
                1, typeId, OptionalLong.empty(), SegmentationUpid.NONE, 0, 0)));
  }

  private static List<Kind> kinds(Scte35Result r) {
    return r.problems().stream().map(Scte35Problem::kind).toList();
  }

  private static void fixCrc(byte[] m) {
    long crc = Crc32Mpeg2.compute(m, 0, m.length - 4);
    for (int k = 0; k < 4; k++) {
      m[m.length - 4 + k] = (byte) (crc >>> (24 - 8 * k));
    }
  }
}
