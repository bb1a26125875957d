package io.splicer.session;

import io.splicer.core.SessionId;
import java.time.Instant;
import java.util.Optional;

/**
 * The outcome of looking a session up: active, expired (reference §1.2: requests on an expired
 * session get HTTP 400) or unknown (never issued, or forgotten after the store's retention).
 */
public sealed interface SessionLookup {

  /** The session is alive. */
  record Active(Session session) implements SessionLookup {}

  /** The session existed but was idle longer than its timeout. */
  record Expired(SessionId id, Instant expiredAt) implements SessionLookup {}

  /** No such session in the store. */
  record Unknown(SessionId id) implements SessionLookup {}

  /** The session if active. */
  default Optional<Session> active() {
    return this instanceof Active a ? Optional.of(a.session()) : Optional.empty();
  }
}
