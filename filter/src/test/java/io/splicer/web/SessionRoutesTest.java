package io.splicer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.splicer.core.SessionId;
import io.splicer.session.ClientInfo;
import io.splicer.session.InMemorySessionStore;
import io.splicer.session.Session;
import io.splicer.session.SessionLookup;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionParams;
import io.splicer.session.SessionSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionRoutesTest {

  @Test
  void statusFor_expiredOrUnknownSession_400() {
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    MutableClock clock = new MutableClock(t0);
    SessionManager m =
        new SessionManager(
            new InMemorySessionStore(clock, Duration.ofHours(1), Duration.ofHours(1)),
            SessionSettings.DEFAULTS,
            clock);
    Session s =
        m.create(SessionManager.Kind.IMPLICIT, "c", "a.m3u8", SessionParams.NONE, ClientInfo.NONE);
    assertEquals(200, SessionRoutes.statusFor(m.touch(s.id())));
    clock.now = t0.plus(SessionSettings.DEFAULTS.initialIdleTimeout()).plusSeconds(1);
    SessionLookup expired = m.touch(s.id());
    assertEquals(SessionLookup.Expired.class, expired.getClass());
    assertEquals(400, SessionRoutes.statusFor(expired));
    assertEquals(400, SessionRoutes.statusFor(m.lookup(SessionId.random())));
  }

  @Test
  void classify_sessionRoutes_ownKinds() {
    assertEquals(
        RequestKind.MEDIA_PLAYLIST, RequestClassifier.classify("/v1/manifest/h/c/s/0.m3u8"));
    assertEquals(RequestKind.SESSION_INIT, RequestClassifier.classify("/v1/session/h/c/a.m3u8"));
    assertEquals(RequestKind.BLANK_VTT, RequestClassifier.classify("/v1/blank/2000.vtt"));
  }

  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
