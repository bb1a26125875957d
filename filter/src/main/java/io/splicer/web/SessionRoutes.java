package io.splicer.web;

import io.splicer.config.ConfigurationRepository;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.core.SessionId;
import io.splicer.session.ClientInfo;
import io.splicer.session.Session;
import io.splicer.session.SessionLookup;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionParamException;
import io.splicer.session.SessionParams;
import io.splicer.session.SessionParamsParser;
import io.splicer.stitch.HlsStitcher;
import io.splicer.stitch.StitchScope;
import io.splicer.stitch.VariantMap;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session-scoped URLs (design.md §2): implicit sessions of {@code /v1/master/...} and {@code
 * /v1/dash/...} (and {@code aws.sessionId} on them), explicit sessions ({@code POST|GET
 * /v1/session/...} → {@code {"manifestUrl","trackingUrl"}}), personalised media playlists {@code
 * /v1/manifest/{hash}/{config}/{session}/{n}.m3u8} and blank WebVTT segments {@code
 * /v1/blank/{ms}.vtt}. An expired or unknown session answers 400 (reference §1.2, §8.2).
 */
final class SessionRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(SessionRoutes.class);
  private static final Pattern BLANK = Pattern.compile("(\\d{1,9})\\.vtt");
  private static final int MAX_BODY_CHARS = 64 * 1024;

  private final SessionManager sessions;
  private final ConfigurationRepository configurations;

  SessionRoutes(SessionManager sessions, ConfigurationRepository configurations) {
    this.sessions = sessions;
    this.configurations = configurations;
  }

  /** HTTP status for a session that is not active (reference §8.2: expired → 400). */
  static int statusFor(SessionLookup lookup) {
    return lookup instanceof SessionLookup.Active ? HttpServletResponse.SC_OK : 400;
  }

  /**
   * The session of a {@code /v1/master/...} request: the one named by {@code aws.sessionId}, else a
   * new implicit session. Null after answering 400 (expired/unknown id, bad parameters).
   */
  @Nullable Session entrySession(
      HttpServletRequest request,
      HttpServletResponse response,
      EntryPath entry,
      PlaybackConfiguration config)
      throws IOException {
    String query = request.getQueryString();
    Optional<String> raw = SessionParamsParser.rawSessionIdOf(query);
    if (raw.isPresent()) {
      return active(raw.get(), response);
    }
    SessionParams params;
    try {
      params = SessionParamsParser.parseImplicitQuery(query);
    } catch (SessionParamException e) {
      response.sendError(400, e.getMessage());
      return null;
    }
    Session s =
        sessions.create(
            SessionManager.Kind.IMPLICIT,
            config.name(),
            entry.assetPath(),
            params,
            client(request));
    LOG.info("Session [{}] created (implicit) for [{}]", s.id(), config.name());
    return s;
  }

  /**
   * Answers a new implicit DASH session (reference §1.2): 302 to the same entry URL with {@code
   * aws.sessionId} and the session's manifest parameters (prefix stripped).
   */
  void redirectToSession(HttpServletRequest request, HttpServletResponse response, Session s)
      throws IOException {
    String mq = s.params().manifestQuery();
    String location =
        request.getRequestURI() + "?aws.sessionId=" + s.id() + (mq.isEmpty() ? "" : "&" + mq);
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(location);
  }

  /** The last {@link #publicOrigin} built, reused while scheme, host and port stay the same. */
  private static volatile PublicOrigin lastOrigin = new PublicOrigin("", "", -1, "");

  private record PublicOrigin(String scheme, String serverName, int port, String text) {}

  /** {@code scheme://host[:port]} of the request (absolute URLs written into MPDs). */
  static String publicOrigin(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    String serverName = request.getServerName();
    PublicOrigin last = lastOrigin;
    if (last.port() == port
        && last.scheme().equals(scheme)
        && last.serverName().equals(serverName)) {
      return last.text();
    }
    String text = publicOrigin(scheme, serverName, port);
    lastOrigin = new PublicOrigin(scheme, serverName, port, text);
    return text;
  }

  private static String publicOrigin(String scheme, String serverName, int port) {
    boolean standard =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    String host = serverName;
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]"; // RFC 3986 §3.2.2 IPv6 literal
    }
    return scheme + "://" + host + (standard || port <= 0 ? "" : ":" + port);
  }

  /** The scope the stitcher needs. */
  StitchScope scope(
      HttpServletRequest request, Session session, String hash, int n, OriginLocation origin) {
    return scope(request, session, hash, n, origin, null);
  }

  /** The scope the stitcher needs, with the media playlist's rendition already read. */
  StitchScope scope(
      HttpServletRequest request,
      Session session,
      String hash,
      int n,
      OriginLocation origin,
      VariantMap.@Nullable Rendition rendition) {
    String base;
    if (origin instanceof OriginLocation.Http h) {
      base = h.baseUrl();
    } else if (origin instanceof OriginLocation.Local l) {
      base = request.getContextPath() + l.prefix();
    } else {
      OriginLocation.CrossContext c = (OriginLocation.CrossContext) origin;
      base = c.contextPath() + c.prefix();
    }
    return new StitchScope(
        session,
        request.getContextPath(),
        hash,
        n,
        base,
        request.getHeader("Accept-Language"),
        publicOrigin(request),
        rendition);
  }

  /** {@code GET /v1/manifest/{hash}/{config}/{session}/{n}.m3u8}. */
  void mediaPlaylist(
      HttpServletRequest request, HttpServletResponse response, String path, EntryHandler entries)
      throws IOException, ServletException {
    MediaPath m = MediaPath.parse(path, RequestClassifier.MEDIA_PLAYLIST.length());
    if (m == null || !entries.hashAccepted(m.hash())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<PlaybackConfiguration> config = configurations.find(decode(m.config()));
    if (config.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Session session = active(m.session(), response);
    if (session == null) {
      return;
    }
    int n = m.n();
    Optional<VariantMap.Rendition> rendition =
        sessions.decision(session.id(), VariantMap.KEY, VariantMap.class).flatMap(v -> v.get(n));
    if (rendition.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    OriginLocation origin = entries.origin(config.get(), response);
    if (origin == null) {
      return;
    }
    String uri = rendition.get().originUri();
    String q = session.params().originQuery();
    if (!q.isEmpty()) {
      uri = uri + (uri.contains("?") ? "&" : "?") + q;
    }
    StitchScope scope = scope(request, session, m.hash(), n, origin, rendition.get());
    entries.fetch(request, response, path, config.get(), origin, uri, true, scope);
  }

  /** {@code POST|GET /v1/session/{hash}/{config}/{asset-path}}. */
  void sessionInit(
      HttpServletRequest request, HttpServletResponse response, String path, EntryHandler entries)
      throws IOException {
    Optional<EntryPath> entry =
        EntryPath.parse(path.substring(RequestClassifier.SESSION_INIT.length()));
    if (entry.isEmpty() || !entries.hashAccepted(entry.get().hash())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<PlaybackConfiguration> config = configurations.find(entry.get().configName());
    if (config.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    SessionParams params;
    try {
      params =
          "POST".equals(request.getMethod())
              ? SessionParamsParser.parseExplicitJson(body(request))
              : SessionParamsParser.parseExplicitQuery(request.getQueryString());
    } catch (SessionParamException e) {
      response.sendError(400, e.getMessage());
      return;
    }
    Session s =
        sessions.create(
            SessionManager.Kind.EXPLICIT,
            config.get().name(),
            entry.get().assetPath(),
            params,
            client(request));
    LOG.info("Session [{}] created (explicit) for [{}]", s.id(), config.get().name());
    String ctx = request.getContextPath();
    String mq = params.manifestQuery();
    String hash = entry.get().hash();
    String cfg = path.substring(RequestClassifier.SESSION_INIT.length()).split("/", 3)[1];
    String entryPrefix =
        entry.get().assetPath().toLowerCase(java.util.Locale.ROOT).endsWith(".mpd")
            ? RequestClassifier.DASH_ENTRY
            : RequestClassifier.HLS_ENTRY;
    String manifestUrl =
        ctx
            + entryPrefix
            + hash
            + "/"
            + cfg
            + "/"
            + entry.get().assetPath()
            + "?aws.sessionId="
            + s.id()
            + (mq.isEmpty() ? "" : "&" + mq);
    String trackingUrl =
        ctx + "/v1/tracking/" + hash + "/" + cfg + "/" + s.id() + (mq.isEmpty() ? "" : "?" + mq);
    byte[] json =
        ("{\"manifestUrl\":\""
                + jsonEscape(manifestUrl)
                + "\",\"trackingUrl\":\""
                + jsonEscape(trackingUrl)
                + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }

  /** {@code GET /v1/blank/{duration-ms}.vtt}: an empty WebVTT document. */
  static void blank(HttpServletResponse response, String path) throws IOException {
    if (!BLANK.matcher(path.substring(RequestClassifier.BLANK_VTT.length())).matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body = HlsStitcher.blankWebVtt();
    response.setContentType("text/vtt;charset=utf-8");
    response.setHeader("Cache-Control", "public, max-age=86400");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The active session named by {@code raw}, touched; null after answering 400. */
  @Nullable Session active(String raw, HttpServletResponse response) throws IOException {
    Optional<SessionId> id = SessionId.parse(raw);
    if (id.isEmpty()) {
      response.sendError(400, "malformed session id");
      return null;
    }
    SessionLookup found = sessions.touch(id.get());
    if (found instanceof SessionLookup.Active a) {
      return a.session();
    }
    LOG.info(
        "Session [{}] is {}: 400",
        raw,
        found instanceof SessionLookup.Expired ? "expired" : "unknown");
    response.sendError(statusFor(found), "session expired or unknown");
    return null;
  }

  static ClientInfo client(HttpServletRequest r) {
    return ClientInfo.of(
        r.getRemoteAddr(),
        r.getHeader("X-Forwarded-For"),
        r.getHeader("User-Agent"),
        r.getHeader("Referer"));
  }

  private static String body(HttpServletRequest request) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[4096];
    var reader = request.getReader();
    int n;
    while ((n = reader.read(buf)) >= 0) {
      sb.append(buf, 0, n);
      if (sb.length() > MAX_BODY_CHARS) {
        throw new IOException("session body larger than " + MAX_BODY_CHARS + " chars");
      }
    }
    return sb.toString();
  }

  private static String decode(String s) {
    return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String jsonEscape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
