package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes planned {@link Piece}s as Period XML, copying origin text verbatim where untouched. */
final class PieceWriter {

  private final MpdDocument doc;
  private final MpdPeriod period;
  private final Optional<MediaTime> periodLength;
  private final RewriteOptions options;
  private final List<DashProblem> problems;
  private final String childIndent;
  private final List<Piece> written = new java.util.ArrayList<>();

  PieceWriter(
      MpdDocument doc,
      MpdPeriod period,
      Optional<MediaTime> periodLength,
      RewriteOptions options,
      List<DashProblem> problems) {
    this.doc = doc;
    this.period = period;
    this.periodLength = periodLength;
    this.options = options;
    this.problems = problems;
    String firstChild =
        period.adaptationSets().isEmpty()
            ? ""
            : MpdReader.indentBefore(doc.text(), period.adaptationSets().get(0).span().start());
    this.childIndent = firstChild.isEmpty() ? period.indent() + "  " : firstChild;
  }

  /** All pieces, separated as sibling Periods on their own lines. */
  String write(List<Piece> pieces) {
    StringBuilder out = new StringBuilder(period.span().end() - period.span().start() + 1024);
    boolean first = true;
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      int mark = out.length();
      if (!first) {
        out.append('\n').append(period.indent());
      }
      boolean written = p.isAd() ? ad(out, p) : content(out, p, i == pieces.size() - 1);
      if (written) {
        this.written.add(p);
        first = false;
      } else {
        out.setLength(mark);
      }
    }
    return out.toString();
  }

  /** The pieces {@link #write} wrote (content pieces without any segment are left out). */
  List<Piece> written() {
    return written;
  }

  /** A content piece: the origin Period with id/start/duration, timelines and Events edited. */
  private boolean content(StringBuilder out, Piece p, boolean last) {
    String text = doc.text();
    Edits edits = new Edits();
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("id", p.id());
    attrs.put("start", IsoDuration.format(p.outputStart()));
    if (p.length().isPresent() && (period.duration().isPresent() || !last)) {
      attrs.put("duration", IsoDuration.format(p.length().get()));
    }
    edits.replace(
        period.tag(),
        StartTag.withAttributes(text.substring(period.tag().start(), period.tag().end()), attrs));
    long segments = 0;
    boolean cut = p.from().isAfter(MediaTime.ZERO) || p.to().isPresent();
    for (SegmentTemplateInfo t : period.templates()) {
      TimelineTrim.Result r = TimelineTrim.trim(t, p.from(), p.to(), periodLength);
      segments += r.count();
      if (cut) {
        timeline(edits, t, r, p.from().isAfter(MediaTime.ZERO));
      }
    }
    if (segments == 0 && !period.templates().isEmpty()) {
      return false;
    }
    events(edits, p);
    edits.applyTo(out, text, period.span().start(), period.span().end());
    return true;
  }

  private void timeline(Edits edits, SegmentTemplateInfo t, TimelineTrim.Result r, boolean moved) {
    String text = doc.text();
    if (moved) {
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("presentationTimeOffset", Long.toString(r.presentationTimeOffset()));
      attrs.put("startNumber", Long.toString(r.startNumber()));
      edits.replace(
          t.tag(), StartTag.withAttributes(text.substring(t.tag().start(), t.tag().end()), attrs));
    }
    Span content = t.timelineContent().orElseThrow();
    String inner = text.substring(content.start(), content.end());
    int firstTag = inner.indexOf('<');
    String lead = firstTag < 0 ? "" : inner.substring(0, firstTag);
    String trail = inner.substring(inner.lastIndexOf('>') + 1);
    if (firstTag < 0) {
      trail = inner;
    }
    edits.replace(content, TimelineTrim.render(r.entries(), lead) + trail);
  }

  private void events(Edits edits, Piece p) {
    for (EventStreamInfo stream : period.eventStreams()) {
      List<MpdEvent> kept = stream.events().stream().filter(p.events()::contains).toList();
      if (kept.isEmpty()) {
        edits.delete(doc.text(), stream.span());
        continue;
      }
      for (MpdEvent e : stream.events()) {
        if (!p.events().contains(e)) {
          edits.delete(doc.text(), e.span());
        }
      }
    }
  }

  /** An ad Period: own BaseURL, the creative's matched AdaptationSets, no ContentProtection. */
  private boolean ad(StringBuilder out, Piece p) {
    AdInsert ad = p.ad().orElseThrow();
    List<AdSetMatcher.Choice> sets = AdSetMatcher.choose(ad.creative(), period, options.adSets());
    if (sets.isEmpty()) {
      problems.add(
          new DashProblem(
              DashProblem.Kind.AD_NOT_MATCHED,
              period.path(),
              "creative has no AdaptationSet for the content [" + p.id() + "]"));
    }
    out.append("<Period id=\"")
        .append(StartTag.escapeAttribute(p.id()))
        .append("\" start=\"")
        .append(IsoDuration.format(p.outputStart()))
        .append('"');
    if (!doc.dynamic() || p.truncated()) {
      out.append(" duration=\"").append(IsoDuration.format(p.length().orElseThrow())).append('"');
    }
    out.append(">\n")
        .append(childIndent)
        .append("<BaseURL>")
        .append(StartTag.escapeText(ad.baseUrlFor(p.availId(), p.id())))
        .append("</BaseURL>");
    for (String template : ad.creative().periodLevelTemplates()) {
      out.append('\n').append(childIndent).append(template);
    }
    for (AdSetMatcher.Choice c : sets) {
      out.append('\n').append(childIndent).append(setText(ad.creative(), c));
    }
    out.append('\n').append(period.indent()).append("</Period>");
    return true;
  }

  private static String setText(AdCreative creative, AdSetMatcher.Choice c) {
    String text = creative.clearText(c.set());
    int tagLength = c.set().tag().end() - c.set().tag().start();
    String tag = text.substring(0, tagLength);
    if (c.lang().isPresent()) {
      tag = StartTag.withAttribute(tag, "lang", c.lang().get());
    }
    if (c.copy() > 0 && StartTag.valueSpan(tag, "id") != null) {
      int[] v = StartTag.valueSpan(tag, "id");
      tag = StartTag.withAttribute(tag, "id", tag.substring(v[0], v[1]) + "_" + c.copy());
    }
    return tag + text.substring(tagLength);
  }
}
