package io.splicer.session;

import io.splicer.core.MediaTime;
import io.splicer.core.SessionId;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The session facade the web and stitch layers call: creation, lookup with expiry (reference §1.2),
 * activity, live counters per media playlist, memoised single-flight per-break decisions and
 * once-only marks. Thread-safe; all state lives in the {@link SessionStore}, except the in-node
 * single-flight bookkeeping of {@link DecisionMemo}.
 */
public final class SessionManager {

  /** How sessions come to be (reference §1.2). */
  public enum Kind {
    /** {@code GET /v1/master/…} or {@code /v1/dash/…} without {@code aws.sessionId}. */
    IMPLICIT,
    /** {@code POST|GET /v1/session/…}. */
    EXPLICIT
  }

  private static final int MAX_CAS_ATTEMPTS = 64;

  private final SessionStore store;
  private final SessionSettings settings;
  private final Clock clock;
  private final DecisionMemo decisions;

  public SessionManager(SessionStore store, SessionSettings settings, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
    this.decisions = new DecisionMemo(store, clock, settings.failedDecisionRetryAfter());
  }

  /**
   * Creates and stores a new session with a fresh id. Reporting: implicit → {@code SERVER};
   * explicit → {@code CLIENT}, or {@code HYBRID} if {@code reportingMode: "server"} was asked for.
   */
  public Session create(
      Kind kind,
      String configurationName,
      String assetPath,
      SessionParams params,
      ClientInfo client) {
    ReportingMode mode =
        kind == Kind.IMPLICIT
            ? ReportingMode.SERVER
            : params.serverReportingRequested() ? ReportingMode.HYBRID : ReportingMode.CLIENT;
    Instant now = clock.instant();
    while (true) {
      Session s =
          new Session(
              SessionId.random(),
              configurationName,
              assetPath,
              mode,
              params,
              client,
              now,
              now,
              settings.initialIdleTimeout());
      if (store.putSessionIfAbsent(s)) {
        return s;
      }
      // a UUID collision: practically impossible, but never overwrite another viewer's session
    }
  }

  /** Looks a session up without recording activity. */
  public SessionLookup lookup(SessionId id) {
    Optional<Session> s = store.getSession(id);
    if (s.isEmpty()) {
      return new SessionLookup.Unknown(id);
    }
    Session session = s.get();
    return session.isExpiredAt(clock.instant())
        ? new SessionLookup.Expired(id, session.expiresAt())
        : new SessionLookup.Active(session);
  }

  /** Records a player request on the session, keeping its idle timeout. */
  public SessionLookup touch(SessionId id) {
    return touch(id, null);
  }

  /**
   * Records a player request and sets the idle timeout to {@code 10 × manifestDuration} (clamped by
   * the settings). An expired or unknown session is not revived.
   *
   * @param manifestDuration the duration of the manifest just served (live: the window), or null to
   *     keep the current timeout
   */
  public SessionLookup touch(SessionId id, @Nullable MediaTime manifestDuration) {
    SessionLookup found = lookup(id);
    if (!(found instanceof SessionLookup.Active active)) {
      return found;
    }
    Session s = active.session();
    Duration timeout =
        manifestDuration == null ? s.idleTimeout() : settings.idleTimeoutFor(manifestDuration);
    Instant now = clock.instant();
    boolean recent =
        Duration.between(s.lastActivity(), now).compareTo(settings.touchGranularity()) < 0;
    if (recent && timeout.equals(s.idleTimeout())) {
      return found;
    }
    Session touched = s.touched(now, timeout);
    store.putSession(touched); // last write wins: concurrent touches carry near-equal instants
    return new SessionLookup.Active(touched);
  }

  /** Ends a session (its per-session values expire by idleness). True if it existed. */
  public boolean end(SessionId id) {
    return store.removeSession(id);
  }

  /** The live counter state of media playlist {@code n}, if any. */
  public <T extends Serializable> Optional<T> counter(SessionId id, int n, Class<T> type) {
    return store.get(StoreArea.COUNTER, ScopedKey.playlist(id, n)).map(v -> checked(v, type));
  }

  /**
   * Compare-and-set of the counter state of media playlist {@code n}.
   *
   * @param expected the state read before (by equality), or null if there was none
   * @return true if {@code update} was stored
   */
  public <T extends Serializable> boolean compareAndSetCounter(
      SessionId id, int n, @Nullable T expected, T update) {
    ScopedKey key = ScopedKey.playlist(id, n);
    return expected == null
        ? store.putIfAbsent(StoreArea.COUNTER, key, update).isEmpty()
        : store.replace(StoreArea.COUNTER, key, expected, update);
  }

  /**
   * Atomically updates the counter state of media playlist {@code n} with a compare-and-set loop
   * ({@code next} may run more than once under contention, so it must be a pure function).
   *
   * @return the stored state
   * @throws IllegalStateException if contention persists beyond 64 attempts
   */
  public <T extends Serializable> T updateCounter(
      SessionId id, int n, Class<T> type, Function<Optional<T>, T> next) {
    for (int attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
      Optional<T> current = counter(id, n, type);
      T update = next.apply(current);
      if (current.isPresent() && current.get().equals(update)) {
        return update; // unchanged: no store write on the per-request path
      }
      if (compareAndSetCounter(id, n, current.orElse(null), update)) {
        return update;
      }
    }
    throw new IllegalStateException("counter of playlist [" + n + "] kept changing under us");
  }

  /**
   * The decision for one break of one session, computed at most once per session and break (see
   * {@link DecisionMemo} for the single-flight and failure rules).
   *
   * @param breakKey identifies the break within the session (e.g. the SCTE-35 event id or the
   *     break's start on the content timeline); the same key in every rendition
   * @param type the decision's class (checked when read back)
   * @param decision computes the decision; called on the caller's thread at most once at a time
   */
  public <T extends Serializable> CompletableFuture<T> decideOnce(
      SessionId id, String breakKey, Class<T> type, Supplier<CompletableFuture<T>> decision) {
    return decisions.decideOnce(new ScopedKey(id, breakKey), type, decision);
  }

  /** A stored decision, without computing one. */
  public <T extends Serializable> Optional<T> decision(
      SessionId id, String breakKey, Class<T> type) {
    return store.get(StoreArea.DECISION, new ScopedKey(id, breakKey)).map(v -> checked(v, type));
  }

  /**
   * True for exactly one caller per session and event key, across threads and (with a clustered
   * store) nodes: the beacon de-duplication primitive (store {@code putIfAbsent}).
   */
  public boolean markOnce(SessionId id, String eventKey) {
    Long firstSeen = clock.millis();
    return store.putIfAbsent(StoreArea.MARK, new ScopedKey(id, eventKey), firstSeen).isEmpty();
  }

  /** Decisions running on this node now (metrics). */
  public int decisionsInFlight() {
    return decisions.inFlightCount();
  }

  private static <T> T checked(Serializable v, Class<T> type) {
    if (!type.isInstance(v)) {
      throw new ClassCastException(
          "stored " + v.getClass().getName() + " is not a " + type.getName());
    }
    return type.cast(v);
  }
}
