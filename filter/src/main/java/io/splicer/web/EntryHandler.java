package io.splicer.web;

import io.splicer.config.ConfigurationRepository;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.session.Session;
import io.splicer.session.SessionParamsParser;
import io.splicer.stitch.StitchScope;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the MediaTailor entry URLs {@code /v1/master/...} and {@code /v1/dash/...}: looks up the
 * playback configuration, fetches the origin manifest (own webapp, cross-context or HTTP), rewrites
 * it and maps origin failures (timeout → 504, unreachable or unparseable → 502, 404 → 404). Both
 * entries are session-scoped: HLS answers the multivariant playlist of the (implicit or named)
 * session; DASH answers a new implicit session with a 302 to the entry URL carrying {@code
 * aws.sessionId}, and the MPD personalised for the session named by {@code aws.sessionId}.
 */
final class EntryHandler {

  private static final Logger LOG = LoggerFactory.getLogger(EntryHandler.class);

  /** Origin headers copied to the viewer as they are (besides the {@link HeldHeaders}). */
  private static final List<String> COPIED =
      List.of("Content-Type", "Cache-Control", "Expires", "Content-Language", "Vary");

  private final FilterSettings settings;
  private final ConfigurationRepository configurations;
  private final HttpOriginClient httpOrigin;
  private final ManifestResponder responder;
  private final FilterMetrics metrics;
  private final @Nullable SessionRoutes sessions;

  EntryHandler(
      FilterSettings settings,
      ConfigurationRepository configurations,
      HttpOriginClient httpOrigin,
      ManifestResponder responder,
      FilterMetrics metrics,
      @Nullable SessionRoutes sessions) {
    this.sessions = sessions;
    this.settings = settings;
    this.configurations = configurations;
    this.httpOrigin = httpOrigin;
    this.responder = responder;
    this.metrics = metrics;
  }

