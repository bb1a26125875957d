package io.splicer.cache;

import io.splicer.core.SessionId;
import io.splicer.session.Session;
import java.time.Duration;
import java.util.function.Supplier;
import org.ehcache.expiry.ExpiryPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Per-entry expiry of the session cache: a session written at time t (created or touched) lives
 * until {@code t + idleTimeout + expiredRetention}; reads do not extend it (activity is recorded
 * explicitly by {@code SessionManager.touch}). Usable from an operator's {@code ehcache.xml} via
 * its no-arg constructor (retention one hour).
 */
public final class SessionExpiry implements ExpiryPolicy<SessionId, Session> {

  private final Duration retention;

  public SessionExpiry() {
    this(Duration.ofHours(1));
  }

  SessionExpiry(Duration retention) {
    this.retention = retention;
  }

  @Override
  public Duration getExpiryForCreation(SessionId key, Session value) {
    return value.idleTimeout().plus(retention);
  }

  @Override
  public @Nullable Duration getExpiryForAccess(SessionId key, Supplier<? extends Session> value) {
    return null; // unchanged
  }

  @Override
  public Duration getExpiryForUpdate(
      SessionId key, Supplier<? extends Session> oldValue, Session newValue) {
    return newValue.idleTimeout().plus(retention);
  }
}
