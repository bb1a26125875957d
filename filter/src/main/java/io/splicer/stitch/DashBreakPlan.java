package io.splicer.stitch;

import io.splicer.config.DashConfiguration;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.core.MediaTime;
import io.splicer.core.SessionId;
import io.splicer.dash.AdInsert;
import io.splicer.dash.Avail;
import io.splicer.dash.AvailDetector;
import io.splicer.dash.BreakSplice;
import io.splicer.dash.IdScheme;
import io.splicer.dash.IsoDuration;
import io.splicer.dash.MpdDocument;
import io.splicer.dash.MpdPeriod;
import io.splicer.dash.OriginManifestType;
import io.splicer.dash.SegmentTemplateInfo;
import io.splicer.dash.TimelineEntry;
import io.splicer.session.SessionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Turns one MPD of a session into the breaks to stitch (reference §4–§5):
 *
 * <ul>
 *   <li>SCTE-35 avails ({@link AvailDetector}, by {@code DashConfiguration.OriginManifestType}):
 *       one memoised decision per avail per session ({@link SessionManager#decideOnce}, key {@code
 *       dash/}{@link Avail#availId()}), so every refresh of a live MPD plays the same ads and the
 *       ADS is called once per avail; replacement for the avail's effective duration (an early
 *       cue-in shortens it on the refresh that shows it), insertion for a zero-length VOD marker;
 *   <li>static MPD without avails: one decision per session (key {@value #VOD_KEY}): a VAST answer
 *       is a pre-roll, a VMAP answer gives breaks at its offsets (rounded down to a segment start).
 * </ul>
 *
 * A break without a decision in time, or whose ads failed, stays content: multi-period origins keep
 * the origin Period, single-period origins are still split (so their output Periods are stable).
 */
final class DashBreakPlan {

  static final String KEY_PREFIX = "dash/";
  static final String VOD_KEY = "dash-vod";

  /** The breaks and the Period id scheme they are written with. */
  record Planned(List<BreakSplice> splices, IdScheme scheme) {}

  private final SessionManager sessions;
  private final BreakDecider decider;
  private final DashCreativeCatalog creatives;
  private final DecisionWait waits;
  private final StitchMetrics metrics;

  DashBreakPlan(
      SessionManager sessions,
      BreakDecider decider,
      DashCreativeCatalog creatives,
      DecisionWait waits,
      StitchMetrics metrics) {
    this.sessions = sessions;
    this.decider = decider;
    this.creatives = creatives;
    this.waits = waits;
    this.metrics = metrics;
  }

  Planned plan(StitchScope scope, PlaybackConfiguration config, MpdDocument doc, UriPolicy uris) {
    OriginManifestType type = originType(config);
    IdScheme scheme =
        type == OriginManifestType.SINGLE_PERIOD ? IdScheme.SINGLE_PERIOD : IdScheme.MULTI_PERIOD;
    String ads = config.adDecisionServerUrl();
    if (ads == null || ads.isBlank()) {
      return new Planned(List.of(), scheme);
    }
    List<Avail> avails = AvailDetector.detect(doc, type).avails();
    if (avails.isEmpty() && !doc.dynamic() && !doc.periods().isEmpty()) {
      return new Planned(vod(scope, config, doc, uris), IdScheme.VOD_TIME_BASED);
    }
    return new Planned(avails(scope, config, doc, avails, uris, scheme), scheme);
  }

  static OriginManifestType originType(PlaybackConfiguration config) {
    DashConfiguration dash = config.dashConfiguration();
    return dash != null
            && dash.originManifestType() == DashConfiguration.OriginManifestType.SINGLE_PERIOD
        ? OriginManifestType.SINGLE_PERIOD
        : OriginManifestType.MULTI_PERIOD;
  }

  private List<BreakSplice> avails(
      StitchScope scope,
      PlaybackConfiguration config,
      MpdDocument doc,
      List<Avail> avails,
      UriPolicy uris,
      IdScheme scheme) {
    SessionId id = scope.session().id();
    List<CompletableFuture<AdDecision>> futures = new ArrayList<>();
    for (int i = 0; i < avails.size(); i++) {
      Avail a = avails.get(i);
      BreakFacts facts = facts(a, i + 1, insertion(doc, a));
      futures.add(
          sessions.decideOnce(
              id,
              KEY_PREFIX + a.availId(),
              AdDecision.class,
              () ->
                  decider.decide(
                      scope.session(),
                      config,
                      facts,
                      scope.acceptLanguage(),
                      KEY_PREFIX + a.availId())));
    }
    List<BreakSplice> out = new ArrayList<>();
    long deadline = waits.deadline();
    Optional<MediaTime> edge = doc.dynamic() ? liveEdge(doc) : Optional.empty();
    for (int i = 0; i < avails.size(); i++) {
      Avail a = avails.get(i);
      AdDecision d = waits.await(futures.get(i), deadline, id);
      List<AdInsert> ads = inserts(d, config, uris);
      count(ads);
      if (edge.isPresent()) {
        ads =
            upToEdge(ads, doc.periods().get(a.periodIndex()).start().plus(a.offset()), edge.get());
      }
      if (ads.isEmpty() && scheme == IdScheme.MULTI_PERIOD) {
        continue; // content: the origin Period stays as it is
      }
      out.add(
          insertion(doc, a)
              ? BreakSplice.insert(
                  doc.periods().get(a.periodIndex()),
                  a.offset(),
                  IsoDuration.format(a.offset()),
                  ads)
              : BreakSplice.replace(a, ads));
    }
    return out;
  }

  /**
   * Live: the ads of a break that start before the origin's live edge. An ad Period is published
   * once the content reaches its start, never ahead of it: players that take the live edge from the
   * SegmentTimelines (Shaka) or jump to the next Period at a timeline's end (dash.js) would
   * otherwise start or jump ahead of the content. Period ids and starts are the same either way.
   */
  static List<AdInsert> upToEdge(List<AdInsert> ads, MediaTime breakStart, MediaTime edge) {
    List<AdInsert> out = new ArrayList<>();
    MediaTime at = breakStart;
    for (AdInsert ad : ads) {
      if (!edge.isAfter(at)) {
        break;
      }
      out.add(ad);
      at = at.plus(ad.length());
    }
    return out;
  }

  /**
   * The live edge of a dynamic MPD: the latest end of any SegmentTimeline on the MPD timeline
   * (ISO/IEC 23009-1 §5.3.9.6: Period start + ({@code S@t + S@d} − {@code @presentationTimeOffset})
   * / {@code @timescale}); empty without timelines.
   */
  static Optional<MediaTime> liveEdge(MpdDocument doc) {
    MediaTime edge = null;
    for (MpdPeriod p : doc.periods()) {
      for (SegmentTemplateInfo t : p.templates()) {
        long time = 0;
        boolean any = false;
        for (TimelineEntry s : t.timeline()) {
          time = s.t().orElse(time) + s.d() * (Math.max(0, s.r()) + 1);
          any = true;
        }
        if (any) {
          MediaTime end =
              p.start().plus(MediaTime.ofTicks(time - t.presentationTimeOffset(), t.timescale()));
          edge = edge == null ? end : MediaTime.max(edge, end);
        }
      }
    }
    return Optional.ofNullable(edge);
  }

  /** A VOD marker of zero length: ads are inserted, no content is replaced (reference §5). */
  private static boolean insertion(MpdDocument doc, Avail a) {
    return !doc.dynamic() && a.duration().isPresent() && a.duration().get().isZero();
  }

  private static BreakFacts facts(Avail a, long ordinal, boolean insertion) {
    Optional<MediaTime> duration = a.effectiveDuration();
    BreakFacts.Mode mode =
        insertion
            ? BreakFacts.Mode.INSERTION
            : duration.isPresent() ? BreakFacts.Mode.REPLACEMENT : BreakFacts.Mode.OPEN_ENDED;
    return new BreakFacts(
        mode,
        insertion ? Optional.empty() : duration,
        MediaTime.ZERO,
        Optional.empty(),
        Map.of(),
        ordinal,
        Optional.empty());
  }

  private List<BreakSplice> vod(
      StitchScope scope, PlaybackConfiguration config, MpdDocument doc, UriPolicy uris) {
    List<MediaTime> starts = segmentStarts(doc);
    MediaTime total = end(doc);
    CompletableFuture<AdDecision.VodBreaks> f =
        sessions.decideOnce(
            scope.session().id(),
            VOD_KEY,
            AdDecision.VodBreaks.class,
            () ->
                decider.decideVod(scope.session(), config, starts, total, scope.acceptLanguage()));
    AdDecision.VodBreaks vod = waits.await(f, waits.deadline(), scope.session().id());
    List<BreakSplice> out = new ArrayList<>();
    if (vod == null) {
      return out;
    }
    for (AdDecision.VodBreak b : vod.breaks()) {
      List<AdInsert> ads = inserts(b.decision(), config, uris);
      count(ads);
      MediaTime at = MediaTime.ofMicros(b.offsetMicros());
      MpdPeriod p = periodAt(doc, at);
      if (!ads.isEmpty()) {
        out.add(BreakSplice.insert(p, at.minus(p.start()), IsoDuration.format(at), ads));
      }
    }
    return out;
  }

  private void count(List<AdInsert> ads) {
    (ads.isEmpty() ? metrics.breaksLeftAsContent : metrics.breaksPersonalized).incrementAndGet();
  }

  /** The ad Periods of a decision: its loaded creatives, then slate (repeated, last one cut). */
  List<AdInsert> inserts(@Nullable AdDecision d, PlaybackConfiguration config, UriPolicy uris) {
    List<AdInsert> out = new ArrayList<>();
    if (d == null || d.abandoned() || !d.isPersonalized()) {
      return out;
    }
    for (AdDecision.DecidedAd a : d.ads()) {
      Optional<DashCreativeCatalog.Loaded> c = creatives.peek(a.mediaUri());
      if (c.isPresent()) {
        out.add(AdInsert.of(c.get().creative(), uris.ad(c.get().baseUrl())));
      } else {
        metrics.adsMissingInRendition.incrementAndGet();
      }
    }
    String slateUrl = config.slateAdUrl() == null ? "" : config.slateAdUrl().strip();
    Optional<DashCreativeCatalog.Loaded> slate =
        slateUrl.isEmpty() ? Optional.empty() : creatives.peek(slateUrl);
    MediaTime left = MediaTime.ofMicros(d.slateMicros());
    while (slate.isPresent() && left.isAfter(MediaTime.ZERO)) {
      MediaTime piece = MediaTime.min(left, slate.get().creative().duration());
      if (!piece.isAfter(MediaTime.ZERO)) {
        break;
      }
      out.add(
          new AdInsert(slate.get().creative(), uris.ad(slate.get().baseUrl()), Optional.of(piece)));
      left = left.minus(piece);
    }
    return out;
  }

  /** The Period holding MPD time {@code at} (the last one for a post-roll at the very end). */
  private static MpdPeriod periodAt(MpdDocument doc, MediaTime at) {
    List<MpdPeriod> periods = doc.periods();
    for (int i = periods.size() - 1; i > 0; i--) {
      if (!at.isBefore(periods.get(i).start())) {
        return periods.get(i);
      }
    }
    return periods.get(0);
  }

  /** The end of the presentation: {@code mediaPresentationDuration}, else the last Period's end. */
  static MediaTime end(MpdDocument doc) {
    int last = doc.periods().size() - 1;
    return doc.mediaPresentationDuration()
        .or(() -> doc.periodEnd(last))
        .orElse(doc.periods().get(last).start());
  }

  /**
   * Segment start times on the MPD timeline (the VOD insertion points): per Period, the first
   * SegmentTemplate with a SegmentTimeline (ISO/IEC 23009-1 §5.3.9.6: {@code S@t}, {@code @d},
   * {@code @r}; times relative to {@code @presentationTimeOffset}); a Period without one
   * contributes its start only.
   */
  static List<MediaTime> segmentStarts(MpdDocument doc) {
    List<MediaTime> starts = new ArrayList<>();
    for (MpdPeriod p : doc.periods()) {
      SegmentTemplateInfo t =
          p.templates().stream().filter(SegmentTemplateInfo::hasTimeline).findFirst().orElse(null);
      if (t == null || t.timeline().isEmpty()) {
        starts.add(p.start());
        continue;
      }
      long time = 0;
      for (TimelineEntry s : t.timeline()) {
        time = s.t().orElse(time);
        for (long k = 0; k <= Math.max(0, s.r()); k++) {
          starts.add(
              p.start()
                  .plus(
                      MediaTime.max(
                          MediaTime.ZERO,
                          MediaTime.ofTicks(time - t.presentationTimeOffset(), t.timescale()))));
          time += s.d();
        }
      }
    }
    return starts;
  }
}
