package io.splicer.stitch;

import io.splicer.config.PlaybackConfiguration;
import io.splicer.core.MediaTime;
import io.splicer.core.SessionId;
import io.splicer.hls.CueBreak;
import io.splicer.hls.CueDetector;
import io.splicer.hls.HlsSplicer;
import io.splicer.hls.MediaPlaylist;
import io.splicer.hls.MediaSegment;
import io.splicer.hls.PlannedBreak;
import io.splicer.hls.SpliceAd;
import io.splicer.hls.SpliceOptions;
import io.splicer.hls.SpliceResult;
import io.splicer.hls.UriResolver;
import io.splicer.session.Session;
import io.splicer.session.SessionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Personalises one media playlist of a session: detects the breaks, gets each break's memoised
 * decision (one ADS call per break per session, {@link SessionManager#decideOnce}), assembles the
 * rendition's ads and splices them with per-(session, playlist) counters.
 *
 * <p>Break keys are stable across refreshes and renditions: {@code v<seq>[p]} for a VOD insertion
 * point before (or, {@code p}, after) the segment with origin media sequence {@code seq}; {@code
 * b<seq>}/{@code j<seq>} for live and replacement breaks via the session's {@link BreakRegistry};
 * {@code vod} for the single decision of VOD content without markers.
 */
final class MediaStitcher {

  private static final Logger LOG = LoggerFactory.getLogger(MediaStitcher.class);
  private static final int CAS_ATTEMPTS = 4;

  private final SessionManager sessions;
  private final BreakDecider decider;
  private final StitchMetrics metrics;
  private final DecisionWait waits;
  private final boolean reporting;
  private final @Nullable LiveView live;

  MediaStitcher(
      SessionManager sessions,
      BreakDecider decider,
      StitchSettings settings,
      StitchMetrics metrics) {
    this(sessions, decider, settings, metrics, null, false);
  }

  /**
   * @param live where stitched layouts are recorded for the admin live view, or null
   * @param reporting whether server-side reporting is wired (a beacon service exists): then ad
   *     segments of sessions whose mode fires beacons go through {@code /v1/segment}
   */
  MediaStitcher(
      SessionManager sessions,
      BreakDecider decider,
      StitchSettings settings,
      StitchMetrics metrics,
      @Nullable LiveView live,
      boolean reporting) {
    this.sessions = sessions;
    this.decider = decider;
    this.metrics = metrics;
    this.waits = new DecisionWait(settings.decisionWait(), metrics);
    this.live = live;
    this.reporting = reporting;
  }

  /** The personalised text of media playlist {@code scope.playlist()}. */
  String stitch(
      StitchScope scope,
      PlaybackConfiguration config,
      MediaPlaylist origin,
      VariantMap.Rendition rendition,
      UriPolicy uris,
      AdAssembler assembler) {
    Session session = scope.session();
    MediaPlaylist p = origin;
    List<CueBreak> breaks = CueDetector.detect(p).breaks();
    List<AdDecision> decisions = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    if (p.isVod() && breaks.isEmpty() && hasAds(config) && !p.segments().isEmpty()) {
      AdDecision.VodBreaks vod = vodDecision(scope, config, p);
      if (vod != null && !vod.breaks().isEmpty()) {
        p = VodMarkers.insert(p, vod);
        breaks = CueDetector.detect(p).breaks();
        decisions.addAll(VodMarkers.decisions(vod));
        for (int i = 0; i < decisions.size(); i++) {
          refs.add(SessionAds.VOD_REF + i);
        }
      }
    } else if (hasAds(config)) {
      Optional<BreakRegistry> registry =
          p.isVod()
              ? Optional.empty()
              : sessions.counter(session.id(), BreakRegistry.SLOT, BreakRegistry.class);
      breaks = continueKnown(registry, p, breaks);
      decisions.addAll(decide(scope, config, p, breaks, refs, registry));
    }
    List<PlannedBreak> plan = new ArrayList<>();
    AdRouting routing = new AdRouting(scope, config.name(), rendition, reporting);
    int[] missing = new int[1];
    for (int i = 0; i < breaks.size() && i < decisions.size(); i++) {
      AdDecision d = decisions.get(i);
      if (d == null) {
        continue; // undecided this time: the break stays as the origin has it
      }
      List<Integer> adIndexes = new ArrayList<>();
      plan.add(planned(breaks.get(i), d, config, rendition, assembler, missing, adIndexes));
      routing.addBreak(refs.get(i), adIndexes);
    }
    if (missing[0] > 0) {
      metrics.adsMissingInRendition.addAndGet(missing[0]);
      LOG.warn(
          "Session [{}]: {} ad(s) without a loaded creative left out", session.id(), missing[0]);
    }
    SpliceOptions options =
        new SpliceOptions(
            resolver(uris, assembler, routing.enabled() ? routing : null),
            config.adMarkerPassthroughEnabled());
    SpliceResult result = spliceWithCounters(session.id(), scope.playlist(), p, plan, options);
    metrics.mediaPlaylistsStitched.incrementAndGet();
    if (live != null) {
      live.stitched(session, scope.playlist(), p, breaks, decisions, result.placements());
    }
    String text = result.text();
    if (rendition.kind() == VariantMap.Kind.VARIANT) {
      routing.index(sessions, result, p.isVod());
    }
    return rendition.kind() == VariantMap.Kind.IFRAME
        ? IframeGaps.mark(text, result.placements(), options.resolver())
        : text;
  }

  private static boolean hasAds(PlaybackConfiguration config) {
    return config.adDecisionServerUrl() != null && !config.adDecisionServerUrl().isBlank();
  }

  private PlannedBreak planned(
      CueBreak cue,
      AdDecision d,
      PlaybackConfiguration config,
      VariantMap.Rendition rendition,
      AdAssembler assembler,
      int[] missing,
      List<Integer> adIndexes) {
    if (d.abandoned() || !d.isPersonalized()) {
      metrics.breaksLeftAsContent.incrementAndGet();
      return PlannedBreak.of(cue, List.of());
    }
    metrics.breaksPersonalized.incrementAndGet();
    CueBreak c = cue;
    if (d.joinOffsetMicros() > 0) {
      long elapsed = Math.max(0, cue.elapsedAtStart().micros() - d.joinOffsetMicros());
      c = withElapsed(cue, MediaTime.ofMicros(elapsed));
    }
    List<SpliceAd> ads = assembler.ads(d, rendition, missing, adIndexes);
    String slateUrl = config.slateAdUrl() == null ? "" : config.slateAdUrl().strip();
    List<SpliceAd> slate = assembler.slate(d.slateMicros(), slateUrl, rendition);
    return new PlannedBreak(c, ads, slate);
  }

  private static CueBreak withElapsed(CueBreak b, MediaTime elapsed) {
    return new CueBreak(
        b.kind(),
        b.startSegment(),
        b.endSegment(),
        b.closed(),
        b.postRoll(),
        b.duration(),
        elapsed,
        b.openLine(),
        b.closeLine(),
        b.sourceTag(),
        b.id(),
        b.scte35(),
        b.asset());
  }

  private static UriResolver resolver(
      UriPolicy uris, AdAssembler assembler, @Nullable AdRouting routing) {
    return new UriResolver() {
      @Override
      public String content(String uri) {
        return uris.content(uri);
      }

      @Override
      public String ad(SpliceResult.Placement placement) {
        String u = placement.uri();
        if (assembler.isBlank(u)) {
          return u;
        }
        String routed = routing == null ? null : routing.url(placement);
        return routed != null ? routed : uris.ad(u);
      }
    };
  }

  /** Decisions of the marked breaks, in order; null where none is ready in time. */
  private List<@Nullable AdDecision> decide(
      StitchScope scope,
      PlaybackConfiguration config,
      MediaPlaylist p,
      List<CueBreak> breaks,
      List<String> refs,
      Optional<BreakRegistry> registry) {
    List<BreakRegistry.Known> keys = keys(scope.session().id(), p, breaks, registry);
    List<CompletableFuture<AdDecision>> futures = new ArrayList<>();
    for (int i = 0; i < breaks.size(); i++) {
      CueBreak b = breaks.get(i);
      BreakRegistry.Known k = keys.get(i);
      BreakFacts facts = facts(b, p, k);
      refs.add(k.key());
      futures.add(
          sessions.decideOnce(
              scope.session().id(),
              k.key(),
              AdDecision.class,
              () ->
                  decider.decide(scope.session(), config, facts, scope.acceptLanguage(), k.key())));
    }
    List<@Nullable AdDecision> out = new ArrayList<>();
    long deadline = waits.deadline();
    for (CompletableFuture<AdDecision> f : futures) {
      out.add(waits.await(f, deadline, scope.session().id()));
    }
    return out;
  }

  /**
   * A live window that starts inside a break the session knows (by its sequence range) but whose
   * opening marker slid out, with no EXT-X-CUE-OUT-CONT to say so: the break is continued from the
   * registry (elapsed time and duration) instead of reverting to content.
   */
  private static List<CueBreak> continueKnown(
      Optional<BreakRegistry> registry, MediaPlaylist p, List<CueBreak> breaks) {
    List<MediaSegment> segs = p.segments();
    if (registry.isEmpty()
        || segs.isEmpty()
        || (!breaks.isEmpty() && breaks.get(0).startSegment() == 0)) {
      return breaks;
    }
    long first = p.mediaSequence();
    BreakRegistry.Known k = registry.get().running(first);
    if (k == null || k.lastSequence() - first >= segs.size()) {
      return breaks;
    }
    long elapsed = k.elapsedAtLastMicros();
    for (int i = 0; i < k.lastSequence() - first; i++) {
      elapsed -= segs.get(i).duration().micros();
    }
    Optional<MediaTime> duration =
        k.durationMicros() >= 0
            ? Optional.of(MediaTime.ofMicros(k.durationMicros()))
            : Optional.empty();
    if (elapsed <= 0 || (duration.isPresent() && elapsed >= duration.get().micros())) {
      return breaks;
    }
    return CueDetector.detect(p, new CueDetector.Running(MediaTime.ofMicros(elapsed), duration))
        .breaks();
  }

  private List<BreakRegistry.Known> keys(
      SessionId id, MediaPlaylist p, List<CueBreak> breaks, Optional<BreakRegistry> registry) {
    List<BreakRegistry.Seen> seen = new ArrayList<>();
    for (CueBreak b : breaks) {
      long first = p.mediaSequence() + b.startSegment();
      int lastSegment = Math.max(b.startSegment(), b.endSegment() - 1);
      long elapsedAtLast = b.elapsedAtStart().micros();
      for (int s = b.startSegment(); s < lastSegment && s < p.segments().size(); s++) {
        elapsedAtLast += p.segments().get(s).duration().micros();
      }
      seen.add(
          new BreakRegistry.Seen(
              first,
              p.mediaSequence() + lastSegment,
              b.elapsedAtStart().isZero(),
              elapsedAtLast,
              b.duration().map(MediaTime::micros).orElse(-1L)));
    }
    if (p.isVod()) {
      List<BreakRegistry.Known> keys = new ArrayList<>();
      for (int i = 0; i < breaks.size(); i++) {
        CueBreak b = breaks.get(i);
        String key =
            b.kind() == CueBreak.Kind.INSERTION
                ? "v" + seen.get(i).firstSequence() + (b.postRoll() ? "p" : "")
                : "b" + seen.get(i).firstSequence();
        keys.add(new BreakRegistry.Known(key, 0, 0, i + 1));
      }
      return keys;
    }
    // the registry read for continueKnown is the first compare-and-set candidate
    BreakRegistry.Assigned first = registry.orElse(BreakRegistry.EMPTY).see(seen);
    if (registry.isPresent() && registry.get().equals(first.registry())) {
      return first.breaks();
    }
    if (sessions.compareAndSetCounter(
        id, BreakRegistry.SLOT, registry.orElse(null), first.registry())) {
      return first.breaks();
    }
    AtomicReference<List<BreakRegistry.Known>> keys = new AtomicReference<>(List.of());
    sessions.updateCounter(
        id,
        BreakRegistry.SLOT,
        BreakRegistry.class,
        current -> {
          BreakRegistry.Assigned a = current.orElse(BreakRegistry.EMPTY).see(seen);
          keys.set(a.breaks());
          return a.registry();
        });
    return keys.get();
  }

  private static BreakFacts facts(CueBreak b, MediaPlaylist p, BreakRegistry.Known k) {
    BreakFacts.Mode mode;
    Optional<MediaTime> duration = b.duration();
    if (b.kind() == CueBreak.Kind.INSERTION) {
      mode = BreakFacts.Mode.INSERTION;
    } else if (duration.isPresent()) {
      mode = BreakFacts.Mode.REPLACEMENT;
    } else if (b.closed() && b.elapsedAtStart().isZero()) {
      long micros = 0;
      for (int s = b.startSegment(); s < b.endSegment(); s++) {
        micros += p.segments().get(s).duration().micros();
      }
      duration = Optional.of(MediaTime.ofMicros(micros));
      mode = BreakFacts.Mode.REPLACEMENT;
    } else {
      mode = BreakFacts.Mode.OPEN_ENDED;
    }
    return new BreakFacts(
        mode, duration, b.elapsedAtStart(), b.scte35(), b.asset(), k.ordinal(), Optional.empty());
  }

  private AdDecision.@Nullable VodBreaks vodDecision(
      StitchScope scope, PlaybackConfiguration config, MediaPlaylist p) {
    List<MediaTime> starts = new ArrayList<>();
    long t = 0;
    for (var s : p.segments()) {
      starts.add(MediaTime.ofMicros(t));
      t += s.duration().micros();
    }
    MediaTime total = MediaTime.ofMicros(t);
    CompletableFuture<AdDecision.VodBreaks> f =
        sessions.decideOnce(
            scope.session().id(),
            LiveView.VOD_KEY,
            AdDecision.VodBreaks.class,
            () ->
                decider.decideVod(scope.session(), config, starts, total, scope.acceptLanguage()));
    return waits.await(f, waits.deadline(), scope.session().id());
  }

  private SpliceResult spliceWithCounters(
      SessionId id, int n, MediaPlaylist p, List<PlannedBreak> plan, SpliceOptions options) {
    SpliceResult result = null;
    for (int attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
      Optional<CounterState> current = sessions.counter(id, n, CounterState.class);
      result = HlsSplicer.splice(p, plan, current.map(CounterState::toState).orElse(null), options);
      CounterState next = CounterState.of(result.state());
      if (current.isPresent() && current.get().equals(next)) {
        return result;
      }
      if (sessions.compareAndSetCounter(id, n, current.orElse(null), next)) {
        return result;
      }
    }
    return result;
  }
}
