package io.splicer.dash;

import io.splicer.core.MediaTime;
import io.splicer.scte35.CueKind;
import io.splicer.scte35.Scte35Decoder;
import io.splicer.scte35.Scte35Mode;
import io.splicer.scte35.Scte35Result;
import io.splicer.scte35.SegmentationDescriptor;
import io.splicer.scte35.SegmentationTypes;
import io.splicer.scte35.SpliceInfoSection;
import io.splicer.scte35.SpliceInsert;
import io.splicer.scte35.TimeSignal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Collects the SCTE-35 content of one MPD {@code Event} while the reader walks it, and turns it
 * into an {@link EventCue}. The SCTE 35 XML (SCTE 35 §"XML schema", SCTE 214-1 §6.7.4) is read by
 * local name only: real MPDs bind the elements to {@code http://www.scte.org/schemas/35/2016},
 * {@code http://www.scte.org/schemas/35}, {@code urn:scte:scte35:2013:xml}, or leave the prefix
 * undeclared.
 */
final class ScteCues {

  private static final long PTS_RATE = 90_000L;

  private final String path;
  private final List<DashProblem> problems;
  private Map<String, String> spliceInsert;
  private boolean timeSignal;
  private OptionalLong breakDuration = OptionalLong.empty();
  private Map<String, String> segmentation;
  private OptionalInt upidTypeId = OptionalInt.empty();
  private String otherCommand;
  private boolean sawSection;
  private StringBuilder binary;

  ScteCues(String path, List<DashProblem> problems) {
    this.path = path;
    this.problems = problems;
  }

  /** An element start inside the Event; {@code attributes} read lazily only when needed. */
  void start(String localName, Map<String, String> attributes) {
    switch (localName) {
      case "SpliceInfoSection" -> sawSection = true;
      case "SpliceInsert" -> spliceInsert = attributes;
      case "TimeSignal" -> timeSignal = true;
      case "BreakDuration" -> breakDuration = number(attributes.get("duration"), "duration");
      case "SegmentationDescriptor" -> {
        if (segmentation == null) {
          segmentation = attributes;
        }
      }
      case "SegmentationUpid" -> upidTypeId = integer(attributes.get("segmentationTypeId"));
      case "SpliceNull", "SpliceSchedule", "BandwidthReservation", "PrivateCommand" ->
          otherCommand = localName;
      case "Binary" -> binary = new StringBuilder();
      default -> {}
    }
  }

  /** Whether text is being captured (inside {@code Binary}). */
  boolean capturing() {
    return binary != null;
  }

  void text(String text) {
    if (binary != null) {
      binary.append(text);
    }
  }

  /** The cue, or empty when the Event carries no SCTE-35 that could be read. */
  Optional<EventCue> finish() {
    if (binary != null) {
      return fromBinary(binary.toString().trim());
    }
    if (spliceInsert != null) {
      return Optional.of(fromSpliceInsert());
    }
    if (timeSignal) {
      return Optional.of(fromTimeSignal());
    }
    if (sawSection || otherCommand != null) {
      problems.add(
          new DashProblem(
              DashProblem.Kind.SCTE35_UNSUPPORTED_COMMAND,
              path,
              "SpliceInfoSection without SpliceInsert or TimeSignal ["
                  + (otherCommand == null ? "none" : otherCommand)
                  + "]"));
      return Optional.of(
          new EventCue(
              CueKind.NONE,
              otherCommand == null ? "none" : otherCommand,
              OptionalLong.empty(),
              Optional.empty(),
              Optional.empty(),
              OptionalInt.empty(),
              false));
    }
    return Optional.empty();
  }

  private EventCue fromSpliceInsert() {
    boolean cancel = "true".equals(spliceInsert.get("spliceEventCancelIndicator"));
    boolean out = "true".equals(spliceInsert.get("outOfNetworkIndicator"));
    // SCTE 35 §9.7.3: out_of_network_indicator 1 = cue-out; a cancellation is no cue.
    CueKind kind = cancel ? CueKind.NONE : out ? CueKind.OUT : CueKind.IN;
    return new EventCue(
        kind,
        "splice_insert",
        number(spliceInsert.get("spliceEventId"), "spliceEventId"),
        ticks(breakDuration),
        Optional.empty(),
        OptionalInt.empty(),
        false);
  }

  private EventCue fromTimeSignal() {
    if (segmentation == null) {
      return new EventCue(
          CueKind.NONE,
          "time_signal",
          OptionalLong.empty(),
          Optional.empty(),
          Optional.empty(),
          OptionalInt.empty(),
          false);
    }
    OptionalInt type = integer(segmentation.get("segmentationTypeId"));
    if (type.isEmpty()) {
      // Seen in MediaTailor's own documentation: segmentationTypeId written on SegmentationUpid.
      type = upidTypeId;
    }
    boolean cancel = "true".equals(segmentation.get("segmentationEventCancelIndicator"));
    CueKind kind = CueKind.NONE;
    if (!cancel && type.isPresent()) {
      // SCTE 35 §10.3.3.1 Table 23.
      kind =
          SegmentationTypes.isStart(type.getAsInt())
              ? CueKind.OUT
              : SegmentationTypes.isEnd(type.getAsInt()) ? CueKind.IN : CueKind.NONE;
    }
    return new EventCue(
        kind,
        "time_signal",
        number(segmentation.get("segmentationEventId"), "segmentationEventId"),
        Optional.empty(),
        ticks(number(segmentation.get("segmentationDuration"), "segmentationDuration")),
        type,
        false);
  }

  private Optional<EventCue> fromBinary(String base64) {
    Scte35Result result = Scte35Decoder.decodeBase64(base64, Scte35Mode.LENIENT);
    if (result.section().isEmpty()) {
      problems.add(
          new DashProblem(
              DashProblem.Kind.SCTE35_PARSING_ERROR,
              path,
              "Binary is not an SCTE-35 splice_info_section ["
                  + abbreviate(base64)
                  + "]"
                  + result.problems().stream()
                      .findFirst()
                      .map(p -> ": " + p.message())
                      .orElse("")));
      return Optional.empty();
    }
    SpliceInfoSection s = result.section().get();
    Optional<MediaTime> brk = Optional.empty();
    if (s.command() instanceof SpliceInsert insert && insert.breakDuration().isPresent()) {
      brk = Optional.of(MediaTime.ofTicks(insert.breakDuration().get().duration(), PTS_RATE));
    }
    Optional<SegmentationDescriptor> seg = s.primarySegmentation();
    Optional<MediaTime> segDuration =
        seg.filter(d -> d.segmentationDuration().isPresent())
            .map(d -> MediaTime.ofTicks(d.segmentationDuration().getAsLong(), PTS_RATE));
    String command =
        s.command() instanceof SpliceInsert
            ? "splice_insert"
            : s.command() instanceof TimeSignal
                ? "time_signal"
                : s.command().getClass().getSimpleName();
    return Optional.of(
        new EventCue(
            s.cueKind(),
            command,
            s.eventId(),
            brk,
            segDuration,
            seg.map(d -> OptionalInt.of(d.segmentationTypeId())).orElse(OptionalInt.empty()),
            true));
  }

  private static Optional<MediaTime> ticks(OptionalLong value) {
    return value.isPresent()
        ? Optional.of(MediaTime.ofTicks(value.getAsLong(), PTS_RATE))
        : Optional.empty();
  }

  private OptionalLong number(String value, String name) {
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      problems.add(
          new DashProblem(
              DashProblem.Kind.INVALID_VALUE, path, name + " is not a number [" + value + "]"));
      return OptionalLong.empty();
    }
  }

  private static OptionalInt integer(String value) {
    if (value == null) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /** Attribute map of the reader's current element, local names as keys. */
  static Map<String, String> attributes(javax.xml.stream.XMLStreamReader r) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      map.put(MpdReader.local(r.getAttributeLocalName(i)), r.getAttributeValue(i));
    }
    return map;
  }
}
