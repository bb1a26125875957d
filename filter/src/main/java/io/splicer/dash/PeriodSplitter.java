package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans how one origin Period becomes content / ad / content Periods: pure function of the Period,
 * its breaks and the id scheme (so a live refresh of the same Period plans the same ids and
 * starts).
 */
final class PeriodSplitter {

  /**
   * The plan.
   *
   * @param pieces output Periods in order
   * @param inserted time added to the presentation (INSERT breaks)
   */
  record Plan(List<Piece> pieces, MediaTime inserted) {}

  /** One break with its index in the request. */
  record IndexedBreak(int index, BreakSplice splice) {}

  private final MpdDocument doc;
  private final MpdPeriod period;
  private final IdScheme scheme;
  private final List<DashProblem> problems;
  private final Optional<MediaTime> periodLength;
  private final Set<MpdEvent> breakEvents = new HashSet<>();
  private final List<Piece> pieces = new ArrayList<>();
  private MediaTime shift;
  private MediaTime inserted = MediaTime.ZERO;
  private MediaTime mediaBase = MediaTime.ZERO;
  private int contentCount;
  private int adNumber;

  private PeriodSplitter(
      MpdDocument doc,
      MpdPeriod period,
      IdScheme scheme,
      MediaTime shift,
      List<DashProblem> problems) {
    this.doc = doc;
    this.period = period;
    this.scheme = scheme;
    this.shift = shift;
    this.problems = problems;
    this.periodLength = doc.periodEnd(period.index()).map(end -> end.minus(period.start()));
  }

  /** Plans {@code period} with its {@code breaks} (sorted by offset). */
  static Plan plan(
      MpdDocument doc,
      MpdPeriod period,
      List<IndexedBreak> breaks,
      IdScheme scheme,
      MediaTime shiftBefore,
      List<DashProblem> problems) {
    PeriodSplitter s = new PeriodSplitter(doc, period, scheme, shiftBefore, problems);
    return s.run(breaks);
  }

  private Plan run(List<IndexedBreak> breaks) {
    for (IndexedBreak b : breaks) {
      b.splice().event().ifPresent(breakEvents::add);
    }
    if (!breaks.isEmpty()) {
      BreakSplice first = breaks.get(0).splice();
      mediaBase = first.mediaTime().minus(first.offset());
    }
    MediaTime cursor = MediaTime.ZERO;
    IndexedBreak resumed = null;
    for (IndexedBreak b : breaks) {
      MediaTime at = clamp(MediaTime.max(cursor, b.splice().offset()));
      if (at.isAfter(cursor)) {
        content(cursor, Optional.of(at), resumed, b.index());
      }
      MediaTime used = ads(b, at);
      if (b.splice().replace().isPresent()) {
        cursor = clamp(at.plus(used));
        MediaTime availEnd = clamp(at.plus(b.splice().replace().get()));
        if (scheme == IdScheme.SINGLE_PERIOD && availEnd.isAfter(cursor)) {
          content(cursor, Optional.of(availEnd), b, b.index());
          cursor = availEnd;
          resumed = null;
        } else {
          resumed = b;
        }
      } else {
        shift = shift.plus(used);
        inserted = inserted.plus(used);
        cursor = at;
        resumed = b;
      }
    }
    if (periodLength.isEmpty() || periodLength.get().isAfter(cursor)) {
      content(cursor, periodLength, resumed, breaks.get(breaks.size() - 1).index());
    }
    return new Plan(pieces, inserted);
  }

  private MediaTime clamp(MediaTime t) {
    return periodLength.map(l -> MediaTime.min(l, t)).orElse(t);
  }

