package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;

/** Builds one {@link MpdPeriod} from the reader's events between its start and end tag. */
final class PeriodParser {

  private static final Set<String> CUE_ELEMENTS =
      Set.of(
          "SpliceInfoSection",
          "SpliceInsert",
          "TimeSignal",
          "BreakDuration",
          "SegmentationDescriptor",
          "SegmentationUpid",
          "SpliceNull",
          "SpliceSchedule",
          "BandwidthReservation",
          "PrivateCommand",
          "Binary");

  private final int index;
  private final String path;
  private final Span tag;
  private final String indent;
  private final Optional<String> id;
  private final Optional<MediaTime> start;
  private final Optional<MediaTime> duration;
  private final String text;
  private final XMLStreamReader r;
  private final List<DashProblem> problems;

  private final List<EventStreamInfo> eventStreams = new ArrayList<>();
  private final List<SegmentTemplateInfo> templates = new ArrayList<>();
  private final List<AdaptationSetInfo> adaptationSets = new ArrayList<>();
  private String unsupported;

  private EventStreamInfo streamHeader;
  private int streamStart;
  private List<MpdEvent> events;
  private int eventStart;
  private int eventDepth;
  private Map<String, String> eventAttributes;
  private ScteCues cues;

  private Map<String, String> setAttributes;
  private int setStart;
  private Span setTag;
  private List<RepresentationInfo> reps;
  private List<Span> protections;
  private int protectionStart;
  private Map<String, String> repAttributes;

  private TemplateParser periodTemplate;
  private TemplateParser setTemplate;
  private TemplateParser repTemplate;
  private TemplateParser openTemplate;
  private boolean listOrBase;

  PeriodParser(
      int index,
      String path,
      Span tag,
      String indent,
      Optional<String> id,
      Optional<MediaTime> start,
      Optional<MediaTime> duration,
      String text,
      XMLStreamReader r,
      List<DashProblem> problems) {
    this.index = index;
    this.path = path;
    this.tag = tag;
    this.indent = indent;
    this.id = id;
    this.start = start;
    this.duration = duration;
    this.text = text;
    this.r = r;
    this.problems = problems;
  }

  void start(String name, int tagStart, int tagEnd, boolean selfClosing, int depth) {
    if (cues != null) {
      if (CUE_ELEMENTS.contains(name)) {
        cues.start(name, ScteCues.attributes(r));
      }
      return;
    }
    switch (name) {
      case "EventStream" -> startStream(tagStart, depth);
      case "Event" -> startEvent(tagStart, depth);
      case "AdaptationSet" -> startSet(tagStart, tagEnd);
      case "Representation" -> {
        repAttributes = ScteCues.attributes(r);
        repTemplate = null;
      }
      case "ContentProtection" -> protectionStart = tagStart;
      case "SegmentTemplate" -> startTemplate(tagStart, tagEnd);
      case "SegmentTimeline" -> {
        if (openTemplate != null) {
          openTemplate.timelineStart(tagEnd);
        }
      }
      case "S" -> {
        if (openTemplate != null) {
          openTemplate.entry(
              r.getAttributeValue(null, "t"),
              r.getAttributeValue(null, "d"),
              r.getAttributeValue(null, "r"),
              problems,
              path);
        }
      }
      case "SegmentList", "SegmentBase" -> listOrBase = true;
      default -> {}
    }
  }

  private void startStream(int tagStart, int depth) {
    if (depth != 3) {
      return;
    }
    streamStart = tagStart;
    events = new ArrayList<>();
    Map<String, String> a = ScteCues.attributes(r);
    String streamPath = path + "/EventStream[" + (eventStreams.size() + 1) + "]";
    streamHeader =
        new EventStreamInfo(
            new Span(tagStart, tagStart),
            a.getOrDefault("schemeIdUri", ""),
            positive(a.get("timescale"), 1, streamPath, "timescale"),
            number(a.get("presentationTimeOffset"), 0, streamPath, "presentationTimeOffset"),
            List.of());
  }

  private void startEvent(int tagStart, int depth) {
    if (events == null) {
      return;
    }
    eventStart = tagStart;
    eventDepth = depth;
    eventAttributes = ScteCues.attributes(r);
    cues = new ScteCues(eventPath(), problems);
  }

  private String eventPath() {
    return path
        + "/EventStream["
        + (eventStreams.size() + 1)
        + "]/Event["
        + (events.size() + 1)
        + "]";
  }

  private void startSet(int tagStart, int tagEnd) {
    setAttributes = ScteCues.attributes(r);
    setStart = tagStart;
    setTag = new Span(tagStart, tagEnd);
    reps = new ArrayList<>();
    protections = new ArrayList<>();
    setTemplate = null;
  }

  private void startTemplate(int tagStart, int tagEnd) {
    TemplateParser parent;
    if (repAttributes != null) {
      parent = setTemplate != null ? setTemplate : periodTemplate;
    } else if (setAttributes != null) {
      parent = periodTemplate;
    } else {
      parent = null;
    }
    openTemplate = new TemplateParser(new Span(tagStart, tagEnd), ScteCues.attributes(r), parent);
  }

