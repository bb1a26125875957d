package io.splicer.session;

import io.splicer.core.SessionId;
import java.io.Serializable;
import java.util.Optional;

/**
 * Where sessions and their per-session values live. Implementations: {@link InMemorySessionStore}
 * (tests, single process) and the JCache/Ehcache store of {@code io.splicer.cache} (a clustered
 * JCache provider makes it shared between nodes). All operations are atomic per key, as JCache's
 * are; conditional operations ({@code putIfAbsent}, {@code replace}) are what make state consistent
 * across nodes (what-users-hit #8: "shared session state must be atomic").
 *
 * <p>Values must be {@link Serializable} with value equality (records): {@code replace} compares
 * with {@code equals}, and an off-heap or remote tier stores them serialized.
 *
 * <p>Retention: a session entry is kept at least until {@link Session#expiresAt()} and may be kept
 * for the store's configured expired-session retention after it, so that a lookup can tell an
 * expired session from an unknown one. Per-session values expire after the store's maximum idle
 * time (no access); removing a session does not remove them.
 */
public interface SessionStore extends AutoCloseable {

  Optional<Session> getSession(SessionId id);

  /** Inserts or overwrites (used to record activity). */
  void putSession(Session session);

  /** Inserts unless a session with this id exists; true if inserted. */
  boolean putSessionIfAbsent(Session session);

  /** Replaces {@code expected} (by equality) with {@code update}; true if replaced. */
  boolean replaceSession(Session expected, Session update);

  /** True if a session was removed. */
  boolean removeSession(SessionId id);

  Optional<Serializable> get(StoreArea area, ScopedKey key);

  void put(StoreArea area, ScopedKey key, Serializable value);

  /**
   * Inserts unless a value exists.
   *
   * @return empty if {@code value} was inserted, else the value already present (which wins)
   */
  Optional<Serializable> putIfAbsent(StoreArea area, ScopedKey key, Serializable value);

  /** Compare-and-set by equality; true if replaced. */
  boolean replace(StoreArea area, ScopedKey key, Serializable expected, Serializable update);

  boolean remove(StoreArea area, ScopedKey key);

  /** Releases the store's resources (cache manager, off-heap memory). Idempotent. */
  @Override
  void close();
}