  /** Places the break's ads at {@code at}; returns the time they occupy. */
  private MediaTime ads(IndexedBreak b, MediaTime at) {
    Optional<MediaTime> room = b.splice().replace().map(r -> clamp(at.plus(r)).minus(at));
    MediaTime used = MediaTime.ZERO;
    List<AdInsert> ads = b.splice().ads();
    for (int i = 0; i < ads.size(); i++) {
      MediaTime length = ads.get(i).length();
      boolean truncated = false;
      if (room.isPresent()) {
        MediaTime left = room.get().minus(used);
        if (!left.isAfter(MediaTime.ZERO)) {
          truncated(b, i, "dropped: no time left in the avail");
          break;
        }
        if (length.isAfter(left)) {
          truncated(b, i, "cut from " + length + " to " + left);
          length = left;
          truncated = true;
        }
      }
      MediaTime start = period.start().plus(at).plus(shift).plus(used);
      pieces.add(
          new Piece(
              adId(b.splice(), i),
              start,
              at,
              Optional.empty(),
              Optional.of(length),
              Optional.of(ads.get(i)),
              Set.of(),
              b.index(),
              i,
              truncated,
              availId(b.splice())));
      used = used.plus(length);
    }
    return used;
  }

  private void truncated(IndexedBreak b, int ad, String what) {
    problems.add(
        new DashProblem(
            DashProblem.Kind.AD_TRUNCATED,
            period.path(),
            "ad " + ad + " of break [" + b.splice().eventKey() + "] " + what));
  }

  private String adId(BreakSplice b, int i) {
    return switch (scheme) {
      case MULTI_PERIOD -> period.idOrIndex() + "_" + (++adNumber);
      case SINGLE_PERIOD -> IsoDuration.secondsId(b.mediaTime()) + "_" + (i + 1);
      case VOD_TIME_BASED -> period.idOrIndex() + "_" + b.label() + "_" + i;
    };
  }

  /** The avail's Period id, by scheme (see {@link OutputPeriod#availId()}). */
  private String availId(BreakSplice b) {
    return switch (scheme) {
      case MULTI_PERIOD -> period.idOrIndex();
      case SINGLE_PERIOD -> IsoDuration.secondsId(b.mediaTime());
      case VOD_TIME_BASED -> period.idOrIndex() + "_" + b.label();
    };
  }

  private void content(
      MediaTime from, Optional<MediaTime> to, IndexedBreak resumed, int breakIndex) {
    if (to.isPresent() && !to.get().isAfter(from)) {
      return;
    }
    MediaTime start = period.start().plus(from).plus(shift);
    String id =
        switch (scheme) {
          case MULTI_PERIOD ->
              contentCount == 0
                  ? period.idOrIndex()
                  : period.idOrIndex()
                      + "_e"
                      + (resumed == null
                          ? Integer.toString(contentCount)
                          : resumed.splice().eventKey());
          case SINGLE_PERIOD ->
              resumed != null && resumed.splice().replace().isPresent()
                  ? IsoDuration.secondsId(resumed.splice().mediaTime())
                  : IsoDuration.secondsId(mediaBase.plus(from));
          case VOD_TIME_BASED -> period.idOrIndex() + "_" + IsoDuration.format(start);
        };
    contentCount++;
    pieces.add(
        new Piece(
            id,
            start,
            from,
            to,
            to.map(t -> t.minus(from)),
            Optional.empty(),
            events(from, to, resumed),
            breakIndex,
            -1,
            false,
            ""));
  }

  /** Events kept by a content piece: its break's own Event, and other Events inside it. */
  private Set<MpdEvent> events(MediaTime from, Optional<MediaTime> to, IndexedBreak resumed) {
    Set<MpdEvent> keep = new HashSet<>();
    if (resumed != null) {
      resumed.splice().event().ifPresent(keep::add);
    }
    for (EventStreamInfo stream : period.eventStreams()) {
      for (MpdEvent e : stream.events()) {
        if (breakEvents.contains(e)) {
          continue;
        }
        MediaTime at = AvailDetector.offset(stream, e);
        if (!at.isBefore(from) && (to.isEmpty() || at.isBefore(to.get()))) {
          keep.add(e);
        }
      }
    }
    return keep;
  }

  Optional<MediaTime> periodLength() {
    return periodLength;
  }

  MpdDocument doc() {
    return doc;
  }
}
