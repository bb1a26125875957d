package io.splicer.harness.players;

import io.splicer.core.MediaTime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Hand-made multi-period DASH stitches of the ffmpeg fixtures: content / ad / content, each period
 * addressing the fixture segments with {@code SegmentTemplate} + {@code SegmentTimeline}. The
 * resumed content period needs {@code presentationTimeOffset} = resume position (ISO/IEC 23009-1
 * §5.3.9.2.2), which {@link Defect#WRONG_PTO} leaves at 0.
 */
final class DashStitch {

  /** What to get wrong on purpose. */
  enum Defect {
    NONE,
    /** The resumed content period has presentationTimeOffset 0 instead of the resume point. */
    WRONG_PTO
  }

  /** One media segment of a timeline: its $Number$, start and duration in timescale ticks. */
  record Seg(long number, long t, long d) {}

  /** One Representation of an ffmpeg MPD (one per AdaptationSet there). */
  record Track(
      String contentType,
      Map<String, String> representation,
      Map<String, String> channels,
      long timescale,
      String initialization,
      String media,
      List<Seg> segments) {

    MediaTime end() {
      Seg last = segments.get(segments.size() - 1);
      return MediaTime.ofTicks(last.t() + last.d(), timescale);
    }
  }

  /** The tracks of an ffmpeg MPD and the root-relative folder holding its segments. */
  record Source(String dir, List<Track> tracks) {
    MediaTime videoDuration() {
      return tracks.stream()
          .filter(t -> t.contentType().equals("video"))
          .findFirst()
          .orElseThrow()
          .end();
    }
  }

  private DashStitch() {}

  /** Reads {@code dir/manifest.mpd} under {@code root} (StAX, no DTDs, no external entities). */
  static Source read(Path root, String dir) throws IOException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(root.resolve(dir).resolve("manifest.mpd"))) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      List<Track> tracks = new ArrayList<>();
      TrackBuilder current = null;
      while (r.hasNext()) {
        if (r.next() != XMLStreamReader.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "AdaptationSet" -> {
            current = new TrackBuilder(r.getAttributeValue(null, "contentType"));
            tracks.add(null);
          }
          case "Representation" -> current.representation = attributes(r);
          case "AudioChannelConfiguration" -> current.channels = attributes(r);
          case "SegmentTemplate" -> current.template(attributes(r));
          case "S" -> current.s(attributes(r));
          default -> {}
        }
        if (current != null) {
          tracks.set(tracks.size() - 1, current.build());
        }
      }
      return new Source("/" + dir + "/", tracks);
    } catch (XMLStreamException e) {
      throw new IOException("cannot read " + dir + "/manifest.mpd: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> attributes(XMLStreamReader r) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      m.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    return m;
  }

  /** Collects one AdaptationSet while reading. */
  private static final class TrackBuilder {
    private final String contentType;
    private Map<String, String> representation = Map.of();
    private Map<String, String> channels;
    private Map<String, String> template = Map.of();
    private final List<Seg> segments = new ArrayList<>();
    private long nextT;

    TrackBuilder(String contentType) {
      this.contentType = contentType;
    }

    void template(Map<String, String> attributes) {
      template = attributes;
    }

    void s(Map<String, String> a) {
      long t = a.containsKey("t") ? Long.parseLong(a.get("t")) : nextT;
      long d = Long.parseLong(a.get("d"));
      long repeat = a.containsKey("r") ? Long.parseLong(a.get("r")) : 0;
      long first = Long.parseLong(template.getOrDefault("startNumber", "1"));
      for (long i = 0; i <= repeat; i++) {
        segments.add(new Seg(first + segments.size(), t, d));
        t += d;
      }
      nextT = t;
    }

    Track build() {
      return new Track(
          contentType,
          representation,
          channels,
          Long.parseLong(template.getOrDefault("timescale", "1")),
          template.get("initialization"),
          template.get("media"),
          List.copyOf(segments));
    }
  }

  /**
   * Content [0, at), the whole ad, content [at, end): three periods, and what they claim. {@code
   * at} should be a content segment boundary.
   */
  static String threePeriods(Source content, Source ad, MediaTime at, Defect defect) {
    MediaTime contentEnd = content.videoDuration();
    MediaTime adDuration = ad.videoDuration();
    StringBuilder periods = new StringBuilder();
    period(periods, "content-1", MediaTime.ZERO, content, MediaTime.ZERO, at, true);
    period(periods, "ad-1", at, ad, MediaTime.ZERO, adDuration, true);
    period(
        periods,
        "content-2",
        at.plus(adDuration),
        content,
        at,
        contentEnd,
        defect != Defect.WRONG_PTO);
    MediaTime total = contentEnd.plus(adDuration);
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <MPD xmlns="urn:mpeg:dash:schema:mpd:2011" profiles="urn:mpeg:dash:profile:isoff-live:2011" \
        type="static" mediaPresentationDuration="%s" minBufferTime="PT4S">
        %s</MPD>
        """
        .formatted(duration(total), periods);
  }

  static Expectation threePeriodExpectation(Source content, Source ad, MediaTime at) {
    MediaTime adEnd = at.plus(ad.videoDuration());
    return new Expectation(
        content.videoDuration().plus(ad.videoDuration()),
        MediaTime.ZERO,
        List.of(new Expectation.Break(at, adEnd, at)));
  }

  /** One Period showing source [from, to) of {@code src}, starting at {@code start}. */
  private static void period(
      StringBuilder out,
      String id,
      MediaTime start,
      Source src,
      MediaTime from,
      MediaTime to,
      boolean rightPto) {
    out.append(
        "  <Period id=\"%s\" start=\"%s\" duration=\"%s\">\n"
            .formatted(id, duration(start), duration(to.minus(from))));
    out.append("    <BaseURL>").append(src.dir()).append("</BaseURL>\n");
    for (Track track : src.tracks()) {
      long fromTicks = from.toTicks(track.timescale());
      long toTicks = to.toTicks(track.timescale());
      List<Seg> segs =
          track.segments().stream()
              .filter(s -> s.t() + s.d() > fromTicks && s.t() < toTicks)
              .toList();
      // ISO/IEC 23009-1 §5.3.9.2.2: presentationTimeOffset = media time at the period start.
      track(out, track, rightPto ? fromTicks : 0, segs);
    }
    out.append("  </Period>\n");
  }

  /** A cue-out of the live channel: the avail [at, at + length) of the content timeline. */
  record Cue(MediaTime at, MediaTime length) {}

  /**
   * The content as a single-period live stream ({@code MPD@type="dynamic"}, ISO/IEC 23009-1 §5.4):
   * only segments whose end is at most {@code published}; each cue announced once {@code published}
   * reaches {@code at - lead}, as an SCTE-35 {@code urn:scte:scte35:2013:xml} splice_insert Event
   * with its duration (SCTE 214-1 §6.7). {@code suggestedPresentationDelay} makes the players start
   * {@code delay} behind the live edge.
   */
  static String liveSinglePeriod(
      Source content,
      MediaTime published,
      List<Cue> cues,
      MediaTime lead,
      java.time.Instant availabilityStart,
      java.time.Instant now,
      MediaTime delay) {
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\"")
        .append(" xmlns:scte35=\"http://www.scte.org/schemas/35/2016\"")
        .append(" profiles=\"urn:mpeg:dash:profile:isoff-live:2011\" type=\"dynamic\"")
        .append(" availabilityStartTime=\"")
        .append(availabilityStart)
        .append("\" publishTime=\"")
        .append(now)
        .append("\" minimumUpdatePeriod=\"PT1S\" timeShiftBufferDepth=\"PT120S\"")
        .append(" suggestedPresentationDelay=\"")
        .append(duration(delay))
        .append("\" minBufferTime=\"PT2S\">\n")
        .append("  <Period id=\"0\" start=\"PT0S\">\n")
        .append("    <BaseURL>")
        .append(content.dir())
        .append("</BaseURL>\n")
        .append("    <EventStream schemeIdUri=\"urn:scte:scte35:2013:xml\" timescale=\"90000\">\n");
    for (int i = 0; i < cues.size(); i++) {
      Cue c = cues.get(i);
      if (published.isBefore(c.at().minus(lead))) {
        continue;
      }
      long at = c.at().toTicks(90000);
      long length = c.length().toTicks(90000);
      out.append(
          ("      <Event presentationTime=\"%d\" duration=\"%d\" id=\"%d\">"
                  + "<scte35:SpliceInfoSection protocolVersion=\"0\" tier=\"4095\">"
                  + "<scte35:SpliceInsert spliceEventId=\"%d\" spliceEventCancelIndicator=\"false\""
                  + " outOfNetworkIndicator=\"true\" spliceImmediateFlag=\"false\">"
                  + "<scte35:Program><scte35:SpliceTime ptsTime=\"%d\"/></scte35:Program>"
                  + "<scte35:BreakDuration autoReturn=\"true\" duration=\"%d\"/>"
                  + "</scte35:SpliceInsert></scte35:SpliceInfoSection></Event>\n")
              .formatted(at, length, i + 1, i + 1, at, length));
    }
    out.append("    </EventStream>\n");
    for (Track track : content.tracks()) {
      long edge = published.toTicks(track.timescale());
      List<Seg> segs = track.segments().stream().filter(x -> x.t() + x.d() <= edge).toList();
      track(out, track, 0, segs);
    }
    return out.append("  </Period>\n</MPD>\n").toString();
  }

  /** One AdaptationSet with one Representation addressing {@code segs} of {@code track}. */
  private static void track(StringBuilder out, Track track, long pto, List<Seg> segs) {
    out.append(
        "    <AdaptationSet contentType=\"%s\" segmentAlignment=\"true\" startWithSAP=\"1\">\n"
            .formatted(track.contentType()));
    out.append("      <Representation").append(attrs(track.representation())).append(">\n");
    if (track.channels() != null) {
      out.append("        <AudioChannelConfiguration")
          .append(attrs(track.channels()))
          .append("/>\n");
    }
    out.append(
        ("        <SegmentTemplate timescale=\"%d\" presentationTimeOffset=\"%d\""
                + " startNumber=\"%d\" initialization=\"%s\" media=\"%s\">\n")
            .formatted(
                track.timescale(),
                pto,
                (segs.isEmpty() ? track.segments() : segs).get(0).number(),
                xml(track.initialization()),
                xml(track.media())));
    out.append("          <SegmentTimeline>\n");
    for (Seg x : segs) {
      out.append("            <S t=\"%d\" d=\"%d\"/>\n".formatted(x.t(), x.d()));
    }
    out.append("          </SegmentTimeline>\n        </SegmentTemplate>\n");
    out.append("      </Representation>\n    </AdaptationSet>\n");
  }

  private static String attrs(Map<String, String> a) {
    StringBuilder b = new StringBuilder();
    a.forEach((k, v) -> b.append(' ').append(k).append("=\"").append(xml(v)).append('"'));
    return b.toString();
  }

  private static String xml(String v) {
    return v.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  /** xs:duration with millisecond precision, e.g. PT10.000S. */
  private static String duration(MediaTime t) {
    return "PT" + t.toSecondsString(3) + "S";
  }
}
