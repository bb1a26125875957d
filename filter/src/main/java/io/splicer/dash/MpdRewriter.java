package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The streaming MPD rewriter: splits the Periods holding breaks into content / ad / content
 * Periods, shifts later Periods for inserted ads, and applies the MPD-level BaseURL and Location
 * rules. Every character it does not edit is copied verbatim (unknown elements, attributes,
 * namespace declarations, comments, whitespace); with nothing to edit the input array itself is
 * returned. Pure and thread-safe.
 */
public final class MpdRewriter {

  private MpdRewriter() {}

  /**
   * Rewrites {@code doc}.
   *
   * @param breaks breaks to stitch (built from {@link AvailDetector} avails or VOD insertion points
   *     of this same document)
   * @param options id scheme, BaseURL and Location handling, ad set selection
   */
  public static RewriteResult rewrite(
      MpdDocument doc, List<BreakSplice> breaks, RewriteOptions options) {
    List<DashProblem> problems = new ArrayList<>();
    List<OutputPeriod> outputs = new ArrayList<>();
    Edits edits = new Edits();
    List<List<PeriodSplitter.IndexedBreak>> byPeriod = group(doc, breaks, problems);
    MediaTime shift = MediaTime.ZERO;
    for (MpdPeriod p : doc.periods()) {
      List<PeriodSplitter.IndexedBreak> mine = byPeriod.get(p.index());
      if (!mine.isEmpty() && p.unsupportedAddressing().isPresent()) {
        problems.add(
            new DashProblem(
                DashProblem.Kind.UNSUPPORTED_SEGMENT_ADDRESSING,
                p.path(),
                "Period cannot be split, passed through ["
                    + p.unsupportedAddressing().get()
                    + "]"));
        mine = List.of();
      }
      if (mine.isEmpty()) {
        shiftStart(doc, p, shift, edits);
        continue;
      }
      PeriodSplitter.Plan plan =
          PeriodSplitter.plan(doc, p, mine, options.idScheme(), shift, problems);
      PieceWriter writer =
          new PieceWriter(
              doc, p, doc.periodEnd(p.index()).map(end -> end.minus(p.start())), options, problems);
      edits.replace(p.span(), writer.write(plan.pieces()));
      writer.written().forEach(piece -> outputs.add(piece.summary()));
      shift = shift.plus(plan.inserted());
    }
    if (shift.isAfter(MediaTime.ZERO) && doc.mediaPresentationDuration().isPresent()) {
      String tag = doc.text().substring(doc.mpdTag().start(), doc.mpdTag().end());
      MediaTime total = doc.mediaPresentationDuration().get().plus(shift);
      edits.replace(
          doc.mpdTag(),
          StartTag.withAttribute(tag, "mediaPresentationDuration", IsoDuration.format(total)));
    }
    MpdHead.edit(doc, options, edits, problems);
    if (edits.isEmpty()) {
      return new RewriteResult(doc.bytes(), false, outputs, problems);
    }
    StringBuilder out = new StringBuilder(doc.text().length() + 4096);
    edits.applyTo(out, doc.text(), 0, doc.text().length());
    return new RewriteResult(out.toString().getBytes(doc.charset()), true, outputs, problems);
  }

  /** Convenience: read, rewrite, return bytes. */
  public static RewriteResult rewrite(byte[] mpd, List<BreakSplice> breaks, RewriteOptions options)
      throws DashException {
    return rewrite(MpdReader.read(mpd), breaks, options);
  }

  private static List<List<PeriodSplitter.IndexedBreak>> group(
      MpdDocument doc, List<BreakSplice> breaks, List<DashProblem> problems) {
    List<List<PeriodSplitter.IndexedBreak>> byPeriod = new ArrayList<>();
    for (int i = 0; i < doc.periods().size(); i++) {
      byPeriod.add(new ArrayList<>());
    }
    for (int i = 0; i < breaks.size(); i++) {
      BreakSplice b = breaks.get(i);
      int p = b.periodIndex();
      if (p < 0
          || p >= doc.periods().size()
          || !doc.periods().get(p).idOrIndex().equals(b.periodId())) {
        problems.add(
            new DashProblem(
                DashProblem.Kind.BREAK_NOT_FOUND,
                "/MPD",
                "no Period [" + b.periodId() + "] at index [" + p + "]"));
        continue;
      }
      byPeriod.get(p).add(new PeriodSplitter.IndexedBreak(i, b));
    }
    for (List<PeriodSplitter.IndexedBreak> list : byPeriod) {
      list.sort(Comparator.comparing(ib -> ib.splice().offset()));
    }
    return byPeriod;
  }

  /** Later Periods move back by the ads inserted before them (VOD insertion). */
  private static void shiftStart(MpdDocument doc, MpdPeriod p, MediaTime shift, Edits edits) {
    if (!shift.isAfter(MediaTime.ZERO) || p.declaredStart().isEmpty()) {
      return;
    }
    String tag = doc.text().substring(p.tag().start(), p.tag().end());
    edits.replace(
        p.tag(), StartTag.withAttribute(tag, "start", IsoDuration.format(p.start().plus(shift))));
  }

  /** Resolves {@code reference} against {@code base} (RFC 3986 §5.2), if both parse. */
  static Optional<String> resolve(String base, String reference) {
    try {
      return Optional.of(URI.create(base).resolve(URI.create(reference.trim())).toString());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
