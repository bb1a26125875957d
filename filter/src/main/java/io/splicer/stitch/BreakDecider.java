package io.splicer.stitch;

import io.splicer.ads.AdsClient;
import io.splicer.ads.AdsRequestTemplate;
import io.splicer.ads.AdsResponse;
import io.splicer.ads.AdsResult;
import io.splicer.ads.AdsVariables;
import io.splicer.ads.AvailVariables;
import io.splicer.ads.BreakPlan;
import io.splicer.ads.BreakPlanner;
import io.splicer.ads.Candidate;
import io.splicer.ads.CreativeReadiness;
import io.splicer.ads.FillSettings;
import io.splicer.ads.PlanItem;
import io.splicer.ads.PlayerParams;
import io.splicer.ads.Readiness;
import io.splicer.ads.SessionVariables;
import io.splicer.ads.SkipReason;
import io.splicer.ads.SkippedAd;
import io.splicer.ads.VodBreakPlacer;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.core.MediaTime;
import io.splicer.session.ClientInfo;
import io.splicer.session.Session;
import io.splicer.vast.ResolvedAd;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Makes the decision of one break: the ADS call (URL template with the session's, avail's, SCTE-35
 * and asset variables), the creatives of the manifest's format (loaded through the {@link
 * CreativeSource} before the fill rules run, so readiness is "the creative is loaded") and the fill
 * rules of {@link BreakPlanner}. Never fails: ADS faults and unusable creatives become data
 * (content or slate).
 */
final class BreakDecider {

  private final AdsClient ads;
  private final CreativeSource creatives;
  private final Duration creativeTimeout;
  private final ErrorBeacons errors;
  private final ConcurrentHashMap<String, AdsRequestTemplate> templates = new ConcurrentHashMap<>();
  private final @Nullable LiveView live;

  BreakDecider(AdsClient ads, CreativeSource creatives, Duration creativeTimeout) {
    this(ads, creatives, creativeTimeout, null, new ErrorBeacons(null));
  }

  /**
   * @param live where ADS interactions are recorded for the admin live view, or null
   * @param errors fires the {@code <Error>} URLs of ads that cannot be used
   */
  BreakDecider(
      AdsClient ads,
      CreativeSource creatives,
      Duration creativeTimeout,
      @Nullable LiveView live,
      ErrorBeacons errors) {
    this.ads = ads;
    this.creatives = creatives;
    this.creativeTimeout = creativeTimeout;
    this.live = live;
    this.errors = errors;
  }

  /** The decision of one marked break ({@code breakKey}: its decision key, for error beacons). */
  CompletableFuture<AdDecision> decide(
      Session session, PlaybackConfiguration config, BreakFacts facts, @Nullable String lang) {
    return decide(session, config, facts, lang, "#" + facts.availIndex());
  }

  /** The decision of one marked break stored under {@code breakKey}. */
  CompletableFuture<AdDecision> decide(
      Session session,
      PlaybackConfiguration config,
      BreakFacts facts,
      @Nullable String lang,
      String breakKey) {
    AvailVariables avail =
        new AvailVariables(facts.availIndex(), facts.duration(), false, facts.sourceEpochMillis());
    long start = System.nanoTime();
    return request(session, config, facts, avail, lang)
        .thenCompose(
            r -> {
              long latency = System.nanoTime() - start;
              AdsResponse<ResolvedAd> response = response(r);
              resolutionErrors(session, breakKey, r);
              return load(response.candidates(), config)
                  .thenApply(
                      slate -> {
                        BreakPlan<ResolvedAd> plan = plan(facts, response, slate, config);
                        errors.skipped(session, breakKey, plan.skipped(), creatives::mediaUri);
                        return decision(plan, facts).withBreakTracking(markedBreakTracking(r));
                      })
                  .thenApply(
                      d -> {
                        if (live != null) {
                          live.decided(
                              session,
                              config,
                              breakKey,
                              r,
                              response.candidates(),
                              List.of(d),
                              facts.remaining(),
                              latency);
                        }
                        return d;
                      });
            });
  }

