package io.splicer.web;

import io.splicer.config.ConfigurationRepository;
import io.splicer.config.PlaybackConfiguration;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the MediaTailor entry URLs {@code /v1/master/...} and {@code /v1/dash/...}: looks up the
 * playback configuration, fetches the origin manifest (own webapp, cross-context or HTTP), rewrites
 * it and maps origin failures (timeout → 504, unreachable or unparseable → 502, 404 → 404).
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

  EntryHandler(
      FilterSettings settings,
      ConfigurationRepository configurations,
      HttpOriginClient httpOrigin,
      ManifestResponder responder,
      FilterMetrics metrics) {
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
    if (entry.isEmpty()
        || (settings.deploymentId() != null
            && !settings.deploymentId().equals(entry.get().hash()))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<PlaybackConfiguration> config = configurations.find(entry.get().configName());
    if (config.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    OriginLocation origin;
    try {
      origin = OriginLocation.parse(config.get().videoContentSourceUrl());
    } catch (IllegalArgumentException e) {
      LOG.warn("Playback configuration [{}]: {}", config.get().name(), e.getMessage());
      response.sendError(HttpServletResponse.SC_BAD_GATEWAY);
      return;
    }
    String query = EntryPath.originQuery(request.getQueryString());
    String asset = entry.get().assetPath() + (query == null ? "" : "?" + query);
    if (origin instanceof OriginLocation.Http http) {
      fetchHttp(request, response, path, config.get(), http.baseUrl() + asset);
    } else if (origin instanceof OriginLocation.Local local) {
      dispatch(
          request,
          response,
          path,
          config.get(),
          request.getServletContext(),
          local.prefix() + asset);
    } else if (origin instanceof OriginLocation.CrossContext cross) {
      ServletContext other = request.getServletContext().getContext(cross.contextPath());
      if (other == null || !cross.contextPath().equals(other.getContextPath())) {
        LOG.warn(
            "Context [{}] of configuration [{}] is not reachable: does the container allow"
                + " cross-context dispatch (Tomcat crossContext=\"true\")?",
            cross.contextPath(),
            config.get().name());
        metrics.originErrors.incrementAndGet();
        response.sendError(HttpServletResponse.SC_BAD_GATEWAY);
        return;
      }
      dispatch(request, response, path, config.get(), other, cross.prefix() + asset);
    }
  }

  private void dispatch(
      HttpServletRequest request,
      HttpServletResponse response,
      String path,
      PlaybackConfiguration config,
      ServletContext context,
      String target)
      throws IOException, ServletException {
    RequestDispatcher dispatcher = context.getRequestDispatcher(target);
    if (dispatcher == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CapturingResponse capture =
        new CapturingResponse(
            response, new DetachedResponse(), false, settings.maxManifestBytes(), metrics, path);
    ManifestResponder.Origin origin =
        new ManifestResponder.Origin(path, config, context.getContextPath() + target);
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
      String url)
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
          new ManifestResponder.Origin(path, config, url));
    }
  }
}
