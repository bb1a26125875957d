package io.splicer.dash;

import io.splicer.core.MediaTime;
import io.splicer.scte35.CueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds SCTE-35 avails in Period EventStreams (SCTE 214-1 §6.7; MediaTailor dash-ad-markers).
 * {@code InbandEventStream} (in-segment {@code emsg}) is not a manifest marker and is left alone.
 */
public final class AvailDetector {

  private AvailDetector() {}

  /** Detects avails according to the origin's manifest type. */
  public static AvailScan detect(MpdDocument mpd, OriginManifestType type) {
    List<Avail> avails = new ArrayList<>();
    for (MpdPeriod period : mpd.periods()) {
      Optional<MediaTime> periodLimit =
          mpd.periodEnd(period.index()).map(end -> end.minus(period.start()));
      if (type == OriginManifestType.MULTI_PERIOD) {
        firstEvent(period).ifPresent(c -> addIfOut(avails, period, c, periodLimit));
      } else {
        everyEvent(avails, period, periodLimit);
      }
    }
    return new AvailScan(avails, mpd.problems());
  }

  private record Candidate(EventStreamInfo stream, MpdEvent event) {}

  /** The first SCTE-35 Event of the Period that carries a readable cue (earliest time). */
  private static Optional<Candidate> firstEvent(MpdPeriod period) {
    Candidate best = null;
    for (EventStreamInfo stream : period.eventStreams()) {
      if (!stream.isScte35()) {
        continue;
      }
      for (MpdEvent event : stream.events()) {
        if (event.cue().isEmpty()) {
          continue;
        }
        if (best == null || offset(stream, event).isBefore(offset(best.stream, best.event))) {
          best = new Candidate(stream, event);
        }
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  private static void addIfOut(
      List<Avail> avails, MpdPeriod period, Candidate c, Optional<MediaTime> limit) {
    if (c.event.cue().map(EventCue::kind).orElse(CueKind.NONE) == CueKind.OUT) {
      avails.add(avail(period, c.stream, c.event, limit));
    }
  }

  /** Single-period: every cue-out is an avail; a later cue-in ends it early. */
  private static void everyEvent(
      List<Avail> avails, MpdPeriod period, Optional<MediaTime> periodLimit) {
    List<Candidate> all = new ArrayList<>();
    for (EventStreamInfo stream : period.eventStreams()) {
      if (stream.isScte35()) {
        for (MpdEvent event : stream.events()) {
          if (event.cue().isPresent()) {
            all.add(new Candidate(stream, event));
          }
        }
      }
    }
    all.sort((a, b) -> offset(a.stream, a.event).compareTo(offset(b.stream, b.event)));
    for (int i = 0; i < all.size(); i++) {
      Candidate c = all.get(i);
      if (c.event.cue().get().kind() != CueKind.OUT) {
        continue;
      }
      Optional<MediaTime> limit = periodLimit;
      for (int j = i + 1; j < all.size(); j++) {
        CueKind next = all.get(j).event.cue().get().kind();
        if (next == CueKind.IN || next == CueKind.OUT) {
          MediaTime at = offset(all.get(j).stream, all.get(j).event);
          limit = Optional.of(limit.map(l -> MediaTime.min(l, at)).orElse(at));
          break;
        }
      }
      avails.add(avail(period, c.stream, c.event, limit));
    }
  }

  private static Avail avail(
      MpdPeriod period, EventStreamInfo stream, MpdEvent event, Optional<MediaTime> limit) {
    EventCue cue = event.cue().orElseThrow();
    Optional<MediaTime> duration = Optional.empty();
    Avail.DurationSource source = Avail.DurationSource.NONE;
    if (event.duration().isPresent()) {
      duration = Optional.of(MediaTime.ofTicks(event.duration().getAsLong(), stream.timescale()));
      source = Avail.DurationSource.EVENT_DURATION;
    } else if (cue.breakDuration().isPresent()) {
      duration = cue.breakDuration();
      source = Avail.DurationSource.BREAK_DURATION;
    } else if (cue.segmentationDuration().isPresent()) {
      duration = cue.segmentationDuration();
      source = Avail.DurationSource.SEGMENTATION_DURATION;
    }
    String key =
        event
            .id()
            .orElseGet(
                () ->
                    cue.spliceEventId().isPresent()
                        ? Long.toString(cue.spliceEventId().getAsLong())
                        : "t" + event.presentationTime());
    return new Avail(
        period.index(),
        period.idOrIndex(),
        key,
        event,
        stream,
        offset(stream, event),
        MediaTime.ofTicks(event.presentationTime(), stream.timescale()),
        duration,
        source,
        cue,
        limit);
  }

  /** ISO/IEC 23009-1 §5.10.2: (presentationTime − presentationTimeOffset) / timescale. */
  static MediaTime offset(EventStreamInfo stream, MpdEvent event) {
    MediaTime t =
        MediaTime.ofTicks(
            event.presentationTime() - stream.presentationTimeOffset(), stream.timescale());
    return MediaTime.max(MediaTime.ZERO, t);
  }
}
