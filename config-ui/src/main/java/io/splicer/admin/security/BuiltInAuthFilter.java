package io.splicer.admin.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authentication for the admin console and API where no container realm is used (the standalone
 * launcher); map it on {@code /admin/*}. In a WAR the container's security constraint (role {@value
 * #ROLE}) does this job instead.
 *
 * <ul>
 *   <li>The API accepts HTTP Basic (RFC 7617) for user {@link AdminCredentials#user()}; the console
 *       logs in with {@code POST /admin/api/v1/login} ({@code {"username","password"}}) and gets an
 *       HttpOnly, SameSite=Strict session cookie {@value #COOKIE} plus a CSRF token that must come
 *       back in {@value #CSRF_HEADER} on state-changing requests; {@code POST /admin/api/v1/logout}
 *       ends the session.
 *   <li>State-changing requests from another origin get 403 before credentials are looked at
 *       ({@link CsrfGuard}).
 *   <li>Failed logins are throttled per client ({@link LoginThrottle}: 429 with {@code
 *       Retry-After}); passwords are compared in constant time ({@link PasswordHash}); neither
 *       passwords nor tokens are logged.
 *   <li>Without credentials, API calls get 401 (with a Basic challenge unless the console asked
 *       with {@value #CONSOLE_HEADER}) and console pages redirect to {@code login.html}.
 * </ul>
 */
public final class BuiltInAuthFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  public static final String ROLE = "splicer-admin";
  public static final String COOKIE = "SplicerAdmin";
  public static final String CSRF_HEADER = "X-Splicer-CSRF";
  public static final String CONSOLE_HEADER = "X-Splicer-Console";

  /** Request attribute holding the session's CSRF token (for {@code GET /admin/api/v1/session}). */
  public static final String CSRF_ATTRIBUTE = "io.splicer.admin.csrfToken";

  static final String LOGIN = "/admin/api/v1/login";
  static final String LOGOUT = "/admin/api/v1/logout";
  static final Set<String> PUBLIC =
      Set.of("/admin/login.html", "/admin/login.js", "/admin/console.css");
  private static final Duration BASIC_CACHE_TTL = Duration.ofMinutes(5);
  private static final Logger LOG = LoggerFactory.getLogger(BuiltInAuthFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final transient AdminCredentials credentials;
  private final transient LoginThrottle throttle;
  private final transient SessionRegistry sessions;
  private final transient VerifiedCache basicCache;

  public BuiltInAuthFilter(AdminCredentials credentials, Clock clock, SecureRandom random) {
    this.credentials = credentials;
    this.throttle = new LoginThrottle(clock);
    this.sessions = new SessionRegistry(clock, random);
    this.basicCache = new VerifiedCache(clock, BASIC_CACHE_TTL, random);
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    String refused = CsrfGuard.check(req);
    if (refused != null) {
      Responses.error(resp, 403, refused);
      return;
    }
    if (path.equals(LOGIN)) {
      login(req, resp);
      return;
    }
    if (PUBLIC.contains(path)) {
      chain.doFilter(req, resp);
      return;
    }
    String basic = basicCredentials(req);
    if (basic != null) {
      basicAuth(req, resp, chain, basic);
      return;
    }
    Optional<SessionRegistry.Session> session = cookie(req).flatMap(sessions::touch);
    if (session.isPresent()) {
      sessionAuth(req, resp, chain, path, session.get());
      return;
    }
    unauthenticated(req, resp, path);
  }

  private void basicAuth(
      HttpServletRequest req, HttpServletResponse resp, FilterChain chain, String basic)
      throws IOException, ServletException {
    String client = req.getRemoteAddr();
    if (!basicCache.contains(basic)) {
      if (throttled(client, resp)) {
        return;
      }
      int colon = basic.indexOf(':');
      if (colon < 0 || !verify(basic.substring(0, colon), basic.substring(colon + 1))) {
        throttle.failure(client);
        LOG.info("Admin authentication failed (Basic) from {}", client);
        challenge(resp, true);
        Responses.error(resp, 401, "invalid credentials");
        return;
      }
      throttle.success(client);
      basicCache.add(basic);
    }
    chain.doFilter(new AuthenticatedRequest(req, credentials.user(), ROLE, "BASIC"), resp);
  }

  private void sessionAuth(
      HttpServletRequest req,
      HttpServletResponse resp,
      FilterChain chain,
      String path,
      SessionRegistry.Session session)
      throws IOException, ServletException {
    if (!CsrfGuard.isSafe(req.getMethod())) {
      String sent = req.getHeader(CSRF_HEADER);
      if (sent == null
          || !MessageDigest.isEqual(
              sent.getBytes(StandardCharsets.UTF_8),
              session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
        Responses.error(resp, 403, "missing or wrong " + CSRF_HEADER + " header");
        return;
      }
    }
    if (path.equals(LOGOUT)) {
      cookie(req).ifPresent(sessions::invalidate);
      resp.addHeader("Set-Cookie", cookieHeader(req, "", 0));
      resp.setStatus(204);
      return;
    }
    req.setAttribute(CSRF_ATTRIBUTE, session.csrfToken());
    chain.doFilter(new AuthenticatedRequest(req, session.user(), ROLE, "FORM"), resp);
  }

  private void unauthenticated(HttpServletRequest req, HttpServletResponse resp, String path)
      throws IOException {
    if (path.startsWith("/admin/api/")) {
      challenge(resp, req.getHeader(CONSOLE_HEADER) == null);
      Responses.error(resp, 401, "authentication required");
    } else {
      resp.sendRedirect(req.getContextPath() + "/admin/login.html");
    }
  }

  private void login(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!"POST".equals(req.getMethod())) {
      resp.setHeader("Allow", "POST");
      Responses.error(resp, 405, "use POST");
      return;
    }
    String client = req.getRemoteAddr();
    if (throttled(client, resp)) {
      return;
    }
    JsonNode body;
    try {
      body = JSON.readTree(req.getInputStream().readNBytes(8192));
    } catch (IOException e) {
      Responses.error(resp, 400, "body must be {\"username\": ..., \"password\": ...}");
      return;
    }
    String user = body == null ? null : body.path("username").textValue();
    String password = body == null ? null : body.path("password").textValue();
    if (user == null || password == null || !verify(user, password)) {
      throttle.failure(client);
      LOG.info("Admin login failed from {}", client);
      Responses.error(resp, 401, "wrong user name or password");
      return;
    }
    throttle.success(client);
    String token = sessions.create(user);
    SessionRegistry.Session session = sessions.touch(token).orElseThrow();
    LOG.info("Admin [{}] logged in from {}", user, client);
    resp.addHeader(
        "Set-Cookie", cookieHeader(req, token, (int) SessionRegistry.ABSOLUTE.toSeconds()));
    Responses.json(resp, 200, Map.of("user", user, "csrfToken", session.csrfToken()));
  }

  private boolean throttled(String client, HttpServletResponse resp) throws IOException {
    Duration wait = throttle.retryAfter(client);
    if (wait.isZero()) {
      return false;
    }
    resp.setHeader("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
    Responses.error(resp, 429, "too many failed logins; retry later");
    return true;
  }

  /** Constant-time in the password; the user name is not secret. */
  private boolean verify(String user, String password) {
    boolean passwordOk = credentials.hash().matches(password);
    return passwordOk & credentials.user().equals(user);
  }

  private static void challenge(HttpServletResponse resp, boolean basic) {
    if (basic) {
      resp.setHeader("WWW-Authenticate", "Basic realm=\"Splicer admin\", charset=\"UTF-8\"");
    }
  }

  private static @Nullable String basicCredentials(HttpServletRequest req) {
    String h = req.getHeader("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      return new String(Base64.getDecoder().decode(h.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return ":"; // malformed: fails verification like a wrong password
    }
  }

  private static Optional<String> cookie(HttpServletRequest req) {
    Cookie[] cookies = req.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (COOKIE.equals(c.getName()) && !c.getValue().isEmpty()) {
          return Optional.of(c.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /** RFC 6265 §4.1 cookie with SameSite (RFC 6265bis); Secure on HTTPS requests. */
  private static String cookieHeader(HttpServletRequest req, String value, int maxAge) {
    return COOKIE
        + "="
        + value
        + "; Path="
        + req.getContextPath()
        + "/admin; Max-Age="
        + maxAge
        + "; HttpOnly; SameSite=Strict"
        + (req.isSecure() ? "; Secure" : "");
  }
}
