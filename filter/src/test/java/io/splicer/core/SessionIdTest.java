package io.splicer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionIdTest {

  @Test
  void random_manyIds_areDistinctVersion4AndCanonical() {
    Set<SessionId> ids = new HashSet<>();
    Set<Long> numeric = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      SessionId id = SessionId.random();
      ids.add(id);
      numeric.add(id.numericId());
      assertEquals(4, id.uuid().version());
      assertEquals(2, id.uuid().variant());
      String text = id.toString();
      assertTrue(
          text.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }
    assertEquals(20_000, ids.size());
    assertEquals(20_000, numeric.size());
  }

  @Test
  void numericId_anyUuid_isNonNegativeAndStable() {
    SessionId id = new SessionId(new UUID(-1L, -1L));
    assertEquals(0x3FFF_FFFF_FFFF_FFFFL, id.numericId());
    SessionId again = SessionId.parse(id.toString()).orElseThrow();
    assertEquals(id.numericId(), again.numericId());
    assertTrue(SessionId.random().numericId() >= 0);
  }

  @Test
  void parse_canonicalText_roundTrips() {
    String text = "e039fd39-09f0-46b2-aca9-9871cc116cde"; // reference §1.4 [session.uuid] example
    SessionId id = SessionId.parse(text).orElseThrow();
    assertEquals(text, id.toString());
    assertEquals(id, SessionId.parse(text.toUpperCase(Locale.ROOT)).orElseThrow());
  }

  @Test
  void parse_malformedText_isEmpty() {
    for (String bad :
        new String[] {
          "",
          "1-1-1-1-1",
          "e039fd39-09f0-46b2-aca9-9871cc116cd",
          "e039fd39-09f0-46b2-aca9-9871cc116cdez",
          "e039fd3909f0-46b2-aca9-9871cc116cde0",
          "g039fd39-09f0-46b2-aca9-9871cc116cde",
          "e039fd39-09f0-46b2-aca9-9871cc116cd\u0000"
        }) {
      assertEquals(Optional.empty(), SessionId.parse(bad), bad);
    }
    assertEquals(Optional.empty(), SessionId.parse(null));
  }

  @Test
  void parse_randomIdsInEitherCase_sameAsUuidFromString() {
    for (int i = 0; i < 2_000; i++) {
      UUID u = UUID.randomUUID();
      String lower = u.toString();
      String upper = lower.toUpperCase(Locale.ROOT);
      assertEquals(Optional.of(new SessionId(u)), SessionId.parse(lower), lower);
      assertEquals(Optional.of(new SessionId(u)), SessionId.parse(upper), upper);
    }
  }

  @Test
  void parse_nonAsciiDigit_sameAsCharacterDigitReading() {
    String arabicIndicOne = "\u0661";
    String text = arabicIndicOne + "0000000-0000-4000-8000-000000000000";
    assertEquals(
        Optional.of(new SessionId(UUID.fromString(text))), SessionId.parse(text), "slow path");
  }
}
