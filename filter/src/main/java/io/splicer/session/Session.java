package io.splicer.session;

import io.splicer.core.SessionId;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One viewer session: what was fixed at initialisation (reference §1.2 "Immutability") plus its
 * last activity. Immutable; {@link #touched} returns a copy. Instants and the timeout are kept to
 * the millisecond so the compact {@link SessionCodec} form round-trips to an equal record.
 *
 * <p>Java serialization goes through {@link SessionCodec.SerializedForm} (the serialization-proxy
 * pattern): the stream carries our compact byte format, not the default record encoding.
 *
 * @param id the unguessable UUID ({@code aws.sessionId}, {@code [session.uuid]})
 * @param configurationName the playback configuration's {@code Name} (origin-id in URLs)
 * @param assetPath the asset path below the configuration ({@code show/ep1/index.m3u8})
 * @param reportingMode who fires beacons
 * @param params the parameter routing, computed once
 * @param client request facts captured at initialisation
 * @param createdAt when the session was initialised
 * @param lastActivity the last player request seen
 * @param idleTimeout inactivity after which the session expires (10 × manifest duration)
 */
public record Session(
    SessionId id,
    String configurationName,
    String assetPath,
    ReportingMode reportingMode,
    SessionParams params,
    ClientInfo client,
    Instant createdAt,
    Instant lastActivity,
    Duration idleTimeout)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public Session {
    createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    lastActivity = lastActivity.truncatedTo(ChronoUnit.MILLIS);
    idleTimeout = Duration.ofMillis(idleTimeout.toMillis());
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idle timeout must be positive: [" + idleTimeout + "]");
    }
  }

  /** {@code [session.id]}: see {@link SessionId#numericId()}. */
  public long numericId() {
    return id.numericId();
  }

  /** The instant after which the session is expired, unless touched again. */
  public Instant expiresAt() {
    return lastActivity.plus(idleTimeout);
  }

  /** Reference §1.2: expired after an inactivity longer than the idle timeout. */
  public boolean isExpiredAt(Instant now) {
    return now.isAfter(expiresAt());
  }

  /** A copy with the activity moved to {@code now} (never backwards) and a new timeout. */
  public Session touched(Instant now, Duration newIdleTimeout) {
    Instant last = now.isAfter(lastActivity) ? now : lastActivity;
    return new Session(
        id,
        configurationName,
        assetPath,
        reportingMode,
        params,
        client,
        createdAt,
        last,
        newIdleTimeout);
  }

  /**
   * The {@code [session.*]} dynamic variables fixed at initialisation (reference §1.4), keyed
   * without brackets: {@code session.id}, {@code session.uuid}, {@code session.client_ip}, {@code
   * session.user_agent}, {@code session.referer}. Per-request ones ({@code
   * session.accept_language}, avail durations) are not part of the session.
   */
  public Map<String, String> variables() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("session.id", Long.toString(numericId()));
    v.put("session.uuid", id.toString());
    v.put("session.client_ip", client.clientIp());
    v.put("session.user_agent", client.userAgent());
    v.put("session.referer", client.referer());
    return Map.copyOf(v);
  }

  private Object writeReplace() {
    return new SessionCodec.SerializedForm(SessionCodec.encode(this));
  }
}
