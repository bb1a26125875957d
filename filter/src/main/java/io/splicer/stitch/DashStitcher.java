package io.splicer.stitch;

import io.splicer.ads.AdsClient;
import io.splicer.config.CdnConfiguration;
import io.splicer.config.DashConfiguration;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.dash.DashException;
import io.splicer.dash.DashProblem;
import io.splicer.dash.MpdDocument;
import io.splicer.dash.MpdReader;
import io.splicer.dash.MpdRewriter;
import io.splicer.dash.RewriteOptions;
import io.splicer.session.SessionManager;
import io.splicer.tracking.BeaconService;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DASH stitching pipeline: (configuration, session, request, origin MPD) → personalised MPD. A
 * {@link ManifestRewriter} for session-scoped {@code /v1/dash/...} requests; every other manifest
 * passes through unchanged.
 *
 * <ul>
 *   <li>Breaks: {@link DashBreakPlan} (SCTE-35 avails with one memoised decision per avail per
 *       session, or VAST pre-roll / VMAP breaks for VOD without markers); ads come from the
 *       creatives' DASH renditions (VAST {@code MediaFile type="application/dash+xml"}).
 *   <li>Server-side reporting (reference §1.1, §7.2): when beacons are wired, the session's mode
 *       fires them and no {@code AdSegmentUrlPrefix} is configured, each ad Period's BaseURL is
 *       {@code /v1/dashsegment/{hash}/{config}/{session}/{availId}/{adPeriodId}/} ({@link
 *       DashSegmentRef}), so every segment request of the ad passes through the filter; slate
 *       Periods point at the slate. The placed ad Periods are recorded per session ({@link
 *       DashReporting}) for that route and the tracking JSON.
 *   <li>Writing: {@link MpdRewriter} (lossless; content / ad / content Periods with MediaTailor's
 *       Period ids, so a live refresh writes the same ids and starts; {@code availabilityStartTime}
 *       untouched). Output is always multi-period (reference §4.1).
 *   <li>MPD head (reference §4.2): relative MPD-level BaseURLs made absolute against the origin (or
 *       one added), or exactly one under {@code ContentSegmentUrlPrefix}; {@code <Location>} with
 *       the absolute session URL unless {@code DashConfiguration.MpdLocation=DISABLED} (then only
 *       an origin {@code Location} is replaced, so players never leave the session).
 *   <li>Origin bytes that are not an MPD → {@link UnparseableManifestException} (502). Any other
 *       failure while stitching → fail open: the origin MPD with only the head rules applied.
 * </ul>
 *
 * Thread-safe.
 */
public final class DashStitcher implements ManifestRewriter {

  private static final Logger LOG = LoggerFactory.getLogger(DashStitcher.class);

  /** Content type of what we write (ISO/IEC 23009-1 Annex C). */
  public static final String CONTENT_TYPE = "application/dash+xml";

  private final DashBreakPlan plan;
  private final StitchMetrics metrics;
  private final DashReporting reporting;
  private final @Nullable LiveView live;

  /**
   * @param sessions the session facade (decisions)
   * @param ads the ADS client (owned by the caller, who closes it)
   * @param creativeFetcher fetches creative and slate MPDs
   * @param settings waits, timeouts and cache size
   * @param metrics counters, shared with the HLS stitcher
   */
  public DashStitcher(
      SessionManager sessions,
      AdsClient ads,
      TextFetcher creativeFetcher,
      StitchSettings settings,
      StitchMetrics metrics) {
    this(sessions, ads, creativeFetcher, settings, metrics, null, null);
  }

  /**
   * @param sessions the session facade (decisions)
   * @param ads the ADS client (owned by the caller, who closes it)
   * @param creativeFetcher fetches creative and slate MPDs
   * @param settings waits, timeouts and cache size
   * @param metrics counters, shared with the HLS stitcher
   * @param live where ADS interactions are recorded for the admin live view (the HLS stitcher's
   *     {@link HlsStitcher#liveView()}), or null
   * @param beacons fires the {@code <Error>} URLs of unusable ads ({@code null}: none are fired)
   */
  public DashStitcher(
      SessionManager sessions,
      AdsClient ads,
      TextFetcher creativeFetcher,
      StitchSettings settings,
      StitchMetrics metrics,
      @Nullable LiveView live,
      @Nullable BeaconService beacons) {
    this.metrics = metrics;
    this.live = live;
    DashCreativeCatalog creatives =
        new DashCreativeCatalog(creativeFetcher, settings.creativeCacheEntries());
    BreakDecider decider =
        new BreakDecider(
            ads, creatives, settings.creativeTimeout(), live, new ErrorBeacons(beacons));
    this.plan =
        new DashBreakPlan(
            sessions,
            decider,
            creatives,
            new DecisionWait(settings.decisionWait(), metrics),
            metrics,
            beacons != null);
    this.reporting = new DashReporting(sessions, creatives, beacons);
  }

