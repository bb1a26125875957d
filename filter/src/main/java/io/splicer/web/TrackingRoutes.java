package io.splicer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.splicer.config.ConfigurationRepository;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.session.Session;
import io.splicer.stitch.DashSegmentRef;
import io.splicer.stitch.SegmentRef;
import io.splicer.stitch.SessionAds;
import io.splicer.tracking.json.TrackingJsonWriter;
import io.splicer.tracking.json.TrackingPager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reporting URLs (reference §1.1, §7): {@code GET /v1/segment/{hash}/{config}/{session}/{n}/
 * {seq}} and {@code GET /v1/dashsegment/{hash}/{config}/{session}/{availId}/{adPeriodId}/{path}}
 * fire the beacons an ad-segment request makes due (server-side and hybrid reporting) and redirect
 * to the real ad segment (302, or 301 with {@code segmentRedirectStatus}); {@code GET|POST
 * /v1/tracking/{hash}/{config}/{session}} answers the client-side tracking JSON (client and hybrid
 * modes), paged by {@code nextToken} (POST body {@code {"NextToken":"..."}} or query parameter
 * {@code nextToken}). Unknown or expired session → 400; unknown configuration, a reference that
 * names no ad segment, or tracking of a server-side session → 404; an invalid or expired token →
 * 400.
 */
