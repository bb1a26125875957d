package io.splicer.core;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A viewer session's id: a random (version 4) UUID drawn from {@link java.security.SecureRandom}
 * via {@link UUID#randomUUID()}, so it cannot be guessed (122 random bits). Its canonical text is
 * the lowercase {@code 8-4-4-4-12} form used in {@code aws.sessionId}, session-scoped URLs and
 * {@code [session.uuid]}.
 *
 * @param uuid the id
 */
public record SessionId(UUID uuid) implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int TEXT_LENGTH = 36;

  public SessionId {
    if (uuid == null) {
      throw new IllegalArgumentException("session id must not be null");
    }
  }

  /** A new unguessable id. */
  public static SessionId random() {
    return new SessionId(UUID.randomUUID());
  }

  /**
   * Parses the strict canonical form (36 characters, hex digits in either case, dashes at 8, 13, 18
   * and 23). Unlike {@link UUID#fromString} it rejects short groups such as {@code 1-1-1-1-1}.
   */
  public static Optional<SessionId> parse(CharSequence text) {
    if (text == null || text.length() != TEXT_LENGTH) {
      return Optional.empty();
    }
    SessionId ascii = parseAsciiHex(text);
    if (ascii != null) {
      return Optional.of(ascii);
    }
    for (int i = 0; i < TEXT_LENGTH; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(new SessionId(UUID.fromString(text.toString())));
  }

  /**
   * The id of 36 characters with dashes at 8, 13, 18 and 23 and ASCII hex digits elsewhere, or null
   * for anything else (then {@link #parse} decides, as {@link Character#digit} also accepts other
   * Unicode digits). Reads the bits directly: every session-scoped request parses one.
   */
  private static @Nullable SessionId parseAsciiHex(CharSequence text) {
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < TEXT_LENGTH; i++) {
      char c = text.charAt(i);
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (c != '-') {
          return null;
        }
        continue;
      }
      int v = asciiHex(c);
      if (v < 0) {
        return null;
      }
      if (i < 18) {
        msb = (msb << 4) | v;
      } else {
        lsb = (lsb << 4) | v;
      }
    }
    return new SessionId(new UUID(msb, lsb));
  }

  private static int asciiHex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }

  /**
   * The numeric id for {@code [session.id]} (MediaTailor: "unique numeric identifier"): the 62
   * random low bits of the UUID, so it is stable across cluster nodes without a shared counter and
   * never negative. Two sessions collide with probability about n²/2⁶³ (≈10⁻⁷ for a million
   * concurrent sessions).
   */
  public long numericId() {
    return uuid.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL;
  }

  /** The canonical lowercase text form. */
  @Override
  public String toString() {
    return uuid.toString();
  }
}
