package io.splicer.dash;

import io.splicer.core.MediaTime;
import io.splicer.xml.HardenedXml;
import io.splicer.xml.XmlException;
import io.splicer.xml.XmlLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The segments of an ad creative's DASH rendition (its first Period), per Representation, so that a
 * segment request built by a player from the copied {@code SegmentTemplate} can be mapped back to
 * the segment's index in the ad (server-side reporting, reference §7.2). Segment addressing by
 * {@code SegmentTemplate} with a {@code SegmentTimeline} or with {@code @duration} (ISO/IEC 23009-1
 * §5.3.9.4–§5.3.9.6), attributes inherited from Period to AdaptationSet to Representation
 * (§5.3.9.1). Immutable, thread-safe.
 *
 * @param renditions one per Representation with a usable template, in document order
 */
public record AdSegments(List<Rendition> renditions) {

  /** Segments expanded per Representation at most (an {@code S@r} cannot blow the heap up). */
  static final int MAX_SEGMENTS = 10_000;

  public AdSegments {
    renditions = List.copyOf(renditions);
  }

  /**
   * One Representation's segments.
   *
   * @param representationId {@code @id}
   * @param media its {@code $Number$}/{@code $Time$} template, compiled (empty: none usable)
   * @param initialization its initialization template, compiled (empty: none)
   * @param startNumber effective {@code @startNumber}
   * @param starts each segment's {@code $Time$} value ({@code @timescale} units)
   * @param durations each segment's duration
   */
  public record Rendition(
      String representationId,
      Optional<SegmentUrlTemplate> media,
      Optional<SegmentUrlTemplate> initialization,
      long startNumber,
      List<Long> starts,
      List<MediaTime> durations) {

    public Rendition {
      starts = List.copyOf(starts);
      durations = List.copyOf(durations);
    }

    /** The index of the segment addressed by {@code value} of the media template, or -1. */
    int index(long value) {
      if (media.isEmpty()) {
        return -1;
      }
      if (media.get().variable() == SegmentUrlTemplate.Variable.TIME) {
        return starts.indexOf(value);
      }
      long k = value - startNumber;
      return k >= 0 && k < durations.size() ? (int) k : -1;
    }
  }

  /** What a request path names. */
  public sealed interface Match {
    Rendition rendition();
  }

  /** The Representation's initialization segment (no beacons). */
  public record Init(Rendition rendition) implements Match {}

  /** Media segment {@code k} (0-based) of the Representation. */
  public record Media(Rendition rendition, int k) implements Match {}

  /** A media path of this ad whose number or time names no segment of it. */
  public record OutOfRange(Rendition rendition, long value) implements Match {}

  /**
   * What {@code path} (relative to the ad Period's BaseURL, percent-decoded, no query) names: the
   * first Representation whose initialization or media template matches; empty if none does.
   */
  public Optional<Match> match(String path) {
    for (Rendition r : renditions) {
      if (r.initialization().flatMap(t -> t.match(path)).isPresent()) {
        return Optional.of(new Init(r));
      }
    }
    for (Rendition r : renditions) {
      Optional<OptionalLong> v = r.media().flatMap(t -> t.match(path));
      if (v.isPresent() && v.get().isPresent()) {
        long value = v.get().getAsLong();
        int k = r.index(value);
        return Optional.of(k < 0 ? new OutOfRange(r, value) : new Media(r, k));
      }
    }
    return Optional.empty();
  }

  /** The segment durations of the first Representation (all of an ad's are alike). */
  public List<MediaTime> firstDurations() {
    return renditions.isEmpty() ? List.of() : renditions.get(0).durations();
  }

