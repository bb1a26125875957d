package io.splicer.admin.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers recently verified Basic credentials for a short time, so that API clients do not pay
 * for a PBKDF2 derivation on every request. Only a peppered SHA-256 of the credentials is kept
 * (never the password). Bounded; thread-safe.
 */
final class VerifiedCache {

  private static final int MAX_ENTRIES = 64;

  private final Clock clock;
  private final Duration ttl;
  private final byte[] pepper = new byte[32];
  private final Map<String, Instant> entries = new ConcurrentHashMap<>();

  VerifiedCache(Clock clock, Duration ttl, SecureRandom random) {
    this.clock = clock;
    this.ttl = ttl;
    random.nextBytes(pepper);
  }

  boolean contains(String credentials) {
    String key = key(credentials);
    Instant expiry = entries.get(key);
    if (expiry == null) {
      return false;
    }
    if (expiry.isBefore(clock.instant())) {
      entries.remove(key);
      return false;
    }
    return true;
  }

  void add(String credentials) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key(credentials), clock.instant().plus(ttl));
  }

  private String key(String credentials) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(pepper);
      return HexFormat.of().formatHex(sha.digest(credentials.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
