package io.splicer.dash;

import java.util.List;
import java.util.Optional;

/**
 * A {@code SegmentTemplate} at Period, AdaptationSet or Representation level (ISO/IEC 23009-1
 * §5.3.9.4), with the values it inherits from the templates above it (§5.3.9.1).
 *
 * @param tag the start tag
 * @param timelineContent the characters between {@code <SegmentTimeline>} and {@code
 *     </SegmentTimeline>}, when this template carries a timeline
 * @param timeline its {@code S} entries (empty without a timeline)
 * @param timescale effective {@code @timescale} (default 1)
 * @param presentationTimeOffset effective {@code @presentationTimeOffset} (default 0)
 * @param startNumber effective {@code @startNumber} (default 1)
 * @param media effective {@code @media}
 */
public record SegmentTemplateInfo(
    Span tag,
    Optional<Span> timelineContent,
    List<TimelineEntry> timeline,
    long timescale,
    long presentationTimeOffset,
    long startNumber,
    Optional<String> media) {

  public SegmentTemplateInfo {
    timeline = List.copyOf(timeline);
  }

  public boolean hasTimeline() {
    return timelineContent.isPresent();
  }
}