  /**
   * Reads the first Period of a creative MPD.
   *
   * @param duration the creative's duration (bounds {@code @duration} addressing)
   */
  public static AdSegments read(byte[] mpd, MediaTime duration) throws DashException {
    XMLStreamReader r;
    try {
      r = HardenedXml.openNamespaceUnaware(mpd, XmlLimits.defaults());
    } catch (XmlException e) {
      throw new DashException(
          DashException.Kind.MALFORMED, "/", "ad MPD is not readable XML", e.offendingValue(), e);
    }
    try {
      return new AdSegments(new Walk(r, duration).run());
    } catch (XMLStreamException e) {
      XmlException x = HardenedXml.classify(e);
      throw new DashException(
          DashException.Kind.MALFORMED, "/", "ad MPD is not readable XML", x.offendingValue(), x);
    } finally {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // nothing to release for an in-memory source
      }
    }
  }

  /** A SegmentTemplate's own attributes and timeline ({@code null}: it has none). */
  private record Template(Map<String, String> attributes, List<long[]> timeline) {}

  /** The StAX walk over the first Period. */
  private static final class Walk {
    private final XMLStreamReader r;
    private final MediaTime duration;
    private final List<Rendition> out = new ArrayList<>();
    private final Template[] levels = new Template[3]; // Period, AdaptationSet, Representation
    private int level = -1;
    private boolean inPeriod;
    private Map<String, String> rep;
    private long setBandwidth;
    private List<long[]> openTimeline;

    Walk(XMLStreamReader r, MediaTime duration) {
      this.r = r;
      this.duration = duration;
    }

    List<Rendition> run() throws XMLStreamException {
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          start(MpdReader.local(r.getLocalName()));
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          String name = MpdReader.local(r.getLocalName());
          if (name.equals("Period") && inPeriod) {
            break;
          }
          end(name);
        }
      }
      return out;
    }

    private void start(String name) {
      if (name.equals("Period")) {
        inPeriod = true;
        level = 0;
        return;
      }
      if (!inPeriod) {
        return;
      }
      switch (name) {
        case "AdaptationSet" -> {
          level = 1;
          levels[1] = null;
          setBandwidth = 0;
        }
        case "Representation" -> {
          level = 2;
          levels[2] = null;
          rep = attributes();
        }
        case "SegmentTemplate" -> levels[level] = new Template(attributes(), new ArrayList<>(0));
        case "SegmentTimeline" -> openTimeline = new ArrayList<>();
        case "S" -> {
          if (openTimeline != null) {
            openTimeline.add(entry());
          }
        }
        default -> {}
      }
    }

    private void end(String name) {
      switch (name) {
        case "SegmentTimeline" -> {
          if (openTimeline != null && levels[level] != null) {
            levels[level] = new Template(levels[level].attributes(), openTimeline);
          }
          openTimeline = null;
        }
        case "Representation" -> {
          rendition().ifPresent(out::add);
          rep = null;
          levels[2] = null;
          level = 1;
        }
        case "AdaptationSet" -> {
          levels[1] = null;
          level = 0;
        }
        default -> {}
      }
    }

    private long[] entry() {
      return new long[] {
        number(r.getAttributeValue(null, "t"), -1),
        number(r.getAttributeValue(null, "d"), 0),
        number(r.getAttributeValue(null, "r"), 0)
      };
    }

    private Map<String, String> attributes() {
      Map<String, String> a = new HashMap<>();
      for (int i = 0; i < r.getAttributeCount(); i++) {
        a.put(MpdReader.local(r.getAttributeLocalName(i)), r.getAttributeValue(i));
      }
      return a;
    }

    /** {@code name} from the Representation's template, else its AdaptationSet's, else Period's. */
    private Optional<String> value(String name) {
      for (int i = 2; i >= 0; i--) {
        if (levels[i] != null && levels[i].attributes().containsKey(name)) {
          return Optional.of(levels[i].attributes().get(name));
        }
      }
      return Optional.empty();
    }

    private List<long[]> timeline() {
      for (int i = 2; i >= 0; i--) {
        if (levels[i] != null && !levels[i].timeline().isEmpty()) {
          return levels[i].timeline();
        }
      }
      return List.of();
    }

    private Optional<Rendition> rendition() {
      if (levels[0] == null && levels[1] == null && levels[2] == null) {
        return Optional.empty(); // SegmentBase / SegmentList: not addressable by template
      }
      String id = rep.getOrDefault("id", "");
      long bandwidth = number(rep.get("bandwidth"), setBandwidth);
      long timescale = Math.max(1, number(value("timescale").orElse(null), 1));
      long startNumber = number(value("startNumber").orElse(null), 1);
      long pto = number(value("presentationTimeOffset").orElse(null), 0);
      List<Long> starts = new ArrayList<>();
      List<MediaTime> durations = new ArrayList<>();
      List<long[]> timeline = timeline();
      if (!timeline.isEmpty()) {
        expand(timeline, timescale, starts, durations);
      } else {
        long d = number(value("duration").orElse(null), 0);
        if (d <= 0) {
          return Optional.empty();
        }
        fixed(d, timescale, pto, starts, durations);
      }
      return Optional.of(
          new Rendition(
              id,
              value("media").flatMap(t -> SegmentUrlTemplate.compile(t, id, bandwidth)),
              value("initialization").flatMap(t -> SegmentUrlTemplate.compile(t, id, bandwidth)),
              startNumber,
              starts,
              durations));
    }

    /** ISO/IEC 23009-1 §5.3.9.6: S@t (else the previous end), S@d, S@r (-1: to the ad's end). */
    private void expand(
        List<long[]> timeline, long timescale, List<Long> starts, List<MediaTime> durations) {
      long time = 0;
      long end = duration.toTicks(timescale);
      for (long[] s : timeline) {
        time = s[0] >= 0 ? s[0] : time;
        long repeat = s[2] >= 0 ? s[2] : Long.MAX_VALUE;
        for (long k = 0; k <= repeat && starts.size() < MAX_SEGMENTS && s[1] > 0; k++) {
          if (s[2] < 0 && !starts.isEmpty() && time - starts.get(0) >= end) {
            break;
          }
          starts.add(time);
          durations.add(MediaTime.ofTicks(s[1], timescale));
          time += s[1];
        }
      }
    }

    /** {@code @duration} addressing: segments of {@code d} up to the ad's end, the last shorter. */
    private void fixed(
        long d, long timescale, long pto, List<Long> starts, List<MediaTime> durations) {
      MediaTime left = duration;
      MediaTime each = MediaTime.ofTicks(d, timescale);
      for (long k = 0; left.isAfter(MediaTime.ZERO) && k < MAX_SEGMENTS; k++) {
        starts.add(pto + k * d);
        durations.add(MediaTime.min(each, left));
        left = left.minus(each);
      }
    }

    private static long number(String value, long fallback) {
      if (value == null) {
        return fallback;
      }
      try {
        return Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        return fallback;
      }
    }
  }
}
