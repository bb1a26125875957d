package io.splicer.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Password hashing, credential resolution, throttling, sessions and origin checks. */
class UnitSecurityTest {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

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

  @Test
  void passwordHash_matches_onlyTheRightPassword() {
    PasswordHash h = PasswordHash.create("s3cret", RANDOM, 1000);
    assertTrue(h.matches("s3cret"));
    assertFalse(h.matches("s3cret "));
    assertFalse(h.matches(""));
  }

  @Test
  void passwordHash_encodeDecode_roundTripsAndSaltIsRandom() {
    PasswordHash h = PasswordHash.create("pw", RANDOM, 1234);
    PasswordHash back = PasswordHash.decode(h.encode());
    assertEquals(h, back);
    assertTrue(back.matches("pw"));
    assertTrue(h.encode().startsWith("pbkdf2-sha256$1234$"));
    assertNotEquals(h.encode(), PasswordHash.create("pw", RANDOM, 1234).encode());
    assertFalse(h.toString().contains(h.encode().split("\\$")[3]));
  }

  @Test
  void passwordHash_decodeGarbage_rejected() {
    assertThrows(IllegalArgumentException.class, () -> PasswordHash.decode("md5$abc"));
    assertThrows(IllegalArgumentException.class, () -> PasswordHash.decode("pbkdf2-sha256$x$a$b"));
  }

  @Test
  void credentials_noPassword_generatedOnceStoredHashedThenReused(@TempDir Path dir)
      throws Exception {
    AdminCredentials first = AdminCredentials.resolve(dir, null, RANDOM, 1000);
    assertNotNull(first.generatedPassword());
    assertTrue(first.generatedPassword().length() >= 20);
    String stored = Files.readString(dir.resolve(AdminCredentials.FILE_NAME));
    assertFalse(stored.contains(first.generatedPassword()));
    AdminCredentials second = AdminCredentials.resolve(dir, null, RANDOM, 1000);
    assertNull(second.generatedPassword());
    assertTrue(second.hash().matches(first.generatedPassword()));
    assertFalse(first.toString().contains(first.generatedPassword()));
  }

  @Test
  void credentials_explicitPassword_usedAndNothingGenerated(@TempDir Path dir) throws Exception {
    AdminCredentials c = AdminCredentials.resolve(dir, "given", RANDOM, 1000);
    assertNull(c.generatedPassword());
    assertTrue(c.hash().matches("given"));
    assertEquals("admin", c.user());
    assertFalse(Files.exists(dir.resolve(AdminCredentials.FILE_NAME)));
  }

  @Test
  void throttle_afterFreeFailures_doublingLockThenForgiven() {
    MutableClock clock = new MutableClock();
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      t.failure("a");
      assertEquals(Duration.ZERO, t.retryAfter("a"));
    }
    t.failure("a");
    assertEquals(Duration.ofSeconds(1), t.retryAfter("a"));
    t.failure("a");
    assertEquals(Duration.ofSeconds(2), t.retryAfter("a"));
    assertEquals(Duration.ZERO, t.retryAfter("b"));
    clock.now = clock.now.plusSeconds(2);
    assertEquals(Duration.ZERO, t.retryAfter("a"));
    t.success("a");
    t.failure("a");
    assertEquals(Duration.ZERO, t.retryAfter("a"));
  }

  @Test
  void throttle_lockIsCapped() {
    MutableClock clock = new MutableClock();
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 0; i < 40; i++) {
      t.failure("a");
    }
    assertEquals(LoginThrottle.MAX_LOCK, t.retryAfter("a"));
  }

  @Test
  void sessions_idleTimeoutAndInvalidate() {
    MutableClock clock = new MutableClock();
    SessionRegistry r = new SessionRegistry(clock, RANDOM);
    String token = r.create("admin");
    SessionRegistry.Session s = r.touch(token).orElseThrow();
    assertNotEquals(token, s.csrfToken());
    clock.now = clock.now.plus(SessionRegistry.IDLE.minusSeconds(1));
    assertTrue(r.touch(token).isPresent());
    clock.now = clock.now.plus(SessionRegistry.IDLE.plusSeconds(1));
    assertTrue(r.touch(token).isEmpty());
    String other = r.create("admin");
    r.invalidate(other);
    assertTrue(r.touch(other).isEmpty());
    assertTrue(r.touch("forged").isEmpty());
  }

  @Test
  void csrfNormalise_originForms() {
    assertEquals("http://a.example", CsrfGuard.normalise("HTTP://A.example:80/x?y"));
    assertEquals("https://a.example:8443", CsrfGuard.normalise("https://a.example:8443"));
    assertEquals("", CsrfGuard.normalise("null"));
    assertEquals("", CsrfGuard.normalise("::garbage"));
  }
}