  /** The one decision of VOD content without markers (VAST pre-roll or VMAP breaks). */
  CompletableFuture<AdDecision.VodBreaks> decideVod(
      Session session,
      PlaybackConfiguration config,
      List<MediaTime> segmentStarts,
      MediaTime contentDuration,
      @Nullable String lang) {
    BreakFacts facts =
        new BreakFacts(
            BreakFacts.Mode.INSERTION,
            Optional.empty(),
            MediaTime.ZERO,
            Optional.empty(),
            java.util.Map.of(),
            1,
            Optional.empty());
    AvailVariables avail = new AvailVariables(1, Optional.empty(), true, Optional.empty());
    long start = System.nanoTime();
    return request(session, config, facts, avail, lang)
        .thenCompose(
            r -> {
              long latency = System.nanoTime() - start;
              List<Candidate<ResolvedAd>> all = new ArrayList<>();
              r.vmapBreaks().forEach(b -> all.addAll(AdsResult.candidates(b.resolution())));
              r.vast().ifPresent(v -> all.addAll(AdsResult.candidates(v)));
              resolutionErrors(session, "vod", r);
              return load(all, config)
                  .thenApply(ignored -> vod(session, r, segmentStarts, contentDuration))
                  .thenApply(
                      v -> {
                        if (live != null) {
                          List<AdDecision> ds = new ArrayList<>();
                          v.breaks().forEach(b -> ds.add(b.decision()));
                          live.decided(
                              session,
                              config,
                              LiveView.VOD_KEY,
                              r,
                              all,
                              ds,
                              Optional.empty(),
                              latency);
                        }
                        return v;
                      });
            });
  }

  private void resolutionErrors(Session session, String breakKey, AdsResult r) {
    r.vast().ifPresent(v -> errors.resolution(session, breakKey, v.errors()));
    for (int i = 0; i < r.vmapBreaks().size(); i++) {
      errors.resolution(session, breakKey + "/" + i, r.vmapBreaks().get(i).resolution().errors());
    }
  }

  private AdDecision.VodBreaks vod(
      Session session, AdsResult r, List<MediaTime> starts, MediaTime duration) {
    String failure = r.failure().map(f -> f.kind() + ": " + f.detail()).orElse("");
    List<AdDecision.VodBreak> breaks = new ArrayList<>();
    List<AdDecision.OverlayBreak> overlays = List.of();
    if (r.isVmap()) {
      overlays = OverlayDecisions.decide(session, r, duration, errors);
      for (VodBreakPlacer.PlacedBreak<ResolvedAd> b :
          VodBreakPlacer.place(r.vmapBreaks(), starts, duration, readiness())) {
        String key = "vod@" + b.offset().micros();
        errors.skipped(session, key, b.plan().skipped(), creatives::mediaUri);
        AdDecision d =
            decision(b.plan(), null, MediaTime.ZERO)
                .withBreakTracking(BreakTracking.of(b.adBreak()));
        if (d.ads().isEmpty()) {
          errors.vmapBreak(session, key, d.breakTracking(), sourceErrors(r, b));
        }
        breaks.add(new AdDecision.VodBreak(b.offset().micros(), b.postRoll(), d));
      }
    } else if (r.failure().isEmpty()) {
      BreakPlan<ResolvedAd> plan = BreakPlanner.planInsertion(r.toResponse(), readiness());
      errors.skipped(session, "vod", plan.skipped(), creatives::mediaUri);
      breaks.add(new AdDecision.VodBreak(0, false, decision(plan, null, MediaTime.ZERO)));
    }
    return new AdDecision.VodBreaks(breaks, failure, overlays);
  }

  private static List<io.splicer.vast.VastError> sourceErrors(
      AdsResult r, VodBreakPlacer.PlacedBreak<ResolvedAd> b) {
    return r.vmapBreaks().stream()
        .filter(v -> v.adBreak() == b.adBreak())
        .findFirst()
        .map(v -> v.resolution().errors())
        .orElse(List.of());
  }

  /** The break tracking of the VMAP break whose ads fill a marked break ({@link #response}). */
  private static BreakTracking markedBreakTracking(AdsResult r) {
    return r.isVmap() && !r.vmapBreaks().isEmpty()
        ? BreakTracking.of(r.vmapBreaks().get(0).adBreak())
        : BreakTracking.NONE;
  }

  private CompletableFuture<AdsResult> request(
      Session session,
      PlaybackConfiguration config,
      BreakFacts facts,
      AvailVariables avail,
      @Nullable String lang) {
    String url = config.adDecisionServerUrl();
    if (url == null || url.isBlank()) {
      return CompletableFuture.completedFuture(
          new AdsResult("", Optional.empty(), List.of(), Optional.empty()));
    }
    AdsRequestTemplate template = templates.computeIfAbsent(url, AdsRequestTemplate::get);
    SessionVariables viewer = viewer(session, lang);
    AdsVariables.Builder vars =
        AdsVariables.builder()
            .session(viewer)
            .avail(avail)
            .asset(facts.asset())
            .playerParams(PlayerParams.fromJson(session.params().playerParams()));
    facts.scte35().ifPresent(vars::scte);
    return ads.request(template, vars.build(), Optional.of(viewer));
  }

  static SessionVariables viewer(Session session, @Nullable String lang) {
    ClientInfo c = session.client();
    return new SessionVariables(
        Long.toString(session.numericId()),
        session.id().toString(),
        c.clientIp(),
        c.forwardedFor().isEmpty() ? Optional.empty() : Optional.of(c.forwardedFor()),
        c.userAgent(),
        c.referer().isEmpty() ? Optional.empty() : Optional.of(c.referer()),
        Optional.ofNullable(lang));
  }