  public StitchMetrics metrics() {
    return metrics;
  }

  /**
   * Server-side reporting of DASH ad-segment requests ({@code /v1/dashsegment}) and the tracking
   * timeline of DASH sessions.
   */
  public DashReporting reporting() {
    return reporting;
  }

  @Override
  public RewriteResult rewrite(ManifestRequest request, OriginManifest manifest)
      throws UnparseableManifestException {
    StitchScope scope = request.scope();
    PlaybackConfiguration config = request.configuration();
    if (scope == null || config == null || request.type() != ManifestType.DASH) {
      return RewriteResult.unchanged();
    }
    MpdDocument doc = parse(manifest.body(), request.originUrl());
    if (live != null) {
      live.touched(scope.session(), LiveView.DASH);
    }
    UriPolicy uris = new UriPolicy(request.originUrl(), scope.originBase(), config);
    RewriteOptions options = options(request, scope, config, uris);
    try {
      DashBreakPlan.Planned planned = plan.plan(scope, config, doc, uris);
      io.splicer.dash.RewriteResult r =
          MpdRewriter.rewrite(doc, planned.splices(), options.withIdScheme(planned.scheme()));
      reporting.record(scope.session().id(), doc, planned, r.periods());
      report(scope, r.problems());
      if (live != null) {
        live.stitched(scope.session(), doc, planned.splices(), r);
      }
      metrics.mpdsStitched.incrementAndGet();
      return RewriteResult.replaced(r.mpd(), CONTENT_TYPE);
    } catch (RuntimeException e) {
      metrics.failOpen.incrementAndGet();
      LOG.error(
          "Session [{}]: stitching [{}] failed; serving the origin MPD",
          scope.session().id(),
          request.originUrl(),
          e);
      return failOpen(doc, options);
    }
  }

  private static MpdDocument parse(byte[] body, String origin) throws UnparseableManifestException {
    try {
      return MpdReader.read(body);
    } catch (DashException e) {
      throw new UnparseableManifestException("origin MPD [" + origin + "]: " + e.getMessage(), e);
    }
  }

  /** BaseURL and Location rules of the configuration (reference §4.2). */
  static RewriteOptions options(
      ManifestRequest request, StitchScope scope, PlaybackConfiguration config, UriPolicy uris) {
    RewriteOptions o = RewriteOptions.passThrough().withOriginUrl(request.originUrl());
    CdnConfiguration cdn = config.cdnConfiguration();
    if (cdn != null
        && cdn.contentSegmentUrlPrefix() != null
        && !cdn.contentSegmentUrlPrefix().isBlank()) {
      o = o.withContentSegmentUrlPrefix(uris.content("."));
    }
    String location = sessionUrl(request, scope);
    if (location == null) {
      return o;
    }
    DashConfiguration dash = config.dashConfiguration();
    boolean disabled = dash != null && dash.mpdLocation() == DashConfiguration.MpdLocation.DISABLED;
    return o.withLocation(
        disabled ? RewriteOptions.LocationMode.REPLACE : RewriteOptions.LocationMode.REPLACE_OR_ADD,
        location);
  }

  /** The absolute session URL: the entry URL with {@code aws.sessionId} and manifest params. */
  static @Nullable String sessionUrl(ManifestRequest request, StitchScope scope) {
    if (scope.publicOrigin() == null) {
      return null;
    }
    String mq = scope.session().params().manifestQuery();
    return scope.publicOrigin()
        + request.path()
        + "?aws.sessionId="
        + scope.session().id()
        + (mq.isEmpty() ? "" : "&" + mq);
  }

  private void report(StitchScope scope, List<DashProblem> problems) {
    if (!problems.isEmpty()) {
      metrics.dashProblems.addAndGet(problems.size());
      LOG.debug("Session [{}]: MPD rewrite problems {}", scope.session().id(), problems);
    }
  }

  /** The origin MPD with only the head rules applied; unchanged if even that fails. */
  private static RewriteResult failOpen(MpdDocument doc, RewriteOptions options) {
    try {
      byte[] mpd = MpdRewriter.rewrite(doc, List.of(), options).mpd();
      return RewriteResult.replaced(mpd, CONTENT_TYPE);
    } catch (RuntimeException e) {
      LOG.error("Fail-open MPD rewrite failed too; passing the origin bytes through", e);
      return RewriteResult.unchanged();
    }
  }
}
