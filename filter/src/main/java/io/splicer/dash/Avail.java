package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.util.Optional;

/**
 * An ad avail found in an MPD EventStream.
 *
 * @param periodIndex index of the Period holding the Event
 * @param periodId that Period's {@code @id} (or {@code p{index}} without one)
 * @param eventKey {@code Event@id}, else the splice/segmentation event id, else the presentation
 *     time: with {@code periodId} a stable key across live refreshes
 * @param event the Event
 * @param stream its EventStream
 * @param offset where the avail starts, from the Period start
 * @param mediaTime the Event presentation time in seconds on the stream's timeline (single-period
 *     Period ids are derived from it)
 * @param duration the avail duration, if any was signalled
 * @param durationSource where {@code duration} came from
 * @param cue the SCTE-35 cue
 * @param limit the latest end of the avail from the Period start: the Period end, or an earlier
 *     cue-in Event (single-period); replacement never runs past it
 */
public record Avail(
    int periodIndex,
    String periodId,
    String eventKey,
    MpdEvent event,
    EventStreamInfo stream,
    MediaTime offset,
    MediaTime mediaTime,
    Optional<MediaTime> duration,
    DurationSource durationSource,
    EventCue cue,
    Optional<MediaTime> limit) {

  /** Precedence of the avail duration (MediaTailor dash-ad-avail-duration). */
  public enum DurationSource {
    /** {@code Event@duration} in {@code EventStream@timescale} units. */
    EVENT_DURATION,
    /** splice_insert {@code BreakDuration@duration} (90 kHz). */
    BREAK_DURATION,
    /** time_signal {@code SegmentationDescriptor@segmentationDuration} (90 kHz). */
    SEGMENTATION_DURATION,
    /** none signalled: the avail lasts until {@code limit}. */
    NONE
  }

  /** A stable identifier of this avail: {@code periodId/eventKey}. */
  public String availId() {
    return periodId + "/" + eventKey;
  }

  /** The duration to fill: the signalled one, capped at {@code limit}; else up to the limit. */
  public Optional<MediaTime> effectiveDuration() {
    Optional<MediaTime> room = limit.map(l -> MediaTime.max(MediaTime.ZERO, l.minus(offset)));
    if (duration.isEmpty()) {
      return room;
    }
    return Optional.of(room.map(r -> MediaTime.min(r, duration.get())).orElse(duration.get()));
  }
}
