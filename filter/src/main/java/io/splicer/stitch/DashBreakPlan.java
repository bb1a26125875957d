package io.splicer.stitch;

import io.splicer.config.CdnConfiguration;
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

  /**
   * The breaks and the Period id scheme they are written with.
   *
   * @param refs for each splice, the decision its ads come from
   */
  record Planned(List<BreakSplice> splices, IdScheme scheme, List<BreakRef> refs) {

    Planned {
      splices = List.copyOf(splices);
      refs = List.copyOf(refs);
      if (refs.size() != splices.size()) {
        throw new IllegalArgumentException("one reference per splice");
      }
    }
  }

  /**
   * Where a spliced break's ads come from.
   *
   * @param decisionKey the stored decision ({@code dash/<availId>} or {@value #VOD_KEY})
   * @param vodBreak the break's index in a {@value #VOD_KEY} decision, else -1
   * @param decisionAds for each ad of the splice, its index in the decision's ads (-1: slate)
   */
  record BreakRef(String decisionKey, int vodBreak, List<Integer> decisionAds) {

    BreakRef {
      decisionAds = List.copyOf(decisionAds);
    }
  }

  /** A break's ads and, for each, its index in the decision's ads (-1: slate). */
  record Inserts(List<AdInsert> ads, List<Integer> decisionAds) {

    Inserts {
      ads = List.copyOf(ads);
      decisionAds = List.copyOf(decisionAds);
    }

    /** The first {@code n} ads. */
    Inserts first(int n) {
      return new Inserts(ads.subList(0, n), decisionAds.subList(0, n));
    }
  }

  private final SessionManager sessions;
  private final BreakDecider decider;
  private final DashCreativeCatalog creatives;
  private final DecisionWait waits;
  private final StitchMetrics metrics;
  private final boolean reporting;

  /**
   * @param reporting whether server-side reporting is wired (beacons can be fired): then the ad
   *     Periods of sessions whose mode fires beacons are routed through {@code /v1/dashsegment}
   */
  DashBreakPlan(
      SessionManager sessions,
      BreakDecider decider,
      DashCreativeCatalog creatives,
      DecisionWait waits,
      StitchMetrics metrics,
      boolean reporting) {
    this.sessions = sessions;
    this.decider = decider;
    this.creatives = creatives;
    this.waits = waits;
    this.metrics = metrics;
    this.reporting = reporting;
  }

  /**
   * The route prefix of the session's ad Periods (reference §1.1, §4.2 "BaseURL — ads"), or null
   * when they point at the creatives: client-side reporting, or an {@code AdSegmentUrlPrefix} (then
   * the BaseURL is under the prefix, as MediaTailor's).
   */
  @Nullable String route(StitchScope scope, PlaybackConfiguration config) {
    CdnConfiguration cdn = config.cdnConfiguration();
    boolean adPrefix =
        cdn != null && cdn.adSegmentUrlPrefix() != null && !cdn.adSegmentUrlPrefix().isBlank();
    return reporting && !adPrefix && scope.session().reportingMode().serverFiresBeacons()
        ? DashSegmentRef.routePrefix(scope, config.name())
        : null;
  }

  Planned plan(StitchScope scope, PlaybackConfiguration config, MpdDocument doc, UriPolicy uris) {
    OriginManifestType type = originType(config);
    IdScheme scheme =
        type == OriginManifestType.SINGLE_PERIOD ? IdScheme.SINGLE_PERIOD : IdScheme.MULTI_PERIOD;
    String ads = config.adDecisionServerUrl();
    if (ads == null || ads.isBlank()) {
      return new Planned(List.of(), scheme, List.of());
    }
    List<Avail> avails = AvailDetector.detect(doc, type).avails();
    String route = route(scope, config);
    List<BreakSplice> splices = new ArrayList<>();
    List<BreakRef> refs = new ArrayList<>();
    if (avails.isEmpty() && !doc.dynamic() && !doc.periods().isEmpty()) {
      vod(scope, config, doc, uris, route, splices, refs);
      return new Planned(splices, IdScheme.VOD_TIME_BASED, refs);
    }
    avails(scope, config, doc, avails, uris, scheme, route, splices, refs);
    return new Planned(splices, scheme, refs);
  }

  static OriginManifestType originType(PlaybackConfiguration config) {
    DashConfiguration dash = config.dashConfiguration();
    return dash != null
            && dash.originManifestType() == DashConfiguration.OriginManifestType.SINGLE_PERIOD
        ? OriginManifestType.SINGLE_PERIOD
        : OriginManifestType.MULTI_PERIOD;
  }

  private void avails(
      StitchScope scope,
      PlaybackConfiguration config,
      MpdDocument doc,
      List<Avail> avails,
      UriPolicy uris,
      IdScheme scheme,
      @Nullable String route,
      List<BreakSplice> out,
      List<BreakRef> refs) {
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
    long deadline = waits.deadline();
    Optional<MediaTime> edge = doc.dynamic() ? MpdTimes.liveEdge(doc) : Optional.empty();
    for (int i = 0; i < avails.size(); i++) {
      Avail a = avails.get(i);
      AdDecision d = waits.await(futures.get(i), deadline, id);
      Inserts inserts = inserts(d, config, uris, route);
      count(inserts.ads());
      if (edge.isPresent()) {
        MediaTime at = doc.periods().get(a.periodIndex()).start().plus(a.offset());
        inserts = inserts.first(upToEdge(inserts.ads(), at, edge.get()).size());
      }
      List<AdInsert> ads = inserts.ads();
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
      refs.add(new BreakRef(KEY_PREFIX + a.availId(), -1, inserts.decisionAds()));
    }
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

  private void vod(
      StitchScope scope,
      PlaybackConfiguration config,
      MpdDocument doc,
      UriPolicy uris,
      @Nullable String route,
      List<BreakSplice> out,
      List<BreakRef> refs) {
    List<MediaTime> starts = MpdTimes.segmentStarts(doc);
    MediaTime total = MpdTimes.end(doc);
    CompletableFuture<AdDecision.VodBreaks> f =
        sessions.decideOnce(
            scope.session().id(),
            VOD_KEY,
            AdDecision.VodBreaks.class,
            () ->
                decider.decideVod(scope.session(), config, starts, total, scope.acceptLanguage()));
    AdDecision.VodBreaks vod = waits.await(f, waits.deadline(), scope.session().id());
    if (vod == null) {
      return;
    }
    for (int i = 0; i < vod.breaks().size(); i++) {
      AdDecision.VodBreak b = vod.breaks().get(i);
      Inserts inserts = inserts(b.decision(), config, uris, route);
      count(inserts.ads());
      MediaTime at = MediaTime.ofMicros(b.offsetMicros());
      MpdPeriod p = MpdTimes.periodAt(doc, at);
      if (!inserts.ads().isEmpty()) {
        out.add(BreakSplice.insert(p, at.minus(p.start()), IsoDuration.format(at), inserts.ads()));
        refs.add(new BreakRef(VOD_KEY, i, inserts.decisionAds()));
      }
    }
  }

  private void count(List<AdInsert> ads) {
    (ads.isEmpty() ? metrics.breaksLeftAsContent : metrics.breaksPersonalized).incrementAndGet();
  }

  /**
   * The ad Periods of a decision: its loaded creatives, then slate (repeated, last one cut). With a
   * {@code route} prefix the creatives' Periods are routed through it (server-side reporting);
   * slate never is (no beacons).
   */
  Inserts inserts(
      @Nullable AdDecision d,
      PlaybackConfiguration config,
      UriPolicy uris,
      @Nullable String route) {
    List<AdInsert> out = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    if (d == null || d.abandoned() || !d.isPersonalized()) {
      return new Inserts(out, indexes);
    }
    for (int i = 0; i < d.ads().size(); i++) {
      AdDecision.DecidedAd a = d.ads().get(i);
      Optional<DashCreativeCatalog.Loaded> c = creatives.peek(a.mediaUri());
      if (c.isPresent()) {
        AdInsert ad = AdInsert.of(c.get().creative(), uris.ad(c.get().baseUrl()));
        out.add(route == null ? ad : ad.routedUnder(route));
        indexes.add(i);
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
      indexes.add(-1);
      left = left.minus(piece);
    }
    return new Inserts(out, indexes);
  }
}
