package io.splicer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import io.splicer.core.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionManagerTest {

  private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
  private static final Duration RETENTION = Duration.ofHours(1);

  private final MutableClock clock = new MutableClock(T0);
  private final InMemorySessionStore store =
      new InMemorySessionStore(clock, RETENTION, Duration.ofHours(6));
  private final SessionSettings settings =
      new SessionSettings(
          Duration.ofMinutes(10),
          Duration.ofMinutes(1),
          Duration.ofHours(24),
          Duration.ZERO,
          Duration.ofSeconds(2));
  private final SessionManager sessions = new SessionManager(store, settings, clock);

  private Session implicitSession() {
    return sessions.create(
        SessionManager.Kind.IMPLICIT, "cfg", "a/index.m3u8", SessionParams.NONE, ClientInfo.NONE);
  }

  @Test
  void create_implicit_isServerReportingAndStored() {
    Session s = implicitSession();
    assertEquals(ReportingMode.SERVER, s.reportingMode());
    assertEquals(Optional.of(s), sessions.lookup(s.id()).active());
    assertEquals(Duration.ofMinutes(10), s.idleTimeout());
  }

  @Test
  void create_explicit_defaultsToClientAndServerRequestGivesHybrid() {
    Session client =
        sessions.create(
            SessionManager.Kind.EXPLICIT,
            "cfg",
            "a.m3u8",
            SessionParamsParser.parseExplicitJson("{}"),
            ClientInfo.NONE);
    Session hybrid =
        sessions.create(
            SessionManager.Kind.EXPLICIT,
            "cfg",
            "a.m3u8",
            SessionParamsParser.parseExplicitJson("{\"reportingMode\":\"server\"}"),
            ClientInfo.NONE);
    Session implicitAskingServer =
        sessions.create(
            SessionManager.Kind.IMPLICIT,
            "cfg",
            "a.m3u8",
            SessionParamsParser.parseExplicitJson("{\"reportingMode\":\"client\"}"),
            ClientInfo.NONE);
    assertEquals(ReportingMode.CLIENT, client.reportingMode());
    assertEquals(ReportingMode.HYBRID, hybrid.reportingMode());
    assertEquals(ReportingMode.SERVER, implicitAskingServer.reportingMode());
    assertTrue(hybrid.reportingMode().serverFiresBeacons());
    assertTrue(hybrid.reportingMode().trackingJsonAvailable());
    assertFalse(client.reportingMode().serverFiresBeacons());
  }

  @Test
  void lookup_neverIssuedId_isUnknown() {
    SessionId id = SessionId.random();
    assertEquals(new SessionLookup.Unknown(id), sessions.lookup(id));
  }

  @Test
  void touch_manifestDuration_expiresAfterTenTimesItsInactivity() {
    Session s = implicitSession();
    clock.advance(Duration.ofSeconds(5));
    sessions.touch(s.id(), MediaTime.ofSeconds(30)); // 10 × 30 s = 5 min
    clock.advance(Duration.ofMinutes(5));
    assertInstanceOf(SessionLookup.Active.class, sessions.lookup(s.id()));
    clock.advance(Duration.ofMillis(1));
    SessionLookup expired = sessions.lookup(s.id());
    assertEquals(
        new SessionLookup.Expired(s.id(), T0.plusSeconds(5).plus(Duration.ofMinutes(5))), expired);
  }

  @Test
  void touch_activity_postponesExpiry() {
    Session s = implicitSession();
    sessions.touch(s.id(), MediaTime.ofSeconds(12)); // 2 min
    for (int i = 0; i < 10; i++) {
      clock.advance(Duration.ofSeconds(100));
      assertInstanceOf(SessionLookup.Active.class, sessions.touch(s.id()));
    }
    clock.advance(Duration.ofSeconds(121));
    assertInstanceOf(SessionLookup.Expired.class, sessions.lookup(s.id()));
  }

  @Test
  void touch_expiredSession_isNotRevived() {
    Session s = implicitSession();
    clock.advance(Duration.ofMinutes(11));
    assertInstanceOf(SessionLookup.Expired.class, sessions.touch(s.id(), MediaTime.ofSeconds(60)));
    assertInstanceOf(SessionLookup.Expired.class, sessions.lookup(s.id()));
  }

  @Test
  void lookup_afterRetention_isUnknown() {
    Session s = implicitSession();
    clock.advance(Duration.ofMinutes(10).plus(RETENTION).plusMillis(1));
    assertInstanceOf(SessionLookup.Unknown.class, sessions.lookup(s.id()));
  }

  @Test
  void idleTimeoutFor_shortAndLongManifests_isClamped() {
    assertEquals(Duration.ofMinutes(1), settings.idleTimeoutFor(MediaTime.ofSeconds(2)));
    assertEquals(Duration.ofHours(24), settings.idleTimeoutFor(MediaTime.ofSeconds(3 * 3600)));
    assertEquals(
        Duration.ofMillis(60_060), settings.idleTimeoutFor(MediaTime.parseSeconds("6.006")));
  }

  @Test
  void touch_withinGranularity_doesNotRewrite() {
    SessionManager coarse =
        new SessionManager(
            store,
            new SessionSettings(
                Duration.ofMinutes(10),
                Duration.ofMinutes(1),
                Duration.ofHours(1),
                Duration.ofSeconds(1),
                Duration.ZERO),
            clock);
    Session s = implicitSession();
    clock.advance(Duration.ofMillis(500));
    assertSame(s, coarse.touch(s.id()).active().orElseThrow()); // nothing written
    clock.advance(Duration.ofMillis(600));
    Session touched = coarse.touch(s.id()).active().orElseThrow();
    assertEquals(T0.plusMillis(1100), touched.lastActivity());
  }

  @Test
  void end_session_makesItUnknown() {
    Session s = implicitSession();
    assertTrue(sessions.end(s.id()));
    assertInstanceOf(SessionLookup.Unknown.class, sessions.lookup(s.id()));
    assertFalse(sessions.end(s.id()));
  }

  record Counters(long mediaSequence, long discontinuitySequence) implements java.io.Serializable {}

  @Test
  void updateCounter_unchangedValue_leavesStoredInstance() {
    SessionId id = implicitSession().id();
    Counters stored = new Counters(4, 1);
    assertTrue(sessions.compareAndSetCounter(id, 0, null, stored));

    Counters result = sessions.updateCounter(id, 0, Counters.class, cur -> new Counters(4, 1));

    assertEquals(stored, result);
    // no write happened: the store still holds the very instance written first
    assertSame(stored, sessions.counter(id, 0, Counters.class).orElseThrow());
    Counters moved = sessions.updateCounter(id, 0, Counters.class, cur -> new Counters(5, 1));
    assertSame(moved, sessions.counter(id, 0, Counters.class).orElseThrow());
  }

  @Test
  void compareAndSetCounter_staleExpectation_fails() {
    SessionId id = SessionId.random();
    assertTrue(sessions.compareAndSetCounter(id, 0, null, new Counters(1, 0)));
    assertFalse(sessions.compareAndSetCounter(id, 0, null, new Counters(9, 9)));
    assertTrue(sessions.compareAndSetCounter(id, 0, new Counters(1, 0), new Counters(2, 1)));
    assertFalse(sessions.compareAndSetCounter(id, 0, new Counters(1, 0), new Counters(3, 1)));
    assertEquals(Optional.of(new Counters(2, 1)), sessions.counter(id, 0, Counters.class));
    assertEquals(Optional.empty(), sessions.counter(id, 1, Counters.class));
  }

  @Test
  void counter_wrongType_failsLoudly() {
    SessionId id = SessionId.random();
    sessions.compareAndSetCounter(id, 2, null, new Counters(1, 0));
    assertThrows(ClassCastException.class, () -> sessions.counter(id, 2, String.class));
  }
}
