package io.splicer.admin.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console login sessions: an unguessable token (256 bits from {@link SecureRandom}) in an HttpOnly,
 * SameSite=Strict cookie, bound to a separate CSRF token that the console sends in a header on
 * state-changing requests. Sessions end after {@link #IDLE} without use or {@link #ABSOLUTE} after
 * login. In memory only: a restart logs everyone out. Thread-safe.
 */
public final class SessionRegistry {

  public static final Duration IDLE = Duration.ofMinutes(30);
  public static final Duration ABSOLUTE = Duration.ofHours(12);
  public static final int MAX_SESSIONS = 1_000;

  /**
   * One login.
   *
   * @param user who logged in
   * @param csrfToken the token the console must echo in {@code X-Splicer-CSRF}
   * @param created login time
   * @param lastUsed last request
   */
  public record Session(String user, String csrfToken, Instant created, Instant lastUsed) {}

  private final Clock clock;
  private final SecureRandom random;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  public SessionRegistry(Clock clock, SecureRandom random) {
    this.clock = clock;
    this.random = random;
  }

  /** Creates a session; returns its cookie token. */
  public String create(String user) {
    if (sessions.size() >= MAX_SESSIONS) {
      purgeExpired();
      if (sessions.size() >= MAX_SESSIONS) {
        sessions.entrySet().stream()
            .min(Map.Entry.comparingByValue(java.util.Comparator.comparing(Session::lastUsed)))
            .ifPresent(e -> sessions.remove(e.getKey()));
      }
    }
    Instant now = clock.instant();
    String token = token();
    sessions.put(token, new Session(user, token(), now, now));
    return token;
  }

  /** The live session of a cookie token, refreshing its idle timer. */
  public Optional<Session> touch(String token) {
    Session s = sessions.get(token);
    if (s == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (expired(s, now)) {
      sessions.remove(token);
      return Optional.empty();
    }
    Session fresh = new Session(s.user(), s.csrfToken(), s.created(), now);
    sessions.replace(token, s, fresh);
    return Optional.of(fresh);
  }

  /** Ends a session (logout). */
  public void invalidate(String token) {
    sessions.remove(token);
  }

  private boolean expired(Session s, Instant now) {
    return s.lastUsed().plus(IDLE).isBefore(now) || s.created().plus(ABSOLUTE).isBefore(now);
  }

  private void purgeExpired() {
    Instant now = clock.instant();
    sessions.values().removeIf(s -> expired(s, now));
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