  void end(String name, int tagStart, int tagEnd, int depth) {
    if (cues != null) {
      if (name.equals("Event") && depth == eventDepth) {
        endEvent(tagEnd);
      }
      return;
    }
    switch (name) {
      case "EventStream" -> endStream(tagEnd);
      case "SegmentTimeline" -> {
        if (openTemplate != null) {
          openTemplate.timelineEnd(tagStart);
        }
      }
      case "SegmentTemplate" -> endTemplate();
      case "Representation" -> endRepresentation();
      case "ContentProtection" -> {
        if (protections != null) {
          protections.add(new Span(protectionStart, tagEnd));
        }
      }
      case "AdaptationSet" -> endSet(tagEnd);
      default -> {}
    }
  }

  private void endEvent(int tagEnd) {
    String p = eventPath();
    MpdEvent event =
        new MpdEvent(
            new Span(eventStart, tagEnd),
            p,
            number(eventAttributes.get("presentationTime"), 0, p, "presentationTime"),
            optionalNumber(eventAttributes.get("duration"), p, "duration"),
            Optional.ofNullable(eventAttributes.get("id")),
            streamHeader.isScte35() ? cues.finish() : Optional.empty());
    events.add(event);
    cues = null;
  }

  private void endStream(int tagEnd) {
    if (events == null) {
      return;
    }
    eventStreams.add(
        new EventStreamInfo(
            new Span(streamStart, tagEnd),
            streamHeader.schemeIdUri(),
            streamHeader.timescale(),
            streamHeader.presentationTimeOffset(),
            events));
    events = null;
  }

  private void endTemplate() {
    if (openTemplate == null) {
      return;
    }
    TemplateParser t = openTemplate;
    openTemplate = null;
    if (t.ownTimeline()) {
      templates.add(t.build());
    }
    if (repAttributes != null) {
      repTemplate = t;
    } else if (setAttributes != null) {
      setTemplate = t;
    } else {
      periodTemplate = t;
    }
  }

  private void endRepresentation() {
    if (repAttributes == null) {
      return;
    }
    TemplateParser leaf =
        repTemplate != null ? repTemplate : setTemplate != null ? setTemplate : periodTemplate;
    if (listOrBase) {
      unsupported = "SegmentList/SegmentBase";
    } else if (leaf == null) {
      unsupported = "no SegmentTemplate";
    } else if (!leaf.timelineInChain()) {
      unsupported = "SegmentTemplate without SegmentTimeline";
    }
    String rp = path + "/Representation";
    reps.add(
        new RepresentationInfo(
            Optional.ofNullable(repAttributes.get("id")),
            number(repAttributes.get("bandwidth"), 0, rp, "bandwidth"),
            optionalNumber(repAttributes.get("width"), rp, "width"),
            optionalNumber(repAttributes.get("height"), rp, "height"),
            Optional.ofNullable(repAttributes.get("codecs"))
                .or(() -> Optional.ofNullable(setAttributes.get("codecs")))));
    repAttributes = null;
    repTemplate = null;
  }

  private void endSet(int tagEnd) {
    if (setAttributes == null) {
      return;
    }
    Optional<String> codecs =
        Optional.ofNullable(setAttributes.get("codecs"))
            .or(() -> reps.stream().findFirst().flatMap(RepresentationInfo::codecs));
    adaptationSets.add(
        new AdaptationSetInfo(
            new Span(setStart, tagEnd),
            setTag,
            AdaptationSetInfo.classify(
                Optional.ofNullable(setAttributes.get("contentType")),
                Optional.ofNullable(setAttributes.get("mimeType")),
                codecs),
            Optional.ofNullable(setAttributes.get("lang")),
            codecs,
            reps,
            protections));
    setAttributes = null;
    setTemplate = null;
  }

  void characters() {
    if (cues != null && cues.capturing()) {
      cues.text(r.getText());
    }
  }

  MpdPeriod finish(int periodEnd) {
    if (listOrBase && unsupported == null) {
      unsupported = "SegmentList/SegmentBase";
    }
    return new MpdPeriod(
        index,
        path,
        new Span(tag.start(), periodEnd),
        tag,
        indent,
        id,
        start,
        start.orElse(MediaTime.ZERO),
        duration,
        eventStreams,
        templates,
        adaptationSets,
        Optional.ofNullable(unsupported));
  }

  private long number(String value, long fallback, String where, String name) {
    OptionalLong n = optionalNumber(value, where, name);
    return n.orElse(fallback);
  }

  private long positive(String value, long fallback, String where, String name) {
    long n = number(value, fallback, where, name);
    if (n <= 0) {
      problems.add(MpdReader.invalid(where, name, value));
      return fallback;
    }
    return n;
  }

  private OptionalLong optionalNumber(String value, String where, String name) {
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      problems.add(MpdReader.invalid(where, name, value));
      return OptionalLong.empty();
    }
  }

  String text() {
    return text;
  }
}
