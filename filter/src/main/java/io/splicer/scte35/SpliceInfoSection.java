package io.splicer.scte35;

import io.splicer.core.MediaTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * splice_info_section() (SCTE 35 §9.6).
 *
 * @param tableId table_id, 0xFC
 * @param ptsAdjustment 33-bit pts_adjustment in 90 kHz ticks
 * @param cwIndex cw_index (meaningful when encrypted)
 * @param tier 12-bit authorization tier (0xFFF = none)
 * @param crc32 the CRC_32 field as transmitted (as computed, for sections built in code)
 * @param crcValid whether crc32 verified over the section bytes
 * @param sapType 2-bit sap_type (SCTE 35 2020+; 3 = not specified)
 * @param alignmentStuffing alignment_stuffing bytes between the descriptor loop and CRC_32 (kept so
 *     that a decoded section re-encodes byte for byte); empty for sections built in code
 */
public record SpliceInfoSection(
    int tableId,
    int protocolVersion,
    boolean encrypted,
    int encryptionAlgorithm,
    long ptsAdjustment,
    int cwIndex,
    int tier,
    SpliceCommand command,
    List<SpliceDescriptor> descriptors,
    long crc32,
    boolean crcValid,
    int sapType,
    Bytes alignmentStuffing) {

  public static final int TABLE_ID = 0xFC;
  public static final int SAP_NOT_SPECIFIED = 3;
  static final long PTS_MODULUS = 1L << 33;
  static final int TICKS_PER_SECOND = 90_000;

  public SpliceInfoSection {
    Objects.requireNonNull(command, "command");
    descriptors = descriptors == null ? List.of() : List.copyOf(descriptors);
    alignmentStuffing = alignmentStuffing == null ? Bytes.EMPTY : alignmentStuffing;
  }

  /** The contract constructor: sap_type "not specified" (3). */
  public SpliceInfoSection(
      int tableId,
      int protocolVersion,
      boolean encrypted,
      int encryptionAlgorithm,
      long ptsAdjustment,
      int cwIndex,
      int tier,
      SpliceCommand command,
      List<SpliceDescriptor> descriptors,
      long crc32,
      boolean crcValid) {
    this(
        tableId,
        protocolVersion,
        encrypted,
        encryptionAlgorithm,
        ptsAdjustment,
        cwIndex,
        tier,
        command,
        descriptors,
        crc32,
        crcValid,
        SAP_NOT_SPECIFIED,
        Bytes.EMPTY);
  }

  /** An unencrypted section with default header fields; CRC is computed by the encoder. */
  public static SpliceInfoSection of(
      long ptsAdjustment, SpliceCommand command, List<SpliceDescriptor> descriptors) {
    return new SpliceInfoSection(
        TABLE_ID, 0, false, 0, ptsAdjustment, 0xFF, 0xFFF, command, descriptors, 0, false);
  }

  /** This section with other CRC fields (the encoder stamps the computed CRC). */
  public SpliceInfoSection withCrc(long crc, boolean valid) {
    return new SpliceInfoSection(
        tableId,
        protocolVersion,
        encrypted,
        encryptionAlgorithm,
        ptsAdjustment,
        cwIndex,
        tier,
        command,
        descriptors,
        crc,
        valid,
        sapType,
        alignmentStuffing);
  }

  /** The segmentation descriptors, in order. */
  public List<SegmentationDescriptor> segmentationDescriptors() {
    return descriptors.stream()
        .filter(SegmentationDescriptor.class::isInstance)
        .map(SegmentationDescriptor.class::cast)
        .toList();
  }

  /**
   * The segmentation descriptor that decides this cue: the first non-cancelled one whose type id
   * starts or ends an ad opportunity, else the first one.
   */
  public Optional<SegmentationDescriptor> primarySegmentation() {
    List<SegmentationDescriptor> all = segmentationDescriptors();
    return all.stream()
        .filter(d -> !d.segmentationEventCancelIndicator())
        .filter(
            d ->
                SegmentationTypes.isStart(d.segmentationTypeId())
                    || SegmentationTypes.isEnd(d.segmentationTypeId()))
        .findFirst()
        .or(() -> all.stream().findFirst());
  }

  /**
   * OUT, IN or NONE: splice_insert by out_of_network_indicator (§9.7.3); time_signal by the primary
   * segmentation descriptor's type id (§10.3.3.1 Table 23, see {@link SegmentationTypes}).
   * Cancellations are NONE.
   */
  public CueKind cueKind() {
    if (command instanceof SpliceInsert insert) {
      if (insert.spliceEventCancelIndicator()) {
        return CueKind.NONE;
      }
      return insert.outOfNetworkIndicator() ? CueKind.OUT : CueKind.IN;
    }
    if (!(command instanceof TimeSignal)) {
      return CueKind.NONE;
    }
    return primarySegmentation()
        .filter(d -> !d.segmentationEventCancelIndicator())
        .map(
            d ->
                SegmentationTypes.isStart(d.segmentationTypeId())
                    ? CueKind.OUT
                    : SegmentationTypes.isEnd(d.segmentationTypeId()) ? CueKind.IN : CueKind.NONE)
        .orElse(CueKind.NONE);
  }

  /** splice_insert break_duration, else the primary segmentation_duration (90 kHz ticks). */
  public Optional<MediaTime> breakDuration() {
    if (command instanceof SpliceInsert insert && insert.breakDuration().isPresent()) {
      return Optional.of(
          MediaTime.ofTicks(insert.breakDuration().get().duration(), TICKS_PER_SECOND));
    }
    return primarySegmentation()
        .filter(d -> d.segmentationDuration().isPresent())
        .map(d -> MediaTime.ofTicks(d.segmentationDuration().getAsLong(), TICKS_PER_SECOND));
  }

  /**
   * The splice time (splice_insert program splice_time or time_signal splice_time) plus
   * pts_adjustment, modulo 2^33 (§9.6 pts_adjustment), when time_specified_flag is set.
   */
  public OptionalLong spliceTimePts() {
    Optional<SpliceTime> time = Optional.empty();
    if (command instanceof SpliceInsert insert) {
      time = insert.spliceTime();
    } else if (command instanceof TimeSignal signal) {
      time = Optional.of(signal.spliceTime());
    }
    return time.filter(SpliceTime::timeSpecified)
        .map(t -> OptionalLong.of(adjust(t.ptsTime().getAsLong())))
        .orElse(OptionalLong.empty());
  }

  /** {@code pts} plus pts_adjustment, modulo 2^33. */
  public long adjust(long pts) {
    return Math.floorMod(pts + ptsAdjustment, PTS_MODULUS);
  }

  /** splice_event_id of a splice_insert, else the primary segmentation_event_id. */
  public OptionalLong eventId() {
    if (command instanceof SpliceInsert insert) {
      return OptionalLong.of(insert.spliceEventId());
    }
    return primarySegmentation()
        .map(d -> OptionalLong.of(d.segmentationEventId()))
        .orElse(OptionalLong.empty());
  }
}
