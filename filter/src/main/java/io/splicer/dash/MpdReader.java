package io.splicer.dash;

import io.splicer.core.MediaTime;
import io.splicer.xml.HardenedXml;
import io.splicer.xml.XmlException;
import io.splicer.xml.XmlLimits;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an MPD in one StAX pass into an {@link MpdDocument}: Periods, EventStreams with their
 * SCTE-35 cues, AdaptationSets, SegmentTemplates with SegmentTimelines, MPD-level BaseURL and
 * Location, each with its exact character span. Stateless and thread-safe.
 */
public final class MpdReader {

  /** MPD children that precede Location (ISO/IEC 23009-1 §5.3.1.2 Table 3 order). */
  private static final Set<String> HEAD_CHILDREN =
      Set.of("ProgramInformation", "BaseURL", "Location");

  private MpdReader() {}

  /** Reads with default limits (1 MiB, depth 64). */
  public static MpdDocument read(byte[] mpd) throws DashException {
    return read(mpd, XmlLimits.defaults());
  }

  /**
   * Reads an MPD.
   *
   * @throws DashException MALFORMED (not well-formed, DOCTYPE, limits) or NOT_AN_MPD
   */
  public static MpdDocument read(byte[] mpd, XmlLimits limits) throws DashException {
    XMLStreamReader r;
    try {
      r = HardenedXml.openNamespaceUnaware(mpd, limits);
    } catch (XmlException e) {
      throw malformed(e);
    }
    try {
      Charset charset = charset(r.getEncoding());
      String text = new String(mpd, charset);
      return new Walk(mpd, text, charset, r).run();
    } catch (XMLStreamException e) {
      throw malformed(HardenedXml.classify(e));
    } finally {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // nothing to release for an in-memory source
      }
    }
  }

  private static DashException malformed(XmlException e) {
    return new DashException(
        DashException.Kind.MALFORMED, "/", "MPD is not readable XML", e.offendingValue(), e);
  }

  private static Charset charset(String encoding) {
    try {
      return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** Local part of a name as written ({@code scte35:Binary} → {@code Binary}). */
  static String local(String name) {
    int colon = name.indexOf(':');
    return colon < 0 ? name : name.substring(colon + 1);
  }

  /** The whitespace between the previous line end and {@code offset}, if only whitespace. */
  static String indentBefore(String text, int offset) {
    int i = offset;
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
      i--;
    }
    return i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r'
        ? text.substring(i, offset)
        : "";
  }

  /** One pass over one document. */
  private static final class Walk {
    private final byte[] bytes;
    private final String text;
    private final Charset charset;
    private final XMLStreamReader r;
    private final TagScanner scan;
    private final List<DashProblem> problems = new ArrayList<>();
    private final List<Span> baseUrls = new ArrayList<>();
    private final List<String> baseUrlValues = new ArrayList<>();
    private final List<Span> locations = new ArrayList<>();
    private final List<MpdPeriod> periods = new ArrayList<>();
    private int depth;
    private boolean dynamic;
    private Span mpdTag;
    private Optional<MediaTime> presentationDuration = Optional.empty();
    private int headInsert = -1;
    private String headIndent = "";
    private PeriodParser period;
    private StringBuilder baseUrlText;
    private int baseUrlStart;

    Walk(byte[] bytes, String text, Charset charset, XMLStreamReader r) {
      this.bytes = bytes;
      this.text = text;
      this.charset = charset;
      this.r = r;
      this.scan = new TagScanner(text);
    }

    MpdDocument run() throws XMLStreamException, DashException {
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            scan.nextStartTag();
            depth++;
            start(local(r.getLocalName()));
          }
          case XMLStreamConstants.END_ELEMENT -> {
            scan.nextEndTag();
            end(local(r.getLocalName()));
            depth--;
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> characters();
          default -> {}
        }
      }
      if (mpdTag == null) {
        throw new DashException(DashException.Kind.NOT_AN_MPD, "/", "empty document", "");
      }
      if (headInsert < 0) {
        headInsert = text.lastIndexOf("</");
      }
      return new MpdDocument(
          bytes,
          text,
          charset,
          dynamic,
          mpdTag,
          presentationDuration,
          baseUrls,
          baseUrlValues,
          locations,
          headInsert,
          headIndent,
          effectiveStarts(),
          problems);
    }

    private void start(String name) throws DashException {
      if (depth == 1) {
        root(name);
      } else if (depth == 2) {
        mpdChild(name);
      } else if (period != null) {
        period.start(name, scan.start(), scan.end(), scan.selfClosing(), depth);
      }
    }

    private void root(String name) throws DashException {
      if (!name.equals("MPD")) {
        throw new DashException(
            DashException.Kind.NOT_AN_MPD, "/" + name, "root element is not MPD", name);
      }
      mpdTag = new Span(scan.start(), scan.end());
      dynamic = "dynamic".equals(attr("type"));
      String mpd = attr("mediaPresentationDuration");
      if (mpd != null) {
        presentationDuration = IsoDuration.parse(mpd);
        if (presentationDuration.isEmpty()) {
          problems.add(invalid("/MPD", "mediaPresentationDuration", mpd));
        }
      }
    }

    private void mpdChild(String name) {
      if (headInsert < 0 && !HEAD_CHILDREN.contains(name)) {
        headInsert = scan.start();
        headIndent = indentBefore(text, scan.start());
      }
      switch (name) {
        case "BaseURL" -> {
          baseUrlText = new StringBuilder();
          baseUrlStart = scan.start();
        }
        case "Location" -> locations.add(new Span(scan.start(), scan.end()));
        case "Period" -> period = newPeriod();
        default -> {}
      }
    }

    private PeriodParser newPeriod() {
      int index = periods.size();
      String path = "/MPD/Period[" + (index + 1) + "]";
      Optional<MediaTime> start = duration(path, "start");
      Optional<MediaTime> dur = duration(path, "duration");
      return new PeriodParser(
          index,
          path,
          new Span(scan.start(), scan.end()),
          indentBefore(text, scan.start()),
          Optional.ofNullable(attr("id")),
          start,
          dur,
          text,
          r,
          problems);
    }

    private Optional<MediaTime> duration(String path, String name) {
      String v = attr(name);
      if (v == null) {
        return Optional.empty();
      }
      Optional<MediaTime> d = IsoDuration.parse(v);
      if (d.isEmpty()) {
        problems.add(invalid(path, name, v));
      }
      return d;
    }

    private void end(String name) {
      if (depth == 2 && name.equals("BaseURL") && baseUrlText != null) {
        baseUrls.add(new Span(baseUrlStart, scan.end()));
        baseUrlValues.add(baseUrlText.toString().trim());
        baseUrlText = null;
      } else if (depth == 2 && name.equals("Location")) {
        Span open = locations.remove(locations.size() - 1);
        locations.add(new Span(open.start(), scan.end()));
      } else if (depth == 2 && name.equals("Period") && period != null) {
        periods.add(period.finish(scan.end()));
        period = null;
      } else if (period != null) {
        period.end(name, scan.start(), scan.end(), depth);
      }
    }

    private void characters() {
      if (baseUrlText != null) {
        baseUrlText.append(r.getText());
      } else if (period != null) {
        period.characters();
      }
    }

    private String attr(String name) {
      return r.getAttributeValue(null, name);
    }

    /** ISO/IEC 23009-1 §5.3.2.1: early-available / derived Period start times. */
    private List<MpdPeriod> effectiveStarts() {
      List<MpdPeriod> out = new ArrayList<>(periods.size());
      MediaTime previousEnd = MediaTime.ZERO;
      for (MpdPeriod p : periods) {
        MediaTime start = p.declaredStart().orElse(previousEnd);
        MpdPeriod withStart = p.withStart(start);
        out.add(withStart);
        previousEnd = p.duration().map(start::plus).orElse(start);
      }
      return out;
    }
  }

  static DashProblem invalid(String path, String name, String value) {
    return new DashProblem(
        DashProblem.Kind.INVALID_VALUE, path, "@" + name + " is not valid [" + value + "]");
  }
}
