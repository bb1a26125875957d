package io.splicer.cache;

import io.splicer.core.SessionId;
import io.splicer.session.ScopedKey;
import io.splicer.session.Session;
import io.splicer.session.SessionStore;
import io.splicer.session.StoreArea;
import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import org.ehcache.config.builders.ConfigurationBuilder;
import org.ehcache.impl.internal.TimeSourceConfiguration;
import org.ehcache.jsr107.EhcacheCachingProvider;
import org.ehcache.spi.serialization.SerializerException;
import org.jspecify.annotations.Nullable;

/**
 * The production {@link SessionStore}: four JCache caches on Ehcache 3, each with a heap tier and
 * an off-heap tier (design.md §5), in a cache manager of its own per webapp.
 *
 * <table>
 *   <caption>Caches</caption>
 *   <tr><th>name</th><th>key → value</th><th>expiry</th></tr>
 *   <tr><td>{@value #SESSIONS}</td><td>SessionId → Session (compact codec)</td>
 *       <td>{@link SessionExpiry}: idle timeout + expired retention after each write</td></tr>
 *   <tr><td>{@value #COUNTERS}, {@value #DECISIONS}, {@value #MARKS}</td>
 *       <td>ScopedKey → Serializable</td><td>time-to-idle {@code valueMaxIdle}</td></tr>
 * </table>
 *
 * <p>The manager is created programmatically through {@link EhcacheCachingProvider} named by class
 * (stack.md pitfall 6: any non-default URI given to {@code getCacheManager(URI, ClassLoader)} is
 * read as an ehcache.xml location, and an unnamed provider lookup fails when Hazelcast is also
 * present). An operator may instead point {@link SessionCacheSettings#ehcacheXml()} at an {@code
 * ehcache.xml} that defines the four caches with these key/value types (values and keys are {@link
 * Serializable}, so Ehcache's default serializers work off-heap; use {@link SessionExpiry} as the
 * session cache's expiry class).
 *
 * <p>Conditional operations use JCache's atomic {@code putIfAbsent}/{@code replace}, which compare
 * values with {@code equals}.
 */
public final class JCacheSessionStore implements SessionStore {

  public static final String SESSIONS = "splicer.sessions";
  public static final String COUNTERS = "splicer.counters";
  public static final String DECISIONS = "splicer.decisions";
  public static final String MARKS = "splicer.marks";

  private static final String PROVIDER = EhcacheCachingProvider.class.getName();
  private static final int PUT_IF_ABSENT_ATTEMPTS = 8;

  private final CacheManager manager;
  private final Cache<SessionId, Session> sessions;
  private final Map<StoreArea, Cache<ScopedKey, Serializable>> values =
      new EnumMap<>(StoreArea.class);
  private final AtomicBoolean closed = new AtomicBoolean();

