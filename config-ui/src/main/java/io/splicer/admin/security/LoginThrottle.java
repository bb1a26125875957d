package io.splicer.admin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Brute-force throttling per client (remote address): the first {@value #FREE_FAILURES} failed
 * logins are free, then each further failure locks the client out for a doubling delay (1 s, 2 s, 4
 * s … capped at {@link #MAX_LOCK}). A success clears the client's record; records expire after
 * {@link #FORGET_AFTER} without failures. At most {@value #MAX_CLIENTS} clients are tracked (the
 * oldest is forgotten). Thread-safe.
 */
public final class LoginThrottle {

  public static final int FREE_FAILURES = 5;
  public static final int MAX_CLIENTS = 10_000;
  public static final Duration MAX_LOCK = Duration.ofMinutes(5);
  public static final Duration FORGET_AFTER = Duration.ofMinutes(15);

  private record State(int failures, Instant lastFailure, Instant lockedUntil) {}

  private final Clock clock;
  private final Map<String, State> clients =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
          return size() > MAX_CLIENTS;
        }
      };

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long {@code client} must wait before its next attempt; {@link Duration#ZERO} if none. */
  public synchronized Duration retryAfter(String client) {
    State s = current(client);
    if (s == null) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(clock.instant(), s.lockedUntil());
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  /** Records a failed attempt. */
  public synchronized void failure(String client) {
    State s = current(client);
    int failures = s == null ? 1 : s.failures() + 1;
    Instant now = clock.instant();
    Instant lockedUntil = now;
    if (failures > FREE_FAILURES) {
      int exponent = Math.min(failures - FREE_FAILURES - 1, 20);
      Duration lock = Duration.ofSeconds(1L << exponent);
      lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
    }
    clients.put(client, new State(failures, now, lockedUntil));
  }

  /** Records a successful login: the client starts afresh. */
  public synchronized void success(String client) {
    clients.remove(client);
  }

  private State current(String client) {
    State s = clients.get(client);
    if (s != null
        && s.lastFailure().plus(FORGET_AFTER).isBefore(clock.instant())
        && !s.lockedUntil().isAfter(clock.instant())) {
      clients.remove(client);
      return null;
    }
    return s;
  }
}
