package io.splicer.scte35;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class Scte35EncoderTest {

  /** SCTE 35 sample 14.2 (splice_insert) built in code must encode to the published bytes. */
  @Test
  void encodeBase64_spliceInsertSample14_2_matchesPublishedBytes() {
    SpliceInsert insert =
        new SpliceInsert(
            0x4800008FL,
            false,
            true,
            true,
            false,
            Optional.of(SpliceTime.of(0x07369C02EL)),
            List.of(),
            Optional.of(new BreakDuration(true, 0x00052CCF5L)),
            0,
            0,
            0);
    SpliceInfoSection s = SpliceInfoSection.of(0, insert, List.of(AvailDescriptor.of(0x135)));
    assertEquals(
        "/DAvAAAAAAAA///wFAVIAACPf+/+c2nALv4AUsz1AAAAAAAKAAhDVUVJAAABNWLbowo=",
        Scte35Encoder.encodeBase64(s));
  }

  /** SCTE 35 sample 14.1 (time_signal, placement opportunity start) built in code. */
  @Test
  void encodeBase64_timeSignalSample14_1_matchesPublishedBytes() {
    SegmentationDescriptor seg =
        new SegmentationDescriptor(
            SpliceDescriptor.CUEI,
            0x4800008EL,
            false,
            true,
            List.of(),
            OptionalLong.of(0x0001A599B0L),
            Optional.of(new SegmentationDescriptor.DeliveryRestrictions(false, true, true, 3)),
            new SegmentationUpid(SegmentationUpid.TI, Bytes.ofHex("000000002ca0a18a")),
            0x34,
            2,
            0,
            OptionalInt.empty(),
            OptionalInt.empty());
    SpliceInfoSection s =
        SpliceInfoSection.of(0, new TimeSignal(SpliceTime.of(0x072BD0050L)), List.of(seg));
    assertEquals(
        "/DA0AAAAAAAA///wBQb+cr0AUAAeAhxDVUVJSAAAjn/PAAGlmbAICAAAAAAsoKGKNAIAmsnRfg==",
        Scte35Encoder.encodeBase64(s));
  }

  @Test
  void encode_everyCommandAndDescriptor_roundTrips() {
    List<SpliceDescriptor> descriptors =
        List.of(
            AvailDescriptor.of(7),
            new DtmfDescriptor(SpliceDescriptor.CUEI, 50, "121#"),
            new TimeDescriptor(SpliceDescriptor.CUEI, 0xFFFF_FFFF_FFFFL, 999_999_999L, 37),
            SegmentationDescriptor.cancel(SpliceDescriptor.CUEI, 99),
            componentSegmentation(),
            new UnknownDescriptor(0x04, SpliceDescriptor.CUEI, Bytes.ofHex("01020304")),
            new UnknownDescriptor(0x00, 0x53415053L, Bytes.ofHex("0b")));
    List<SpliceCommand> commands =
        List.of(
            new SpliceNull(),
            new BandwidthReservation(),
            new TimeSignal(SpliceTime.unspecified()),
            new PrivateCommand(0x43554549L, Bytes.ofAscii("hello")),
            SpliceInsert.cancel(12),
            SpliceInsert.program(13, true, Optional.empty(), Optional.empty(), 1),
            componentInsert(false),
            componentInsert(true),
            schedule());
    for (SpliceCommand c : commands) {
      SpliceInfoSection s = SpliceInfoSection.of((1L << 33) - 1, c, descriptors);
      assertRoundTrip(s);
    }
  }

  @Test
  void encode_encryptedSection_keepsEncryptedBytes() {
    SpliceInfoSection s =
        new SpliceInfoSection(
            0xFC,
            0,
            true,
            1,
            0,
            5,
            0xFFF,
            new EncryptedCommand(5, Bytes.ofHex("0102030405060708090a0b0c0d0e0f10")),
            List.of(),
            0,
            false);
    Scte35Result r = Scte35Decoder.decode(Scte35Encoder.encode(s), Scte35Mode.STRICT);
    assertTrue(r.has(Scte35Problem.Kind.ENCRYPTED));
    assertEquals(s.withCrc(0, false), r.section().orElseThrow().withCrc(0, false));
  }

  @Test
  void encode_valueTooWideForField_throwsNamingField() {
    SpliceInfoSection s = SpliceInfoSection.of(1L << 33, new SpliceNull(), List.of());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Scte35Encoder.encode(s));
    assertTrue(e.getMessage().contains("pts_adjustment"), e.getMessage());
  }

  @Test
  void encode_clearSectionWithEncryptedCommand_throws() {
    SpliceInfoSection s =
        SpliceInfoSection.of(0, new EncryptedCommand(0, Bytes.ofHex("00")), List.of());
    assertThrows(IllegalArgumentException.class, () -> Scte35Encoder.encode(s));
  }

  private static void assertRoundTrip(SpliceInfoSection s) {
    byte[] bytes = Scte35Encoder.encode(s);
    Scte35Result r = Scte35Decoder.decode(bytes, Scte35Mode.STRICT);
    SpliceInfoSection back = r.section().orElseThrow(() -> new AssertionError(r.problems()));
    assertTrue(back.crcValid());
    assertEquals(Crc32Mpeg2.compute(bytes, 0, bytes.length - 4), back.crc32());
    assertEquals(s.withCrc(0, false), back.withCrc(0, false));
  }

  private static SegmentationDescriptor componentSegmentation() {
    return new SegmentationDescriptor(
        SpliceDescriptor.CUEI,
        0xFFFFFFFFL,
        false,
        false,
        List.of(
            new SegmentationDescriptor.Component(1, 0),
            new SegmentationDescriptor.Component(2, (1L << 33) - 1)),
        OptionalLong.of((1L << 40) - 1),
        Optional.of(new SegmentationDescriptor.DeliveryRestrictions(true, false, true, 2)),
        new SegmentationUpid(
            SegmentationUpid.MID, Bytes.ofHex("0e03" + "616263" + "0c05" + "4142434430")),
        0x36,
        1,
        2,
        OptionalInt.of(3),
        OptionalInt.of(4));
  }

  private static SpliceInsert componentInsert(boolean immediate) {
    return new SpliceInsert(
        77,
        false,
        false,
        false,
        immediate,
        Optional.empty(),
        List.of(
            new SpliceInsert.Component(
                1, immediate ? Optional.empty() : Optional.of(SpliceTime.of(90_000))),
            new SpliceInsert.Component(
                2, immediate ? Optional.empty() : Optional.of(SpliceTime.unspecified()))),
        Optional.of(new BreakDuration(false, 2_700_000)),
        65535,
        1,
        2);
  }

  private static SpliceSchedule schedule() {
    return new SpliceSchedule(
        List.of(
            new SpliceSchedule.Event(
                1, true, false, false, OptionalLong.empty(), List.of(), Optional.empty(), 0, 0, 0),
            new SpliceSchedule.Event(
                2,
                false,
                true,
                true,
                OptionalLong.of(1_300_000_000L),
                List.of(),
                Optional.of(new BreakDuration(true, 5_400_000)),
                3,
                1,
                1),
            new SpliceSchedule.Event(
                3,
                false,
                false,
                false,
                OptionalLong.empty(),
                List.of(new SpliceSchedule.Component(9, 4_000_000_000L)),
                Optional.empty(),
                4,
                0,
                0)));
  }
}
