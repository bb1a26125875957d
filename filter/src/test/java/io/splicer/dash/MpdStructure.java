package io.splicer.dash;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structural view of an MPD for golden comparisons: per Period its id, start, duration, own
 * BaseURL, SCTE Event ids, and per SegmentTemplate timescale / presentationTimeOffset / startNumber
 * / timeline (t, d, r expanded to explicit t).
 */
final class MpdStructure {

  private static final Pattern BASE_URL = Pattern.compile("<BaseURL>([^<]*)</BaseURL>");

  private MpdStructure() {}

  static List<String> of(byte[] mpd) throws DashException {
    MpdDocument doc = MpdReader.read(mpd);
    List<String> out = new ArrayList<>();
    for (MpdPeriod p : doc.periods()) {
      out.add(period(doc, p));
      for (SegmentTemplateInfo t : p.templates()) {
        out.add("  " + template(t));
      }
    }
    return out;
  }

  private static String period(MpdDocument doc, MpdPeriod p) {
    String body = doc.text().substring(p.tag().end(), p.span().end());
    int firstSet =
        p.adaptationSets().isEmpty()
            ? body.length()
            : p.adaptationSets().get(0).span().start() - p.tag().end();
    Matcher m = BASE_URL.matcher(body.substring(0, firstSet));
    String base = m.find() ? m.group(1) : "-";
    List<String> events = new ArrayList<>();
    for (EventStreamInfo s : p.eventStreams()) {
      for (MpdEvent e : s.events()) {
        events.add(e.id().orElse("t" + e.presentationTime()));
      }
    }
    return "Period id="
        + p.id().orElse("-")
        + " start="
        + p.declaredStart().map(IsoDuration::format).orElse("-")
        + " duration="
        + p.duration().map(IsoDuration::format).orElse("-")
        + " baseURL="
        + base
        + " sets="
        + p.adaptationSets().size()
        + " events="
        + events;
  }

  private static String template(SegmentTemplateInfo t) {
    StringBuilder b =
        new StringBuilder()
            .append("timescale=")
            .append(t.timescale())
            .append(" pto=")
            .append(t.presentationTimeOffset())
            .append(" startNumber=")
            .append(t.startNumber())
            .append(" S=");
    long time = 0;
    for (TimelineEntry s : t.timeline()) {
      time = s.t().orElse(time);
      b.append('[').append(time).append(',').append(s.d()).append(',').append(s.r()).append(']');
      time += s.d() * (s.r() + 1);
    }
    return b.toString();
  }
}
