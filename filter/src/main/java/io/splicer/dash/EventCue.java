package io.splicer.dash;

import io.splicer.core.MediaTime;
import io.splicer.scte35.CueKind;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The SCTE-35 meaning of one MPD {@code Event}, from SCTE 35 XML (scheme {@code
 * urn:scte:scte35:2013:xml}) or a decoded {@code Binary} (scheme {@code
 * urn:scte:scte35:2014:xml+bin}; SCTE 214-1 §6.7.4).
 *
 * @param kind OUT (avail start), IN (avail end) or NONE
 * @param command {@code splice_insert}, {@code time_signal}, or another command's name
 * @param spliceEventId splice_event_id, else the deciding segmentation_event_id
 * @param breakDuration splice_insert break_duration (90 kHz ticks, as time)
 * @param segmentationDuration the deciding segmentation_duration (as time)
 * @param segmentationTypeId the deciding segmentation_type_id
 * @param binary true when read from a {@code Binary} element
 */
public record EventCue(
    CueKind kind,
    String command,
    OptionalLong spliceEventId,
    Optional<MediaTime> breakDuration,
    Optional<MediaTime> segmentationDuration,
    OptionalInt segmentationTypeId,
    boolean binary) {}