  private JCacheSessionStore(CacheManager manager, boolean create, SessionCacheSettings settings) {
    this.manager = manager;
    try {
      this.sessions =
          create
              ? manager.createCache(SESSIONS, CacheConfigs.sessions(settings))
              : existing(manager, SESSIONS, SessionId.class, Session.class);
      values.put(StoreArea.COUNTER, valueCache(manager, create, COUNTERS, settings));
      values.put(StoreArea.DECISION, valueCache(manager, create, DECISIONS, settings));
      values.put(StoreArea.MARK, valueCache(manager, create, MARKS, settings));
    } catch (RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  /**
   * Opens the store for one webapp on the system clock.
   *
   * @param name unique per webapp in the JVM (e.g. the context path); becomes the manager's URI
   * @param classLoader the webapp's class loader
   */
  public static JCacheSessionStore open(
      String name, SessionCacheSettings settings, ClassLoader classLoader) {
    return open(name, settings, classLoader, Clock.systemUTC());
  }

  /**
   * As {@link #open(String, SessionCacheSettings, ClassLoader)}, with Ehcache's expiry clock driven
   * by {@code clock} (programmatic configuration only; tests use a controllable clock).
   */
  public static JCacheSessionStore open(
      String name, SessionCacheSettings settings, ClassLoader classLoader, Clock clock) {
    EhcacheCachingProvider provider =
        (EhcacheCachingProvider) Caching.getCachingProvider(PROVIDER, classLoader);
    URI xml = settings.ehcacheXml();
    if (xml != null) {
      return new JCacheSessionStore(provider.getCacheManager(xml, classLoader), false, settings);
    }
    ConfigurationBuilder config =
        ConfigurationBuilder.newConfigurationBuilder()
            .withClassLoader(classLoader)
            .withService(new TimeSourceConfiguration(clock::millis));
    CacheManager manager = provider.getCacheManager(managerUri(name), config.build());
    return new JCacheSessionStore(manager, true, settings);
  }

  static URI managerUri(String name) {
    return URI.create("urn:splicer:" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  private static Cache<ScopedKey, Serializable> valueCache(
      CacheManager manager, boolean create, String name, SessionCacheSettings settings) {
    return create
        ? manager.createCache(name, CacheConfigs.values(settings))
        : existing(manager, name, ScopedKey.class, Serializable.class);
  }

  private static <K, V> Cache<K, V> existing(
      CacheManager manager, String name, Class<K> key, Class<V> value) {
    Cache<K, V> cache = manager.getCache(name, key, value);
    if (cache == null) {
      throw new IllegalStateException(
          "ehcache.xml must define cache ["
              + name
              + "] with key-type "
              + key.getName()
              + " and value-type "
              + value.getName());
    }
    return cache;
  }

  /** The underlying JCache caches, for runtime inspection (resource pools, statistics). */
  public Cache<SessionId, Session> sessionCache() {
    return sessions;
  }

  /** The JCache cache of one value area. */
  public Cache<ScopedKey, Serializable> valueCache(StoreArea area) {
    return values.get(area);
  }

  @Override
  public Optional<Session> getSession(SessionId id) {
    return Optional.ofNullable(sessions.get(id));
  }

  @Override
  public void putSession(Session session) {
    sessions.put(session.id(), session);
  }

  @Override
  public boolean putSessionIfAbsent(Session session) {
    return sessions.putIfAbsent(session.id(), session);
  }

  @Override
  public boolean replaceSession(Session expected, Session update) {
    return expected.id().equals(update.id()) && sessions.replace(expected.id(), expected, update);
  }

  @Override
  public boolean removeSession(SessionId id) {
    return sessions.remove(id);
  }

  /**
   * A value that no longer deserializes (a stored shape this version cannot read, after an upgrade
   * with an off-heap or clustered tier) is absent: it is removed and the caller decides again.
   */
  @Override
  public Optional<Serializable> get(StoreArea area, ScopedKey key) {
    return Optional.ofNullable(readable(values.get(area), key));
  }

  private static @Nullable Serializable readable(
      Cache<ScopedKey, Serializable> cache, ScopedKey key) {
    try {
      return cache.get(key);
    } catch (RuntimeException e) {
      if (!undecodable(e)) {
        throw e;
      }
      cache.remove(key);
      return null;
    }
  }

  static boolean undecodable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SerializerException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void put(StoreArea area, ScopedKey key, Serializable value) {
    values.get(area).put(key, value);
  }

  @Override
  public Optional<Serializable> putIfAbsent(StoreArea area, ScopedKey key, Serializable value) {
    Cache<ScopedKey, Serializable> cache = values.get(area);
    for (int i = 0; i < PUT_IF_ABSENT_ATTEMPTS; i++) {
      if (cache.putIfAbsent(key, value)) {
        return Optional.empty();
      }
      Serializable existing = readable(cache, key);
      if (existing != null) {
        return Optional.of(existing);
      }
      // the existing entry expired or was removed between the two calls: try again
    }
    throw new IllegalStateException("entry [" + key.name() + "] keeps vanishing");
  }

  @Override
  public boolean replace(
      StoreArea area, ScopedKey key, Serializable expected, Serializable update) {
    Cache<ScopedKey, Serializable> cache = values.get(area);
    try {
      return cache.replace(key, expected, update);
    } catch (RuntimeException e) {
      if (!undecodable(e)) {
        throw e;
      }
      cache.remove(key); // unreadable: not the expected value; the caller's next read is absent
      return false;
    }
  }

  @Override
  public boolean remove(StoreArea area, ScopedKey key) {
    return values.get(area).remove(key);
  }

  /** Closes the cache manager, releasing its off-heap memory. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      manager.close();
    }
  }
}