  void handle(
      HttpServletRequest request, HttpServletResponse response, String path, String entryPrefix)
      throws IOException, ServletException {
    Optional<EntryPath> entry = EntryPath.parse(path.substring(entryPrefix.length()));
    if (entry.isEmpty() || !hashAccepted(entry.get().hash())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<PlaybackConfiguration> config = configurations.find(entry.get().configName());
    if (config.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    OriginLocation origin = origin(config.get(), response);
    if (origin == null) {
      return;
    }
    StitchScope scope = null;
    String query = EntryPath.originQuery(request.getQueryString());
    if (sessions != null) {
      boolean dash = RequestClassifier.DASH_ENTRY.equals(entryPrefix);
      boolean named = SessionParamsParser.rawSessionIdOf(request.getQueryString()).isPresent();
      Session session = sessions.entrySession(request, response, entry.get(), config.get());
      if (session == null) {
        return; // 400 sent
      }
      if (dash && !named) {
        sessions.redirectToSession(request, response, session); // reference §1.2
        return;
      }
      String q = session.params().originQuery();
      query = q.isEmpty() ? null : q;
      scope =
          sessions.scope(request, session, entry.get().hash(), StitchScope.MULTIVARIANT, origin);
    }
    String asset = entry.get().assetPath() + (query == null ? "" : "?" + query);
    fetch(request, response, path, config.get(), origin, asset, false, scope);
  }

  boolean hashAccepted(String hash) {
    return settings.deploymentId() == null || settings.deploymentId().equals(hash);
  }

  /** The configuration's origin, or null after answering 502 for an unusable one. */
  @Nullable OriginLocation origin(PlaybackConfiguration config, HttpServletResponse response)
      throws IOException {
    try {
      return OriginLocation.parse(String.valueOf(config.videoContentSourceUrl()));
    } catch (IllegalArgumentException e) {
      LOG.warn("Playback configuration [{}]: {}", config.name(), e.getMessage());
      response.sendError(HttpServletResponse.SC_BAD_GATEWAY);
      return null;
    }
  }

  /**
   * Fetches an origin manifest and sends it through the rewriter.
   *
   * @param target the asset path below the origin prefix (with query), or with {@code resolved} the
   *     full URL (HTTP) or root-relative path (in-container) of a playlist the origin named
   */
  void fetch(
      HttpServletRequest request,
      HttpServletResponse response,
      String path,
      PlaybackConfiguration config,
      OriginLocation origin,
      String target,
      boolean resolved,
      @Nullable StitchScope scope)
      throws IOException, ServletException {
    if (origin instanceof OriginLocation.Http http) {
      fetchHttp(
          request, response, path, config, resolved ? target : http.baseUrl() + target, scope);
    } else if (origin instanceof OriginLocation.Local local) {
      String t = resolved ? strip(target, request.getContextPath()) : local.prefix() + target;
      dispatch(request, response, path, config, request.getServletContext(), t, scope);
    } else if (origin instanceof OriginLocation.CrossContext cross) {
      ServletContext other = request.getServletContext().getContext(cross.contextPath());
      if (other == null || !cross.contextPath().equals(other.getContextPath())) {
        LOG.warn(
            "Context [{}] of configuration [{}] is not reachable: does the container allow"
                + " cross-context dispatch (Tomcat crossContext=\"true\")?",
            cross.contextPath(),
            config.name());
        metrics.originErrors.incrementAndGet();
        response.sendError(HttpServletResponse.SC_BAD_GATEWAY);
        return;
      }
      String t = resolved ? strip(target, cross.contextPath()) : cross.prefix() + target;
      dispatch(request, response, path, config, other, t, scope);
    }
  }

  private static String strip(String uri, String contextPath) {
    return !contextPath.isEmpty() && uri.startsWith(contextPath + "/")
        ? uri.substring(contextPath.length())
        : uri;
  }

  private void dispatch(
      HttpServletRequest request,
      HttpServletResponse response,
      String path,
      PlaybackConfiguration config,
      ServletContext context,
      String target,
      @Nullable StitchScope scope)
      throws IOException, ServletException {
    RequestDispatcher dispatcher = context.getRequestDispatcher(target);
    if (dispatcher == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CapturingResponse capture =
        new CapturingResponse(
            response,
            DetachedResponse.neededFor(response) ? new DetachedResponse() : null,
            false,
            settings.maxManifestBytes(),
            metrics,
            path);
    ManifestResponder.Origin origin =
        new ManifestResponder.Origin(path, config, context.getContextPath() + target, scope);
    OriginRequest.Completion finish =
        OriginRequest.once(() -> responder.respondCaptured(request, capture, origin));
    dispatcher.forward(new OriginRequest(request, capture, finish, true), capture);
    if (!request.isAsyncStarted()) {
      finish.run();
    }
  }

  private void fetchHttp(
      HttpServletRequest request,
      HttpServletResponse response,
      String path,
      PlaybackConfiguration config,
      String url,
      @Nullable StitchScope scope)
      throws IOException {
    HttpResponse<InputStream> origin;
    try {
      origin = httpOrigin.fetch(request.getMethod(), URI.create(url), request::getHeader);
    } catch (HttpTimeoutException e) {
      metrics.originTimeouts.incrementAndGet();
      LOG.warn("Origin timeout [{}]: {}", url, e.getMessage());
      response.sendError(HttpServletResponse.SC_GATEWAY_TIMEOUT);
      return;
    } catch (IOException | IllegalArgumentException e) {
      metrics.originErrors.incrementAndGet();
      LOG.warn("Origin unreachable [{}]: {}", url, e.toString());
      response.sendError(HttpServletResponse.SC_BAD_GATEWAY);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    try (InputStream body = origin.body()) {
      response.setStatus(origin.statusCode());
      HeldHeaders held = new HeldHeaders();
      origin
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (HeldHeaders.isHeld(name)) {
                  values.forEach(v -> held.add(name, v));
                } else if (COPIED.stream().anyMatch(name::equalsIgnoreCase)) {
                  values.forEach(v -> response.addHeader(name, v));
                }
              });
      int limit = (int) Math.min(settings.maxManifestBytes() + 1, Integer.MAX_VALUE - 8);
      byte[] head = body.readNBytes(limit);
      if (head.length > settings.maxManifestBytes()) {
        metrics.oversizePassThrough.incrementAndGet();
        LOG.warn("Manifest [{}] exceeds maxManifestBytes: passed through unchanged", url);
        held.applyTo(response);
        response.getOutputStream().write(head);
        body.transferTo(response.getOutputStream());
        return;
      }
      String contentType = origin.headers().firstValue("Content-Type").orElse(null);
      metrics.manifestsCaptured.incrementAndGet();
      responder.respond(
          request,
          response,
          new ManifestResponder.Captured(origin.statusCode(), head, contentType, held),
          new ManifestResponder.Origin(path, config, url, scope));
    }
  }
}
