package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.util.List;
import java.util.Optional;

/**
 * One {@code Period} of an MPD (ISO/IEC 23009-1 §5.3.2).
 *
 * @param index 0-based position among the MPD's Periods
 * @param path element path for problems
 * @param span the whole element
 * @param tag its start tag
 * @param indent the whitespace before {@code <Period} on its line (for generated siblings)
 * @param id {@code @id}
 * @param declaredStart {@code @start} as written
 * @param start effective start (§5.3.2.1: {@code @start}, else previous start + duration, else 0 in
 *     a static MPD)
 * @param duration {@code @duration}
 * @param eventStreams Period-level EventStreams
 * @param templates every SegmentTemplate inside
 * @param adaptationSets its AdaptationSets
 * @param unsupportedAddressing why the Period cannot be split (SegmentList, SegmentBase, template
 *     without SegmentTimeline), if so
 */
public record MpdPeriod(
    int index,
    String path,
    Span span,
    Span tag,
    String indent,
    Optional<String> id,
    Optional<MediaTime> declaredStart,
    MediaTime start,
    Optional<MediaTime> duration,
    List<EventStreamInfo> eventStreams,
    List<SegmentTemplateInfo> templates,
    List<AdaptationSetInfo> adaptationSets,
    Optional<String> unsupportedAddressing) {

  public MpdPeriod {
    eventStreams = List.copyOf(eventStreams);
    templates = List.copyOf(templates);
    adaptationSets = List.copyOf(adaptationSets);
  }

  /** The id used to derive generated ids: {@code @id}, else {@code p{index}}. */
  public String idOrIndex() {
    return id.orElse("p" + index);
  }

  MpdPeriod withStart(MediaTime effective) {
    return new MpdPeriod(
        index,
        path,
        span,
        tag,
        indent,
        id,
        declaredStart,
        effective,
        duration,
        eventStreams,
        templates,
        adaptationSets,
        unsupportedAddressing);
  }
}
