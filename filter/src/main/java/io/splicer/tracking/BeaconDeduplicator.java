package io.splicer.tracking;

import io.splicer.core.SessionId;
import io.splicer.session.SessionManager;

/**
 * Decides whether a session's event fires for the first time (reference §7.2 "Dedupe": each beacon
 * once per ad viewing, across ABR switches, retries and re-fetches). Implementations must be
 * atomic: of concurrent calls with the same key — on this node or, with a clustered store, another
 * — exactly one returns {@code true}.
 */
@FunctionalInterface
public interface BeaconDeduplicator {

  /**
   * Records the event and returns {@code true} if it had not been recorded for this session.
   *
   * @param eventKey identifies the event within the session (ad and event)
   */
  boolean firstTime(SessionId session, String eventKey);

  /**
   * Production: the session store's {@code putIfAbsent} via {@link SessionManager#markOnce}, so
   * marks expire with the session and are shared by cluster nodes.
   */
  static BeaconDeduplicator of(SessionManager sessions) {
    return sessions::markOnce;
  }
}
