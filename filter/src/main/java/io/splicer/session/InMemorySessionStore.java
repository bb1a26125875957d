package io.splicer.session;

import io.splicer.core.SessionId;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SessionStore} in {@link ConcurrentHashMap}s, with the same expiry rules as the JCache
 * store, evaluated lazily against an injectable {@link Clock}. Unbounded: for tests and
 * single-process demos, not production.
 */
public final class InMemorySessionStore implements SessionStore {

  /** A value with the instant after which the store forgets it. */
  private record Timed<V>(V value, Instant until) {
    boolean liveAt(Instant now) {
      return !now.isAfter(until);
    }
  }

  private final Clock clock;
  private final Duration expiredRetention;
  private final Duration valueMaxIdle;
  private final Map<SessionId, Timed<Session>> sessions = new ConcurrentHashMap<>();
  private final Map<StoreArea, Map<ScopedKey, Timed<Serializable>>> values =
      new EnumMap<>(StoreArea.class);

  /**
   * @param clock the time source for expiry
   * @param expiredRetention how long after its expiry a session is still kept (so it reads as
   *     expired, not unknown)
   * @param valueMaxIdle per-session values are forgotten after this long without access
   */
  public InMemorySessionStore(Clock clock, Duration expiredRetention, Duration valueMaxIdle) {
    this.clock = clock;
    this.expiredRetention = expiredRetention;
    this.valueMaxIdle = valueMaxIdle;
    for (StoreArea a : StoreArea.values()) {
      values.put(a, new ConcurrentHashMap<>());
    }
  }

  /** A store on the system clock keeping expired sessions for an hour and values for six. */
  public InMemorySessionStore() {
    this(Clock.systemUTC(), Duration.ofHours(1), Duration.ofHours(6));
  }

  private Timed<Session> timed(Session s) {
    return new Timed<>(s, clock.instant().plus(s.idleTimeout()).plus(expiredRetention));
  }

  private Timed<Serializable> timed(Serializable v) {
    return new Timed<>(v, clock.instant().plus(valueMaxIdle));
  }

  @Override
  public Optional<Session> getSession(SessionId id) {
    Instant now = clock.instant();
    Timed<Session> t = sessions.computeIfPresent(id, (k, old) -> old.liveAt(now) ? old : null);
    return t == null ? Optional.empty() : Optional.of(t.value());
  }

  @Override
  public void putSession(Session session) {
    sessions.put(session.id(), timed(session));
  }

  @Override
  public boolean putSessionIfAbsent(Session session) {
    Instant now = clock.instant();
    AtomicBoolean inserted = new AtomicBoolean();
    sessions.compute(
        session.id(),
        (k, old) -> {
          if (old != null && old.liveAt(now)) {
            return old;
          }
          inserted.set(true);
          return timed(session);
        });
    return inserted.get();
  }

  @Override
  public boolean replaceSession(Session expected, Session update) {
    Instant now = clock.instant();
    AtomicBoolean replaced = new AtomicBoolean();
    sessions.computeIfPresent(
        expected.id(),
        (k, old) -> {
          if (!old.liveAt(now)) {
            return null;
          }
          if (!old.value().equals(expected) || !update.id().equals(expected.id())) {
            return old;
          }
          replaced.set(true);
          return timed(update);
        });
    return replaced.get();
  }

  @Override
  public boolean removeSession(SessionId id) {
    Timed<Session> old = sessions.remove(id);
    return old != null && old.liveAt(clock.instant());
  }

  @Override
  public Optional<Serializable> get(StoreArea area, ScopedKey key) {
    Instant now = clock.instant();
    Timed<Serializable> t =
        values
            .get(area)
            .computeIfPresent(key, (k, old) -> old.liveAt(now) ? timed(old.value()) : null);
    return t == null ? Optional.empty() : Optional.of(t.value());
  }

  @Override
  public void put(StoreArea area, ScopedKey key, Serializable value) {
    values.get(area).put(key, timed(value));
  }

  @Override
  public Optional<Serializable> putIfAbsent(StoreArea area, ScopedKey key, Serializable value) {
    Instant now = clock.instant();
    AtomicReference<@Nullable Serializable> existing = new AtomicReference<>();
    values
        .get(area)
        .compute(
            key,
            (k, old) -> {
              if (old != null && old.liveAt(now)) {
                existing.set(old.value());
                return timed(old.value());
              }
              return timed(value);
            });
    return Optional.ofNullable(existing.get());
  }

  @Override
  public boolean replace(
      StoreArea area, ScopedKey key, Serializable expected, Serializable update) {
    Instant now = clock.instant();
    AtomicBoolean replaced = new AtomicBoolean();
    values
        .get(area)
        .computeIfPresent(
            key,
            (k, old) -> {
              if (!old.liveAt(now)) {
                return null;
              }
              if (!old.value().equals(expected)) {
                return old;
              }
              replaced.set(true);
              return timed(update);
            });
    return replaced.get();
  }

  @Override
  public boolean remove(StoreArea area, ScopedKey key) {
    Timed<Serializable> old = values.get(area).remove(key);
    return old != null && old.liveAt(clock.instant());
  }

  /** Number of live sessions (for tests). */
  public int sessionCount() {
    Instant now = clock.instant();
    return (int) sessions.values().stream().filter(t -> t.liveAt(now)).count();
  }

  @Override
  public void close() {
    sessions.clear();
    values.values().forEach(Map::clear);
  }
}