  private static AdsResponse<ResolvedAd> response(AdsResult r) {
    if (r.isVmap() && !r.vmapBreaks().isEmpty()) {
      // a VMAP answer to a marked break: the first linear break's ads fill it
      return AdsResponse.of(AdsResult.candidates(r.vmapBreaks().get(0).resolution()));
    }
    return r.toResponse();
  }

  /** Loads every candidate's creative and the slate; completes with the slate's duration. */
  private CompletableFuture<Optional<MediaTime>> load(
      List<Candidate<ResolvedAd>> candidates, PlaybackConfiguration config) {
    List<CompletableFuture<?>> loads = new ArrayList<>();
    for (Candidate<ResolvedAd> c : candidates) {
      String uri = creatives.mediaUri(c.ad());
      if (uri != null) {
        loads.add(bounded(creatives.prepare(uri)));
      }
    }
    String slateUrl = config.slateAdUrl();
    boolean hasSlate = slateUrl != null && !slateUrl.isBlank();
    if (hasSlate) {
      loads.add(bounded(creatives.prepare(slateUrl.strip())));
    }
    return CompletableFuture.allOf(loads.toArray(new CompletableFuture<?>[0]))
        .thenApply(
            ignored ->
                hasSlate ? creatives.duration(slateUrl.strip()) : Optional.<MediaTime>empty());
  }

  private <T> CompletableFuture<@Nullable T> bounded(CompletableFuture<T> f) {
    return f.copy()
        .orTimeout(creativeTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .handle((v, e) -> e == null ? v : null);
  }

  private BreakPlan<ResolvedAd> plan(
      BreakFacts facts,
      AdsResponse<ResolvedAd> response,
      Optional<MediaTime> slate,
      PlaybackConfiguration config) {
    return switch (facts.mode()) {
      case INSERTION -> BreakPlanner.planInsertion(response, readiness());
      case OPEN_ENDED -> BreakPlanner.planOpenEnded(response, readiness());
      case REPLACEMENT -> {
        Optional<MediaTime> remaining = facts.remaining();
        yield remaining.isEmpty()
            ? BreakPlanner.planOpenEnded(response, readiness())
            : BreakPlanner.planReplacement(
                remaining.get(), response, readiness(), fill(slate, config));
      }
    };
  }

  private static FillSettings fill(Optional<MediaTime> slate, PlaybackConfiguration config) {
    if (slate.isEmpty()) {
      return FillSettings.NONE;
    }
    Integer threshold = config.personalizationThresholdSeconds();
    FillSettings s = FillSettings.withSlate();
    return threshold == null ? s : s.withThreshold(MediaTime.ofSeconds(threshold));
  }

  /** Ready when the creative has a rendition of the format and it is loaded. */
  private CreativeReadiness<ResolvedAd> readiness() {
    return candidate -> {
      String uri = creatives.mediaUri(candidate.ad());
      if (uri == null) {
        return Readiness.notReady(SkipReason.UNSUPPORTED_MEDIA_FILE);
      }
      return creatives
          .duration(uri)
          .map(Readiness::ready)
          .orElse(Readiness.notReady(SkipReason.MEDIA_FILE_UNAVAILABLE));
    };
  }

  private AdDecision decision(BreakPlan<ResolvedAd> plan, BreakFacts facts) {
    return decision(plan, null, facts.joinOffset());
  }

  private AdDecision decision(
      BreakPlan<ResolvedAd> plan, @Nullable String failure, MediaTime joinOffset) {
    List<AdDecision.DecidedAd> decided = new ArrayList<>();
    for (PlanItem.Ad<ResolvedAd> a : plan.ads()) {
      ResolvedAd ad = a.candidate().ad();
      String uri = creatives.mediaUri(ad);
      if (uri != null) {
        String id = ad.adId() == null ? a.candidate().creativeKey() : ad.adId();
        decided.add(
            new AdDecision.DecidedAd(
                id,
                a.candidate().creativeKey(),
                uri,
                a.duration().micros(),
                AdTracking.of(ad, uri)));
      }
    }
    List<String> skipped = new ArrayList<>();
    for (SkippedAd<ResolvedAd> s : plan.skipped()) {
      skipped.add(s.candidate().creativeKey() + "=" + s.reason());
    }
    String f =
        failure != null
            ? failure
            : plan.adsFailure().map(x -> x.kind() + ": " + x.detail()).orElse("");
    return new AdDecision(
        decided, plan.slateDuration().micros(), joinOffset.micros(), plan.abandoned(), f, skipped);
  }
}
