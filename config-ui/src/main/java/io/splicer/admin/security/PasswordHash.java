package io.splicer.admin.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash (NIST SP 800-132), stored as {@code
 * pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}. Verification compares in constant time ({@link
 * MessageDigest#isEqual}). Immutable and thread-safe.
 *
 * @param iterations PBKDF2 iteration count
 * @param salt random salt
 * @param hash derived key
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {

  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  public static final int DEFAULT_ITERATIONS = 600_000;

  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  public PasswordHash {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be >= 1 [" + iterations + "]");
    }
    salt = salt.clone();
    hash = hash.clone();
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  @Override
  public byte[] hash() {
    return hash.clone();
  }

  /** Hashes a password with a fresh random salt. */
  public static PasswordHash create(String password, SecureRandom random, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return new PasswordHash(iterations, salt, derive(password, salt, iterations));
  }

  /** Whether {@code password} matches; constant time in the password's derived key. */
  public boolean matches(String password) {
    return MessageDigest.isEqual(hash, derive(password, salt, iterations));
  }

  /** The stored form. */
  public String encode() {
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  /**
   * Parses {@link #encode()}'s form.
   *
   * @throws IllegalArgumentException if malformed (the message never contains the input)
   */
  public static PasswordHash decode(String encoded) {
    String[] parts = Objects.requireNonNull(encoded, "encoded").trim().split("\\$");
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      throw new IllegalArgumentException("not a " + SCHEME + " password hash");
    }
    try {
      Base64.Decoder b64 = Base64.getDecoder();
      return new PasswordHash(
          Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed " + SCHEME + " password hash", e);
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is required of every JVM", e);
    } finally {
      spec.clearPassword();
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PasswordHash p
        && p.iterations == iterations
        && MessageDigest.isEqual(p.salt, salt)
        && MessageDigest.isEqual(p.hash, hash);
  }

  @Override
  public int hashCode() {
    return Objects.hash(iterations, new String(salt, StandardCharsets.ISO_8859_1));
  }

  @Override
  public String toString() {
    return "PasswordHash[" + SCHEME + ", " + iterations + " iterations]";
  }
}
