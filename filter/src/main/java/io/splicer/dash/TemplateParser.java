package io.splicer.dash;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** One SegmentTemplate while it is read, with its inheritance parent (ISO/IEC 23009-1 §5.3.9). */
final class TemplateParser {

  private final Span tag;
  private final Map<String, String> attributes;
  private final TemplateParser parent;
  private int timelineStart = -1;
  private int timelineEnd = -1;
  private final List<TimelineEntry> entries = new ArrayList<>();

  TemplateParser(Span tag, Map<String, String> attributes, TemplateParser parent) {
    this.tag = tag;
    this.attributes = attributes;
    this.parent = parent;
  }

  void timelineStart(int offset) {
    timelineStart = offset;
  }

  void timelineEnd(int offset) {
    timelineEnd = offset;
  }

  void entry(String t, String d, String r, List<DashProblem> problems, String path) {
    try {
      entries.add(
          new TimelineEntry(
              t == null ? OptionalLong.empty() : OptionalLong.of(parse(t)),
              parse(d == null ? "" : d),
              r == null ? 0 : parse(r)));
    } catch (NumberFormatException e) {
      problems.add(
          new DashProblem(
              DashProblem.Kind.INVALID_VALUE,
              path + "/SegmentTimeline/S",
              "bad S [t=" + t + " d=" + d + " r=" + r + "]"));
    }
  }

  private static long parse(String value) {
    return Long.parseLong(value.strip());
  }

  boolean ownTimeline() {
    return timelineStart >= 0 && timelineEnd >= timelineStart;
  }

  boolean timelineInChain() {
    return ownTimeline() || (parent != null && parent.timelineInChain());
  }

  private Optional<String> value(String name) {
    String v = attributes.get(name);
    if (v != null) {
      return Optional.of(v);
    }
    return parent == null ? Optional.empty() : parent.value(name);
  }

  private long longValue(String name, long fallback) {
    try {
      return value(name).map(v -> Long.parseLong(v.trim())).orElse(fallback);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  SegmentTemplateInfo build() {
    long timescale = longValue("timescale", 1);
    return new SegmentTemplateInfo(
        tag,
        ownTimeline() ? Optional.of(new Span(timelineStart, timelineEnd)) : Optional.empty(),
        entries,
        timescale > 0 ? timescale : 1,
        longValue("presentationTimeOffset", 0),
        longValue("startNumber", 1),
        value("media"));
  }
}