final class TrackingRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(TrackingRoutes.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SEGMENT =
      Pattern.compile("([^/]+)/([^/]+)/([0-9a-fA-F-]{36})/([^/]+)/([^/]+)");
  private static final Pattern DASH_SEGMENT =
      Pattern.compile("([^/]+)/([^/]+)/([0-9a-fA-F-]{36})/([^/]+)/([^/]+)/(.+)");
  private static final int MAX_DASH_SEGMENT_PATH = 2048;
  private static final Pattern TRACKING = Pattern.compile("([^/]+)/([^/]+)/([0-9a-fA-F-]{36})/?");
  private static final int MAX_BODY_BYTES = 16 * 1024;

  private final SessionRoutes sessions;
  private final ConfigurationRepository configurations;
  private final SessionAds reporting;
  private final int redirectStatus;
  private final TrackingPager pager = new TrackingPager(Clock.systemUTC());

  TrackingRoutes(
      SessionRoutes sessions,
      ConfigurationRepository configurations,
      SessionAds reporting,
      int redirectStatus) {
    this.sessions = sessions;
    this.configurations = configurations;
    this.reporting = reporting;
    this.redirectStatus = redirectStatus;
  }

  /** {@code GET /v1/segment/{hash}/{config}/{session}/{n}/{seq}}. */
  void segment(
      HttpServletRequest request, HttpServletResponse response, String path, EntryHandler entries)
      throws IOException {
    Matcher m = SEGMENT.matcher(path.substring(RequestClassifier.AD_SEGMENT.length()));
    if (!m.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Target t = target(m, entries, response);
    if (t == null) {
      return;
    }
    Optional<SegmentRef> ref = SegmentRef.parse(m.group(4), m.group(5));
    if (ref.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "not an ad segment reference");
      return;
    }
    SessionAds.SegmentAnswer answer =
        reporting.onSegment(t.session(), t.config(), ref.get(), SessionRoutes.client(request));
    redirect(answer, response, t.session(), m.group(5));
  }

  /**
   * {@code GET /v1/dashsegment/{hash}/{config}/{session}/{availId}/{adPeriodId}/{path}}: the DASH
   * counterpart of {@link #segment} (reference §1.1). Unknown configuration, ad Period or segment,
   * or a {@code {path}} that is not a plain relative path (traversal, encoded slashes, a scheme) →
   * 404, never a redirect elsewhere; unknown or expired session → 400.
   */
  void dashSegment(
      HttpServletRequest request, HttpServletResponse response, String path, EntryHandler entries)
      throws IOException {
    Matcher m =
        path.length() > MAX_DASH_SEGMENT_PATH
            ? null
            : DASH_SEGMENT.matcher(path.substring(RequestClassifier.DASH_AD_SEGMENT.length()));
    if (m == null || !m.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Target t = target(m, entries, response);
    if (t == null) {
      return;
    }
    Optional<DashSegmentRef> ref = DashSegmentRef.parse(m.group(4), m.group(5), m.group(6));
    if (ref.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "not an ad segment reference");
      return;
    }
    SessionAds.SegmentAnswer answer =
        reporting.onDashSegment(
            t.session(),
            t.config(),
            ref.get(),
            request.getQueryString(),
            SessionRoutes.client(request));
    redirect(answer, response, t.session(), m.group(6));
  }

  /** The configuration and active session an ad-segment route names. */
  private record Target(PlaybackConfiguration config, Session session) {}

  /**
   * The configuration ({@code m}'s groups 1–2) and active session (group 3), or null when the
   * response was sent: 404 for an unknown configuration, 400 for an unknown or expired session.
   */
  private @Nullable Target target(Matcher m, EntryHandler entries, HttpServletResponse response)
      throws IOException {
    PlaybackConfiguration config = configuration(m.group(1), m.group(2), entries, response);
    if (config == null) {
      return null;
    }
    Session session = sessions.active(m.group(3), response);
    return session == null ? null : new Target(config, session);
  }

  private void redirect(
      SessionAds.SegmentAnswer answer, HttpServletResponse response, Session session, String what)
      throws IOException {
    if (answer instanceof SessionAds.Redirect r) {
      LOG.debug("Session [{}]: ad segment [{}] fired {}", session.id(), what, r.fired());
      response.setStatus(redirectStatus);
      response.setHeader("Location", r.location());
      response.setContentLength(0);
    } else {
      LOG.info("Session [{}]: {}", session.id(), ((SessionAds.NotFound) answer).reason());
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such ad segment");
    }
  }

  /** {@code GET|POST /v1/tracking/{hash}/{config}/{session}}. */
  void tracking(
      HttpServletRequest request, HttpServletResponse response, String path, EntryHandler entries)
      throws IOException {
    Matcher m = TRACKING.matcher(path.substring(RequestClassifier.TRACKING.length()));
    if (!m.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Target t = target(m, entries, response);
    if (t == null) {
      return;
    }
    Session session = t.session();
    if (!session.reportingMode().trackingJsonAvailable()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "session reports server-side");
      return;
    }
    String token;
    try {
      token = nextToken(request);
    } catch (IOException | RuntimeException e) {
      response.sendError(400, "unreadable tracking request body");
      return;
    }
    TrackingPager.Result result = pager.page(reporting.timeline(session), token);
    if (result instanceof TrackingPager.InvalidToken bad) {
      response.sendError(400, bad.reason());
      return;
    }
    byte[] body = TrackingJsonWriter.toBytes(((TrackingPager.Page) result).body());
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private @Nullable PlaybackConfiguration configuration(
      String hash, String name, EntryHandler entries, HttpServletResponse response)
      throws IOException {
    Optional<PlaybackConfiguration> config =
        entries.hashAccepted(hash)
            ? configurations.find(
                URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8))
            : Optional.empty();
    if (config.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return null;
    }
    return config.get();
  }

  /** The query's {@code nextToken}, else a POST body's {@code NextToken}, else null. */
  private static @Nullable String nextToken(HttpServletRequest request) throws IOException {
    String q = request.getParameter("nextToken");
    if (q == null) {
      q = request.getParameter("NextToken");
    }
    if (q != null || !"POST".equals(request.getMethod())) {
      return q;
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      throw new IOException("tracking request body over " + MAX_BODY_BYTES + " bytes");
    }
    if (body.length == 0) {
      return null;
    }
    JsonNode node = JSON.readTree(body);
    JsonNode token = node == null ? null : node.get("NextToken");
    if (token == null) {
      token = node == null ? null : node.get("nextToken");
    }
    return token == null || token.isNull() ? null : token.asText();
  }
}
