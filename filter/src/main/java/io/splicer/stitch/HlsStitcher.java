package io.splicer.stitch;

import io.splicer.ads.AdsClient;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.hls.HlsParseException;
import io.splicer.hls.HlsParser;
import io.splicer.hls.HlsSplicer;
import io.splicer.hls.MediaPlaylist;
import io.splicer.hls.MultivariantPlaylist;
import io.splicer.hls.Playlist;
import io.splicer.hls.SpliceOptions;
import io.splicer.hls.SpliceResult;
import io.splicer.hls.UriResolver;
import io.splicer.session.SessionManager;
import io.splicer.tracking.BeaconService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HLS stitching pipeline: (configuration, session, request, origin bytes) → personalised bytes.
 * A {@link ManifestRewriter} for session-scoped requests (those with a {@link StitchScope}); every
 * other manifest passes through unchanged.
 *
 * <ul>
 *   <li>Multivariant ({@code /v1/master/...}): {@link MultivariantRewriter}; the session's {@link
 *       VariantMap} is stored on first sight (decision {@value VariantMap#KEY}).
 *   <li>Media playlist {@code n} ({@code /v1/manifest/.../{n}.m3u8}): {@link MediaStitcher}.
 *   <li>Origin bytes that are not a playlist (no {@code #EXTM3U}) → {@link
 *       UnparseableManifestException} (the web layer answers 502).
 *   <li>Any other exception while stitching → fail open: the origin playlist with its URIs made
 *       absolute (so it still plays from our URL), counted as {@code failOpen}.
 * </ul>
 *
 * Thread-safe.
 */
public final class HlsStitcher implements ManifestRewriter {

  private static final Logger LOG = LoggerFactory.getLogger(HlsStitcher.class);

  /** Content type of what we write. */
  public static final String CONTENT_TYPE = "application/vnd.apple.mpegurl";

  private final SessionManager sessions;
  private final CreativeCatalog creatives;
  private final MediaStitcher media;
  private final SessionAds reporting;
  private final StitchMetrics metrics;
  private final LiveView live;
  private final ParsedOrigins parsed = new ParsedOrigins();

  /**
   * @param sessions the session facade (decisions, counters, variant maps)
   * @param ads the ADS client (owned by the caller, who closes it)
   * @param creativeFetcher fetches creative and slate playlists
   * @param settings waits, timeouts and cache size
   */
  public HlsStitcher(
      SessionManager sessions,
      AdsClient ads,
      TextFetcher creativeFetcher,
      StitchSettings settings) {
    this(sessions, ads, creativeFetcher, settings, null);
  }

  /**
   * @param beacons fires server-side and error beacons ({@code null}: none are fired)
   */
  public HlsStitcher(
      SessionManager sessions,
      AdsClient ads,
      TextFetcher creativeFetcher,
      StitchSettings settings,
      @Nullable BeaconService beacons) {
    this(sessions, ads, creativeFetcher, settings, beacons, new StitchMetrics());
  }

  /**
   * @param beacons fires server-side and error beacons ({@code null}: none are fired)
   * @param metrics counters (shared with the {@link DashStitcher})
   */
  public HlsStitcher(
      SessionManager sessions,
      AdsClient ads,
      TextFetcher creativeFetcher,
      StitchSettings settings,
      @Nullable BeaconService beacons,
      StitchMetrics metrics) {
    this.metrics = metrics;
    this.sessions = sessions;
    this.creatives = new CreativeCatalog(creativeFetcher, settings.creativeCacheEntries());
    this.live =
        new LiveView(
            sessions,
            metrics,
            Clock.systemUTC(),
            LiveView.DEFAULT_SESSIONS,
            LiveView.DEFAULT_INTERACTIONS);
    BreakDecider decider =
        new BreakDecider(
            ads, creatives, settings.creativeTimeout(), live, new ErrorBeacons(beacons));
    this.media = new MediaStitcher(sessions, decider, settings, metrics, live, beacons != null);
    this.reporting = new SessionAds(sessions, creatives, beacons);
  }

  /** Server-side reporting of ad-segment requests and the tracking timeline of sessions. */
  public SessionAds reporting() {
    return reporting;
  }

  public StitchMetrics metrics() {
    return metrics;
  }

  /** The admin console's read-only live view of this stitcher's sessions. */
  public LiveView liveView() {
    return live;
  }

  /** The body of {@code GET /v1/blank/{ms}.vtt}: an empty WebVTT document (W3C WebVTT §4.1). */
  public static byte[] blankWebVtt() {
    return "WEBVTT\n\n".getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public RewriteResult rewrite(ManifestRequest request, OriginManifest manifest)
      throws UnparseableManifestException {
    StitchScope scope = request.scope();
    PlaybackConfiguration config = request.configuration();
    if (scope == null || config == null || request.type() != ManifestType.HLS) {
      return RewriteResult.unchanged();
    }
    String originUrl = request.originUrl();
    Playlist playlist =
        parsed.parse(
            originUrl, manifest.body(), manifest.charset(), text -> parse(text, originUrl));
    live.touched(scope.session());
    UriPolicy uris = new UriPolicy(request.originUrl(), scope.originBase(), config);
    try {
      String out = personalise(scope, config, playlist, uris, request.originUrl());
      return RewriteResult.replaced(out.getBytes(StandardCharsets.UTF_8), CONTENT_TYPE);
    } catch (RuntimeException e) {
      metrics.failOpen.incrementAndGet();
      LOG.error(
          "Session [{}]: stitching [{}] failed; serving the origin playlist",
          scope.session().id(),
          request.originUrl(),
          e);
      return failOpen(playlist, uris);
    }
  }

  private String personalise(
      StitchScope scope,
      PlaybackConfiguration config,
      Playlist playlist,
      UriPolicy uris,
      String originUrl) {
    AdAssembler assembler = new AdAssembler(creatives, scope.contextPath());
    if (playlist instanceof MultivariantPlaylist mv) {
      return multivariant(scope, config, mv, uris);
    }
    MediaPlaylist p = (MediaPlaylist) playlist;
    VariantMap.Rendition rendition = scope.isMultivariant() ? null : scope.rendition();
    if (rendition == null && !scope.isMultivariant()) {
      rendition =
          sessions
              .decision(scope.session().id(), VariantMap.KEY, VariantMap.class)
              .flatMap(m -> m.get(scope.playlist()))
              .orElse(null);
    }
    if (rendition == null) {
      rendition = new VariantMap.Rendition(originUrl, VariantMap.Kind.VARIANT, "", 0, 0, 0);
    }
    StitchScope s =
        scope.isMultivariant()
            ? new StitchScope(
                scope.session(),
                scope.contextPath(),
                scope.hash(),
                0,
                scope.originBase(),
                scope.acceptLanguage())
            : scope;
    return media.stitch(s, config, p, rendition, uris, assembler);
  }

  private String multivariant(
      StitchScope scope, PlaybackConfiguration config, MultivariantPlaylist mv, UriPolicy uris) {
    Optional<VariantMap> stored =
        sessions.decision(scope.session().id(), VariantMap.KEY, VariantMap.class);
    MultivariantRewriter.Result first =
        MultivariantRewriter.rewrite(mv, scope, config.name(), uris, stored.orElse(null));
    MultivariantRewriter.Result r = first;
    if (stored.isEmpty()) {
      VariantMap winner =
          sessions
              .decideOnce(
                  scope.session().id(),
                  VariantMap.KEY,
                  VariantMap.class,
                  () -> CompletableFuture.completedFuture(first.variants()))
              .join();
      if (!winner.equals(first.variants())) {
        r = MultivariantRewriter.rewrite(mv, scope, config.name(), uris, winner);
      }
    }
    metrics.multivariantsRewritten.incrementAndGet();
    return r.text();
  }

  private static Playlist parse(String text, String origin) throws UnparseableManifestException {
    if (!firstTagIsExtm3u(text)) {
      throw new UnparseableManifestException("no #EXTM3U in the origin manifest [" + origin + "]");
    }
    try {
      return HlsParser.parse(text);
    } catch (HlsParseException e) {
      throw new UnparseableManifestException(
          "origin manifest [" + origin + "]: " + e.getMessage(), e);
    }
  }

  /**
   * RFC 8216 §4.3.1.1 wants {@code #EXTM3U} on the first line; as the lenient parser does, blank
   * lines and comments ({@code #} not followed by {@code EXT}, §4.1) before it are tolerated (the
   * Apple authoring examples carry a comment header).
   */
  static boolean firstTagIsExtm3u(String text) {
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    while (i < text.length()) {
      int end = text.indexOf('\n', i);
      String line = (end < 0 ? text.substring(i) : text.substring(i, end)).strip();
      if (line.startsWith("#EXTM3U")) {
        return true;
      }
      if (!line.isEmpty() && (!line.startsWith("#") || line.startsWith("#EXT"))) {
        return false;
      }
      if (end < 0) {
        return false;
      }
      i = end + 1;
    }
    return false;
  }

  /** The origin playlist with content URIs absolute; unchanged if even that fails. */
  private RewriteResult failOpen(Playlist playlist, UriPolicy uris) {
    try {
      if (playlist instanceof MediaPlaylist p) {
        UriResolver absolute =
            new UriResolver() {
              @Override
              public String content(String uri) {
                return uris.content(uri);
              }

              @Override
              public String ad(SpliceResult.Placement placement) {
                return placement.uri();
              }
            };
        String text =
            HlsSplicer.splice(p, List.of(), null, new SpliceOptions(absolute, false)).text();
        return RewriteResult.replaced(text.getBytes(StandardCharsets.UTF_8), CONTENT_TYPE);
      }
      return RewriteResult.unchanged();
    } catch (RuntimeException e) {
      LOG.error("Fail-open rewrite failed too; passing the origin bytes through", e);
      return RewriteResult.unchanged();
    }
  }
}
