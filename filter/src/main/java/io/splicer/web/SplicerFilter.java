package io.splicer.web;

import io.splicer.config.ConfigurationRepository;
import io.splicer.config.FileConfigurationStore;
import io.splicer.config.InMemoryConfigurationRepository;
import io.splicer.stitch.LiveView;
import io.splicer.stitch.ManifestRewriter;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splicer's servlet filter: server-side ad insertion in front of an HLS/DASH origin.
 *
 * <h2>Registration</h2>
 *
 * The {@code splicer-filter} jar registers this filter through {@code META-INF/web-fragment.xml}
 * (fragment name {@code splicer}, filter name {@code SplicerFilter}, mapped to {@code /*} for
 * {@code REQUEST} dispatches). To order it, use {@code <absolute-ordering>} with {@code
 * <name>splicer</name>} in your {@code web.xml}; to disable it, leave {@code splicer} out of the
 * absolute ordering. To set init-params, declare a {@code <filter>} named {@code SplicerFilter} in
 * your {@code web.xml} with only the {@code <init-param>}s you need: they are merged with the
 * fragment's declaration (Servlet 6.0 §8.2.3).
 *
 * <h2>What it does</h2>
 *
 * <ul>
 *   <li>{@code GET /v1/master/{hash}/{config}/{asset-path}} and {@code /v1/dash/...}: looks up the
 *       playback configuration {@code config}, fetches {@code VideoContentSourceUrl + asset-path +
 *       query} (without {@code ads.*}, {@code manifest.*}, {@code aws.*} parameters), rewrites and
 *       returns it. {@code VideoContentSourceUrl} may be {@code /prefix/} (this webapp, by {@code
 *       RequestDispatcher}), {@code context:/name/prefix/} (another context of the container, by
 *       cross-context dispatch: Tomcat needs {@code crossContext="true"} on this webapp's {@code
 *       <Context>}) or {@code http(s)://host/prefix/}. Unknown configuration → 404; origin timeout
 *       → 504; origin unreachable or manifest unparseable → 502; origin 404 → 404.
 *   <li>HLS sessions: {@code GET /v1/master/...} creates an implicit session (or, with {@code
 *       aws.sessionId}, continues one) and answers the multivariant playlist with session-scoped
 *       children {@code /v1/manifest/{hash}/{config}/{session}/{n}.m3u8}, which answer the
 *       personalised media playlists (ads stitched by {@link io.splicer.stitch.HlsStitcher}).
 *       {@code POST /v1/session/...} (JSON) or {@code GET /v1/session/...} creates an explicit
 *       session and answers {@code {"manifestUrl","trackingUrl"}} ({@code /v1/dash/...} for {@code
 *       .mpd} assets).
 *   <li>DASH sessions: {@code GET /v1/dash/...} without {@code aws.sessionId} creates an implicit
 *       session and answers 302 to the same URL with {@code ?aws.sessionId={uuid}} (plus the {@code
 *       manifest.*} parameters, prefix stripped); with {@code aws.sessionId} it answers the MPD
 *       personalised by {@link io.splicer.stitch.DashStitcher}: ads from the creatives' streaming
 *       {@code application/dash+xml} renditions in their own Periods, a {@code <Location>} with the
 *       absolute session URL (unless {@code DashConfiguration.MpdLocation} is {@code DISABLED}),
 *       single-period origins ({@code DashConfiguration.OriginManifestType} {@code SINGLE_PERIOD})
 *       turned into multi-period output. ADS failures give the content (or a DASH slate), never an
 *       error. Players must follow the 302 and keep the session URL (or use {@code Location}); a
 *       refresh without {@code aws.sessionId} starts a new session. {@code GET /v1/blank/{ms}.vtt}
 *       is the blank WebVTT segment of subtitle tracks during ads. Expired or unknown sessions →
 *       400. Sessions live in a JCache (Ehcache heap + off-heap) store sized by the init-params of
 *       {@code StitchWiring} ({@code sessionHeapEntries}, {@code sessionOffHeapMb}, {@code
 *       sessionValueHeapEntries}, {@code sessionValueOffHeapMb}, {@code
 *       sessionValueMaxIdleMinutes}, {@code expiredSessionRetentionMinutes}, {@code
 *       decisionWaitMillis}).
 *   <li>Ad tracking ({@link TrackingRoutes}): in server-side and hybrid sessions, HLS ad segments
 *       are listed as {@code /v1/segment/{hash}/{config}/{session}/{n}/{seq}} and DASH ad Periods
 *       get the BaseURL {@code /v1/dashsegment/{hash}/{config}/{session}/{availId}/{adPeriodId}/}
 *       (unless an {@code AdSegmentUrlPrefix} is configured); a request fires the beacons due (each
 *       once per session, ad and event) and redirects (302, or 301 with {@code
 *       segmentRedirectStatus}) to the ad segment; a DASH segment path that is not a plain relative
 *       path → 404. {@code GET|POST /v1/tracking/{hash}/{config}/{session}} answers the client-side
 *       tracking JSON of client and hybrid sessions ({@code nextToken} paging; bad token → 400;
 *       DASH sessions in the DASH time bases). VAST {@code <Error>} URLs of ads that cannot be used
 *       are fired once, in every mode. Beacons go out through a bounded asynchronous dispatcher
 *       ({@code beacon*} init-params of {@code StitchWiring}); its counters are the servlet-context
 *       attribute {@value #BEACON_DISPATCHER}.
 *   <li>Other requests for {@code .m3u8}/{@code .mpd}, or whose response declares an HLS/DASH
 *       content type, are buffered (up to {@code maxManifestBytes}) and offered to the rewriter.
 *       {@code Range} and {@code If-*} headers are hidden from the origin on {@code .m3u8}/{@code
 *       .mpd} requests. Media segments ({@code .ts}, {@code .m4s}, {@code .mp4}, {@code .aac},
 *       {@code .vtt}, ...) are never wrapped and stream through in constant memory.
 *   <li>Only {@code 200} answers to {@code GET} are rewritten. {@code HEAD}, {@code 304}, {@code
 *       404}, {@code 5xx}, {@code sendError} and {@code sendRedirect} pass through untouched.
 *       gzip/deflate bodies are decoded for rewriting; a rewritten body is sent uncompressed with
 *       its own {@code Content-Length} and without the origin's {@code ETag}, {@code
 *       Last-Modified}, {@code Accept-Ranges}, {@code Content-Range}. A manifest that is not
 *       rewritten goes out byte-identical with the origin's headers.
 * </ul>
 *
 * <h2>Init-params</h2>
 *
 * <table>
 *   <caption>Init-params</caption>
 *   <tr><th>name</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code maxManifestBytes}</td><td>2097152</td><td>Largest manifest buffered for
 *       rewriting; larger ones pass through unchanged (a warning is logged and the {@code
 *       oversizePassThrough} counter incremented).</td></tr>
 *   <tr><td>{@code originConnectTimeoutMillis}</td><td>1000</td><td>Connect timeout for HTTP
 *       origins.</td></tr>
 *   <tr><td>{@code originTimeoutMillis}</td><td>2000</td><td>Total time for one HTTP origin
 *       request; exceeded → 504.</td></tr>
 *   <tr><td>{@code originThreads}</td><td>4</td><td>Worker threads of the HTTP origin
 *       client.</td></tr>
 *   <tr><td>{@code configDir}</td><td>system property {@code splicer.configDir}</td>
 *       <td>Directory of playback configurations ({@code <name>.json}). Without one, no
 *       configuration exists and entry URLs answer 404. Changes through the admin API and new
 *       files apply at once; hand edits of an existing file within a second (a file is checked
 *       on disk at most once a second by the playback side).</td></tr>
 *   <tr><td>{@code deploymentId}</td><td>(any)</td><td>If set, entry URLs whose {@code {hash}}
 *       differs answer 404.</td></tr>
 *   <tr><td>{@code rewriter}</td><td>(ServiceLoader, else none)</td><td>Class name of the
 *       {@code io.splicer.stitch.ManifestRewriter} (public no-argument constructor). Without one
 *       (and none found by ServiceLoader), the HLS stitcher serves session-scoped URLs and other
 *       manifests pass through byte-identical.</td></tr>
 * </table>
 *
 * <h2>Troubleshooting</h2>
 *
 * <ul>
 *   <li>Entry URL answers 502 and the log says "Context [...] is not reachable": enable
 *       cross-context dispatch for this webapp.
 *   <li>Manifest not rewritten, log says "exceeds maxManifestBytes": raise {@code
 *       maxManifestBytes}.
 *   <li>Counters: the servlet-context attribute {@value FilterMetrics#ATTRIBUTE} holds a {@link
 *       FilterMetrics}.
 * </ul>
 */
public final class SplicerFilter implements Filter {

  private static final Logger LOG = LoggerFactory.getLogger(SplicerFilter.class);

  /** Servlet-context attribute holding the {@link io.splicer.stitch.StitchMetrics}. */
  public static final String STITCH_METRICS = "io.splicer.stitch.StitchMetrics";

  /**
   * Servlet-context attribute holding the {@link io.splicer.tracking.BeaconDispatcher} (its {@code
   * stats()}: submitted, delivered, rejected, expired, dropped, retries, pending).
   */
  public static final String BEACON_DISPATCHER = "io.splicer.tracking.BeaconDispatcher";

  /**
   * Servlet-context attribute holding the filter's {@link ConfigurationRepository} (read by the
   * admin API of config-ui, which must edit the same store).
   */
  public static final String REPOSITORY_ATTRIBUTE = ConfigurationRepository.class.getName();

  /** How long a configuration file is trusted before it is checked on disk again. */
  static final Duration CONFIG_RECHECK = Duration.ofSeconds(1);

  private final FilterMetrics metrics = new FilterMetrics();
  private @Nullable FilterSettings settings;
  private @Nullable ManifestResponder responder;
  private @Nullable EntryHandler entries;
  private @Nullable HttpOriginClient httpOrigin;
  private @Nullable StitchWiring stitching;
  private @Nullable SessionRoutes sessions;
  private @Nullable TrackingRoutes tracking;

  @Override
  public void init(FilterConfig config) throws ServletException {
    FilterSettings s;
    try {
      s = FilterSettings.parse(config::getInitParameter);
    } catch (IllegalArgumentException e) {
      throw new ServletException(e.getMessage(), e);
    }
    ConfigurationRepository repository =
        s.configDir() == null
            ? new InMemoryConfigurationRepository()
            : new FileConfigurationStore(s.configDir(), CONFIG_RECHECK, Clock.systemUTC());
    try {
      stitching =
          new StitchWiring(
              "splicer" + config.getServletContext().getContextPath(),
              config::getInitParameter,
              Thread.currentThread().getContextClassLoader());
    } catch (IllegalArgumentException e) {
      throw new ServletException(e.getMessage(), e);
    }
    ManifestRewriter rewriter = loadRewriter(s.rewriterClass());
    if (rewriter == ManifestRewriter.NONE) {
      rewriter = stitching.stitcher;
    }
    settings = s;
    responder = new ManifestResponder(rewriter, metrics, s.maxManifestBytes());
    httpOrigin =
        new HttpOriginClient(s.originConnectTimeout(), s.originTimeout(), s.originThreads());
    sessions = new SessionRoutes(stitching.sessions, repository);
    entries = new EntryHandler(s, repository, httpOrigin, responder, metrics, sessions);
    tracking =
        new TrackingRoutes(
            sessions, repository, stitching.stitcher.reporting(), stitching.segmentRedirectStatus);
    config.getServletContext().setAttribute(FilterMetrics.ATTRIBUTE, metrics);
    config.getServletContext().setAttribute(STITCH_METRICS, stitching.stitcher.metrics());
    config.getServletContext().setAttribute(BEACON_DISPATCHER, stitching.beaconDispatcher);
    // The admin console's read-only live view (sessions, fill rate, ADS interactions, timelines).
    config.getServletContext().setAttribute(LiveView.ATTRIBUTE, stitching.stitcher.liveView());
    // The admin API (config-ui) edits the same store, so changes reach new sessions at once.
    config.getServletContext().setAttribute(REPOSITORY_ATTRIBUTE, repository);
    LOG.info(
        "Splicer filter ready: rewriter [{}], configDir [{}], maxManifestBytes [{}]",
        rewriter == ManifestRewriter.NONE ? "none" : rewriter.getClass().getName(),
        s.configDir(),
        s.maxManifestBytes());
  }

  private static ManifestRewriter loadRewriter(@Nullable String className) throws ServletException {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (className != null) {
      try {
        return Class.forName(className, true, loader)
            .asSubclass(ManifestRewriter.class)
            .getConstructor()
            .newInstance();
      } catch (ReflectiveOperationException | ClassCastException e) {
        Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
        throw new ServletException("Init-param rewriter: cannot load [" + className + "]", cause);
      }
    }
    Iterator<ManifestRewriter> found =
        ServiceLoader.load(ManifestRewriter.class, loader).iterator();
    return found.hasNext() ? found.next() : ManifestRewriter.NONE;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!(req instanceof HttpServletRequest request)
        || !(res instanceof HttpServletResponse response)
        || settings == null) {
      chain.doFilter(req, res);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    switch (RequestClassifier.classify(path)) {
      case ENTRY_HLS -> entries().handle(request, response, path, RequestClassifier.HLS_ENTRY);
      case ENTRY_DASH -> entries().handle(request, response, path, RequestClassifier.DASH_ENTRY);
      case MEDIA_PLAYLIST ->
          Objects.requireNonNull(sessions).mediaPlaylist(request, response, path, entries());
      case SESSION_INIT ->
          Objects.requireNonNull(sessions).sessionInit(request, response, path, entries());
      case BLANK_VTT -> SessionRoutes.blank(response, path);
      case AD_SEGMENT ->
          Objects.requireNonNull(tracking).segment(request, response, path, entries());
      case DASH_AD_SEGMENT ->
          Objects.requireNonNull(tracking).dashSegment(request, response, path, entries());
      case TRACKING ->
          Objects.requireNonNull(tracking).tracking(request, response, path, entries());
      case SEGMENT -> chain.doFilter(request, response);
      case MANIFEST -> capture(request, response, chain, path, false);
      case OTHER -> capture(request, response, chain, path, true);
    }
  }

  private EntryHandler entries() {
    return Objects.requireNonNull(entries);
  }

  private void capture(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      String path,
      boolean lazy)
      throws IOException, ServletException {
    FilterSettings s = Objects.requireNonNull(settings);
    CapturingResponse capture =
        new CapturingResponse(response, null, lazy, s.maxManifestBytes(), metrics, path);
    ManifestResponder.Origin origin = new ManifestResponder.Origin(path, null, path);
    OriginRequest.Completion finish =
        OriginRequest.once(() -> responder().respondCaptured(request, capture, origin));
    chain.doFilter(new OriginRequest(request, capture, finish, !lazy), capture);
    if (!request.isAsyncStarted()) {
      finish.run();
    }
  }

  private ManifestResponder responder() {
    return Objects.requireNonNull(responder);
  }

  @Override
  public void destroy() {
    if (httpOrigin != null) {
      httpOrigin.close();
    }
    if (stitching != null) {
      stitching.close();
      stitching = null;
    }
  }
}
