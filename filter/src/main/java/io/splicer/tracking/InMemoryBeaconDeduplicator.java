package io.splicer.tracking;

import io.splicer.core.SessionId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A single-node {@link BeaconDeduplicator} on a concurrent set (tests, embedded use). Marks are
 * never evicted except by {@link #forget(SessionId)}; production uses {@link
 * BeaconDeduplicator#of(io.splicer.session.SessionManager)}, whose marks expire with the session.
 */
public final class InMemoryBeaconDeduplicator implements BeaconDeduplicator {

  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  @Override
  public boolean firstTime(SessionId session, String eventKey) {
    return seen.add(session + "\n" + eventKey);
  }

  /** Drops every mark of a session. */
  public void forget(SessionId session) {
    String prefix = session + "\n";
    seen.removeIf(k -> k.startsWith(prefix));
  }

  /** The number of marks held. */
  public int size() {
    return seen.size();
  }
}
