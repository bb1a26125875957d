package io.splicer.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import io.splicer.core.SessionId;
import io.splicer.session.ClientInfo;
import io.splicer.session.MutableClock;
import io.splicer.session.ScopedKey;
import io.splicer.session.Session;
import io.splicer.session.SessionLookup;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionParamsParser;
import io.splicer.session.SessionSettings;
import io.splicer.session.Sessions;
import io.splicer.session.StoreArea;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.cache.Cache;
import org.ehcache.config.CacheRuntimeConfiguration;
import org.ehcache.config.ResourcePools;
import org.ehcache.config.ResourceType;
import org.ehcache.config.SizedResourcePool;
import org.ehcache.config.units.EntryUnit;
import org.ehcache.config.units.MemoryUnit;
import org.ehcache.jsr107.Eh107Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JCacheSessionStoreTest {

  private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
  private static final SessionCacheSettings SMALL =
      new SessionCacheSettings(10, 1, 10, 1, Duration.ofHours(6), Duration.ofHours(1), null);

  record Counters(long mediaSequence, long discontinuitySequence) implements Serializable {}

  private final MutableClock clock = new MutableClock(T0);
  private final JCacheSessionStore store =
      JCacheSessionStore.open(
          "test-" + UUID.randomUUID(), SMALL, getClass().getClassLoader(), clock);
  private final SessionManager sessions =
      new SessionManager(
          store,
          new SessionSettings(
              Duration.ofMinutes(10),
              Duration.ofMinutes(1),
              Duration.ofHours(24),
              Duration.ZERO,
              Duration.ofSeconds(2)),
          clock);

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void open_programmatic_hasHeapAndOffHeapTiersOnEveryCache() {
    assertPools(store.sessionCache(), 10, 1);
    for (StoreArea area : StoreArea.values()) {
      assertPools(store.valueCache(area), 10, 1);
    }
  }

  private static void assertPools(Cache<?, ?> cache, long heapEntries, long offHeapMb) {
    @SuppressWarnings("unchecked")
    Eh107Configuration<Object, Object> eh = cache.getConfiguration(Eh107Configuration.class);
    ResourcePools pools = eh.unwrap(CacheRuntimeConfiguration.class).getResourcePools();
    SizedResourcePool heap = pools.getPoolForResource(ResourceType.Core.HEAP);
    SizedResourcePool offHeap = pools.getPoolForResource(ResourceType.Core.OFFHEAP);
    assertEquals(heapEntries, heap.getSize());
    assertEquals(EntryUnit.ENTRIES, heap.getUnit());
    assertEquals(offHeapMb, offHeap.getSize());
    assertEquals(MemoryUnit.MB, offHeap.getUnit());
  }

  @Test
  void sessions_moreThanTheHeapHolds_areAllKeptOffHeapAndRoundTrip() {
    List<Session> created = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Session s = Sessions.typical(T0);
      assertTrue(store.putSessionIfAbsent(s));
      created.add(s);
    }
    for (Session s : created) {
      assertEquals(Optional.of(s), store.getSession(s.id()));
    }
  }

  @Test
  void replace_valueOnlyOffHeap_comparesByEquality() {
    ScopedKey key = ScopedKey.playlist(SessionId.random(), 0);
    store.put(StoreArea.COUNTER, key, new Counters(100, 2));
    for (int i = 0; i < 50; i++) { // push the entry out of the 10-entry heap tier
      store.put(StoreArea.COUNTER, ScopedKey.playlist(SessionId.random(), i), new Counters(i, 0));
    }
    assertFalse(store.replace(StoreArea.COUNTER, key, new Counters(99, 2), new Counters(0, 0)));
    assertTrue(store.replace(StoreArea.COUNTER, key, new Counters(100, 2), new Counters(101, 2)));
    assertEquals(Optional.of(new Counters(101, 2)), store.get(StoreArea.COUNTER, key));
  }

  @Test
  void putIfAbsent_existing_returnsTheWinner() {
    ScopedKey key = new ScopedKey(SessionId.random(), "break-1");
    assertEquals(Optional.empty(), store.putIfAbsent(StoreArea.DECISION, key, "first"));
    assertEquals(Optional.of("first"), store.putIfAbsent(StoreArea.DECISION, key, "second"));
    assertTrue(store.remove(StoreArea.DECISION, key));
    assertFalse(store.remove(StoreArea.DECISION, key));
  }

  @Test
  void sessionLifetime_controllableClock_expiresThenIsForgottenWithoutRestart() {
    Session s =
        sessions.create(
            SessionManager.Kind.IMPLICIT,
            "cfg",
            "a.m3u8",
            SessionParamsParser.parseImplicitQuery("ads.a=1"),
            ClientInfo.NONE);
    sessions.touch(s.id(), MediaTime.ofSeconds(30)); // idle timeout 5 min
    clock.advance(Duration.ofMinutes(5));
    assertInstanceOf(SessionLookup.Active.class, sessions.lookup(s.id()));
    clock.advance(Duration.ofMillis(1));
    assertInstanceOf(SessionLookup.Expired.class, sessions.lookup(s.id()));
    clock.advance(Duration.ofHours(1)); // Ehcache's own TTL: idle timeout + retention
    assertInstanceOf(SessionLookup.Unknown.class, sessions.lookup(s.id()));
  }

  @Test
  void values_idleLongerThanMaxIdle_areDropped() {
    SessionId id = SessionId.random();
    assertTrue(sessions.markOnce(id, "imp-1"));
    clock.advance(Duration.ofHours(5));
    assertFalse(sessions.markOnce(id, "imp-1")); // accessed: idle clock restarts
    clock.advance(Duration.ofHours(6).plusMillis(1));
    assertTrue(sessions.markOnce(id, "imp-1"));
  }

  @Test
  void decideOnce_throughJCache_isMemoised() throws Exception {
    SessionId id = SessionId.random();
    Counters plan = new Counters(7, 7);
    assertEquals(
        plan,
        sessions
            .decideOnce(id, "b", Counters.class, () -> CompletableFuture.completedFuture(plan))
            .get());
    assertEquals(
        plan,
        sessions
            .decideOnce(
                id,
                "b",
                Counters.class,
                () -> CompletableFuture.completedFuture(new Counters(0, 0)))
            .get());
    assertTrue(sessions.compareAndSetCounter(id, 1, null, new Counters(1, 0)));
    assertEquals(
        new Counters(2, 0),
        sessions.updateCounter(
            id, 1, Counters.class, c -> new Counters(c.orElseThrow().mediaSequence() + 1, 0)));
  }

  @Test
  void close_twice_isHarmlessAndReleasesTheManager() {
    store.close();
    store.close();
    assertTrue(store.sessionCache().isClosed());
  }

  @Test
  void open_operatorXml_usesItsCaches() throws Exception {
    URI xml = getClass().getResource("/cache/ehcache-sessions.xml").toURI();
    SessionCacheSettings settings =
        new SessionCacheSettings(10, 1, 10, 1, Duration.ofHours(6), Duration.ofHours(1), xml);
    try (JCacheSessionStore fromXml =
        JCacheSessionStore.open("xml", settings, getClass().getClassLoader())) {
      assertPools(fromXml.sessionCache(), 5, 1);
      List<Session> created = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        Session s = Sessions.typical(Instant.now());
        fromXml.putSession(s);
        created.add(s);
      }
      for (Session s : created) {
        assertEquals(Optional.of(s), fromXml.getSession(s.id()));
      }
      assertEquals(Optional.empty(), fromXml.putIfAbsent(StoreArea.MARK, key(), 1L));
    }
  }

  @Test
  void managerUri_oddNames_areSanitised() {
    assertEquals(
        URI.create("urn:splicer:_my_app_v1.2"), JCacheSessionStore.managerUri("/my app/v1.2"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SessionCacheSettings(0, 1, 1, 1, Duration.ofHours(1), Duration.ZERO, null));
  }

  private static ScopedKey key() {
    return new ScopedKey(SessionId.random(), "k");
  }
}
