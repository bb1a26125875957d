package io.splicer.stitch;

import io.splicer.ads.AdsResult;
import io.splicer.ads.Candidate;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.core.MediaTime;
import io.splicer.core.SessionId;
import io.splicer.dash.BreakSplice;
import io.splicer.dash.MpdDocument;
import io.splicer.hls.CueBreak;
import io.splicer.hls.MediaPlaylist;
import io.splicer.hls.SpliceResult;
import io.splicer.session.Session;
import io.splicer.session.SessionManager;
import io.splicer.stitch.SessionTimeline.StoredDecision;
import io.splicer.vast.ResolvedAd;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-only live view of this node for the admin console (design.md §3: {@code admin.api} reads
 * it, nothing else): recently active sessions, fill rate and counters, recent ADS interactions, and
 * a session's personalised timeline. The web layer publishes it as the servlet-context attribute
 * {@value #ATTRIBUTE}.
 *
 * <p>Everything is bounded and in memory on this node: a registry of the most recently active
 * sessions (not a scan of the session store), a ring buffer of ADS interactions, the layout of each
 * registered session's last stitched media playlist. Decisions shown in a timeline are read from
 * the session store by key, so they are the ones every node plays. URLs never show query values or
 * user-info ({@link UrlRedactor}). Recording never throws into the stitching path. Thread-safe.
 */
public final class LiveView {

  private static final Logger LOG = LoggerFactory.getLogger(LiveView.class);

  /** Servlet-context attribute under which the web layer publishes the live view. */
  public static final String ATTRIBUTE = LiveView.class.getName();

  /** Default capacity of the session registry. */
  public static final int DEFAULT_SESSIONS = 500;

  /** Default capacity of the ADS-interaction ring buffer. */
  public static final int DEFAULT_INTERACTIONS = 200;

  /** Break keys remembered per session (the oldest are forgotten first). */
  static final int KEYS_PER_SESSION = 64;

  /** Key of the single decision of VOD content without markers ({@link MediaStitcher}). */
  static final String VOD_KEY = "vod";

  /** {@link LiveSession#protocol()} of sessions stitched by {@link HlsStitcher}. */
  public static final String HLS = "HLS";

  /** {@link LiveSession#protocol()} of sessions stitched by {@link DashStitcher}. */
  public static final String DASH = "DASH";

  private final SessionManager sessions;
  private final StitchMetrics metrics;
  private final Clock clock;
  private final int maxInteractions;
  private final int maxSessions;
  private final ConcurrentHashMap<String, Entry> registry = new ConcurrentHashMap<>();

  /** Guards admission of new sessions and eviction (not the refresh of a known session). */
  private final Object admission = new Object();

  /** Access order of the registry: each access stamps its entry with the next value. */
  private final AtomicLong accesses = new AtomicLong();

  private final ArrayDeque<AdsInteraction> interactions = new ArrayDeque<>();

  private final AtomicLong breaksDecided = new AtomicLong();
  private final AtomicLong breaksFilled = new AtomicLong();
  private final AtomicLong adsReturned = new AtomicLong();
  private final AtomicLong adsUsed = new AtomicLong();
  private final AtomicLong adsSkipped = new AtomicLong();
  private final AtomicLong adsFailures = new AtomicLong();
  private final AtomicLong availableMicros = new AtomicLong();
  private final AtomicLong filledMicros = new AtomicLong();
  private final AtomicLong slateMicros = new AtomicLong();

  /** Mutable per-session state; {@link #session} and {@link #keys} are guarded by the entry. */
  private static final class Entry {
    LiveSession session;
    final LinkedHashMap<String, Boolean> keys = new LinkedHashMap<>(); // key → is the VOD key
    volatile @Nullable LazyLayout layout;
    volatile long lastAccess;

    Entry(LiveSession session) {
      this.session = session;
    }
  }

  /** The layout of a stitched manifest, built from its inputs on first use, then kept. */
  private static final class LazyLayout {
    private @Nullable Supplier<SessionTimeline.Layout> inputs;
    private SessionTimeline.@Nullable Layout built;

    LazyLayout(Supplier<SessionTimeline.Layout> inputs) {
      this.inputs = inputs;
    }

    synchronized SessionTimeline.Layout get() {
      Supplier<SessionTimeline.Layout> in = inputs;
      if (in != null) {
        built = in.get();
        inputs = null; // the inputs (playlists) are no longer referenced
      }
      return java.util.Objects.requireNonNull(built);
    }
  }

  LiveView(
      SessionManager sessions,
      StitchMetrics metrics,
      Clock clock,
      int maxSessions,
      int maxInteractions) {
    if (maxSessions < 1 || maxInteractions < 1) {
      throw new IllegalArgumentException(
          "capacities must be positive [" + maxSessions + ", " + maxInteractions + "]");
    }
    this.sessions = sessions;
    this.metrics = metrics;
    this.clock = clock;
    this.maxInteractions = maxInteractions;
    this.maxSessions = maxSessions;
  }

  // ---------------------------------------------------------------- reading (the facade)

  /** Up to {@code limit} unexpired sessions, most recently active first. */
  public List<LiveSession> sessions(int limit) {
    Instant now = clock.instant();
    List<Map.Entry<Long, LiveSession>> found = new ArrayList<>();
    for (Entry e : registry.values()) {
      LiveSession s;
      synchronized (e) {
        s = e.session;
      }
      if (s.expiresAt().isAfter(now)) {
        found.add(Map.entry(e.lastAccess, s));
      }
    }
    // most recently accessed first among equal activity times
    found.sort(Map.Entry.<Long, LiveSession>comparingByKey().reversed());
    List<LiveSession> all = new ArrayList<>(found.size());
    found.forEach(f -> all.add(f.getValue()));
    all.sort(Comparator.comparing(LiveSession::lastActivity).reversed()); // stable
    return List.copyOf(all.subList(0, Math.min(Math.max(0, limit), all.size())));
  }

  /** Fill rate and counters since this node started. */
  public LiveStats stats() {
    return new LiveStats(
        sessions(Integer.MAX_VALUE).size(),
        breaksDecided.get(),
        breaksFilled.get(),
        adsReturned.get(),
        adsUsed.get(),
        adsSkipped.get(),
        adsFailures.get(),
        availableMicros.get(),
        filledMicros.get(),
        slateMicros.get(),
        metrics.snapshot());
  }

  /** Up to {@code limit} most recent ADS interactions, newest first. */
  public List<AdsInteraction> adsInteractions(int limit) {
    List<AdsInteraction> out = new ArrayList<>();
    synchronized (interactions) {
      Iterator<AdsInteraction> it = interactions.descendingIterator();
      while (it.hasNext() && out.size() < limit) {
        out.add(it.next());
      }
    }
    return List.copyOf(out);
  }

  /** The timeline of a session this node has seen, if it is still in the registry. */
  public Optional<SessionTimeline> timeline(String sessionId) {
    Entry e = accessed(sessionId);
    if (e == null) {
      return Optional.empty();
    }
    LiveSession session;
    List<Map.Entry<String, Boolean>> keys;
    synchronized (e) {
      session = e.session;
      keys = List.copyOf(e.keys.entrySet());
    }
    SessionTimeline.Layout layout = layoutOf(sessionId, e.layout);
    Optional<SessionId> id = SessionId.parse(sessionId);
    List<StoredDecision> decisions = new ArrayList<>();
    boolean dash = DASH.equals(session.protocol());
    if (id.isPresent()) {
      for (Map.Entry<String, Boolean> k : keys) {
        stored(id.get(), k.getKey(), k.getValue(), dash, decisions);
      }
    }
    return Optional.of(new SessionTimeline(session, Optional.ofNullable(layout), decisions));
  }

  private static SessionTimeline.@Nullable Layout layoutOf(
      String sessionId, @Nullable LazyLayout lazy) {
    try {
      return lazy == null ? null : lazy.get();
    } catch (RuntimeException e) {
      LOG.warn("Session [{}]: live-view layout failed: {}", sessionId, e.toString());
      return null;
    }
  }

  /** The registry entry of {@code id}, stamped as the most recently accessed; null if absent. */
  private @Nullable Entry accessed(String id) {
    Entry e = registry.get(id);
    if (e != null) {
      e.lastAccess = accesses.incrementAndGet();
    }
    return e;
  }

  private void stored(
      SessionId id, String key, boolean vod, boolean dash, List<StoredDecision> out) {
    try {
      if (vod) {
        sessions // the DASH pipeline stores its VOD decision under its own key
            .decision(id, dash ? DashBreakPlan.VOD_KEY : key, AdDecision.VodBreaks.class)
            .ifPresent(
                v -> {
                  int i = 1;
                  for (AdDecision.VodBreak b : v.breaks()) {
                    String k = key + "#" + i++ + (b.postRoll() ? "p" : "");
                    out.add(
                        new StoredDecision(
                            k, b.offsetMicros(), SessionTimeline.DecisionSummary.of(b.decision())));
                  }
                });
      } else {
        sessions
            .decision(id, key, AdDecision.class)
            .ifPresent(
                d -> out.add(new StoredDecision(key, -1, SessionTimeline.DecisionSummary.of(d))));
      }
    } catch (RuntimeException e) { // a store without the value, or of another type
      LOG.debug("Session [{}]: decision [{}] not readable: {}", id, key, e.toString());
    }
  }

  // ---------------------------------------------------------------- recording (package only)

  /** A manifest request of HLS {@code session} is being stitched on this node. */
  void touched(Session session) {
    touched(session, HLS);
  }

  /**
   * A manifest request of {@code session} is being stitched on this node.
   *
   * @param protocol {@value #HLS} or {@value #DASH}
   */
  void touched(Session session, String protocol) {
    Instant now = clock.instant();
    Instant last = session.lastActivity().isAfter(now) ? session.lastActivity() : now;
    String id = session.id().toString();
    Entry e = accessed(id);
    if (e == null) {
      synchronized (admission) {
        e = accessed(id);
        if (e == null) {
          Entry added = new Entry(live(id, session, protocol, last, 1));
          added.lastAccess = accesses.incrementAndGet();
          registry.put(id, added);
          evictBeyondCapacity();
          return;
        }
      }
    }
    synchronized (e) {
      e.session = live(id, session, protocol, last, e.session.manifestRequests() + 1);
    }
  }

  private static LiveSession live(
      String id, Session session, String protocol, Instant last, long requests) {
    return new LiveSession(
        id,
        session.configurationName(),
        session.assetPath(),
        protocol,
        session.reportingMode().name(),
        session.createdAt(),
        last,
        last.plus(session.idleTimeout()),
        requests);
  }

  /**
   * Removes the least recently accessed sessions beyond the capacity (under {@link #admission}).
   */
  private void evictBeyondCapacity() {
    while (registry.size() > maxSessions) {
      String eldest = null;
      long oldest = Long.MAX_VALUE;
      for (Map.Entry<String, Entry> e : registry.entrySet()) {
        long at = e.getValue().lastAccess;
        if (at < oldest) {
          oldest = at;
          eldest = e.getKey();
        }
      }
      if (eldest == null) {
        return;
      }
      registry.remove(eldest);
    }
  }

  /** A media playlist of the session was stitched: remembers its layout. */
  void stitched(
      Session session,
      int playlist,
      MediaPlaylist p,
      List<CueBreak> breaks,
      List<@Nullable AdDecision> decisions,
      List<SpliceResult.Placement> placements) {
    try {
      Instant now = clock.instant();
      remember(
          session, () -> TimelineBuilder.build(playlist, now, p, breaks, decisions, placements));
    } catch (RuntimeException e) {
      LOG.warn("Session [{}]: live-view layout failed: {}", session.id(), e.toString());
    }
  }

  /**
   * An MPD of DASH {@code session} was stitched: remembers its layout ({@link
   * DashTimelineBuilder}).
   *
   * @param origin the origin MPD
   * @param splices the breaks planned
   * @param written what the rewriter wrote
   */
  void stitched(
      Session session,
      MpdDocument origin,
      List<BreakSplice> splices,
      io.splicer.dash.RewriteResult written) {
    try {
      Instant now = clock.instant();
      var periods = written.periods();
      remember(session, () -> DashTimelineBuilder.build(now, origin, splices, periods));
    } catch (RuntimeException e) {
      LOG.warn("Session [{}]: live-view DASH layout failed: {}", session.id(), e.toString());
    }
  }

  /**
   * Keeps how to build the layout; the inputs are immutable or handed over by the stitcher, which
   * does not change them afterwards.
   */
  private void remember(Session session, Supplier<SessionTimeline.Layout> layout) {
    Entry e = accessed(session.id().toString());
    if (e != null) {
      e.layout = new LazyLayout(layout);
    }
  }

  /**
   * One break decision was made (an ADS interaction).
   *
   * @param breakKey the decision's key in the session store
   * @param result what the ADS answered
   * @param returned the ads of the response
   * @param decisions the decision (several for a VOD decision without markers)
   * @param breakDuration the avail's duration, when known
   * @param latencyNanos from the ADS request to the resolved response
   */
  void decided(
      Session session,
      PlaybackConfiguration config,
      String breakKey,
      AdsResult result,
      List<Candidate<ResolvedAd>> returned,
      List<AdDecision> decisions,
      Optional<MediaTime> breakDuration,
      long latencyNanos) {
    try {
      record(session, config, breakKey, result, returned, decisions, breakDuration, latencyNanos);
    } catch (RuntimeException e) {
      LOG.warn("Session [{}]: live-view record failed: {}", session.id(), e.toString());
    }
  }

  private void record(
      Session session,
      PlaybackConfiguration config,
      String breakKey,
      AdsResult result,
      List<Candidate<ResolvedAd>> returned,
      List<AdDecision> decisions,
      Optional<MediaTime> breakDuration,
      long latencyNanos) {
    List<String> used = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    long filled = 0;
    long slate = 0;
    long offered = 0;
    for (Candidate<ResolvedAd> c : returned) {
      offered += c.duration().micros();
    }
    for (AdDecision d : decisions) {
      for (AdDecision.DecidedAd a : d.ads()) {
        used.add(a.adId());
        filled += a.durationMicros();
      }
      d.skipped().forEach(s -> skipped.add(UrlRedactor.text(s)));
      slate += d.slateMicros();
    }
    // an insertion has no avail duration: the ads returned are what it could have played
    long available = breakDuration.map(MediaTime::micros).orElse(Math.max(offered, filled));
    String status =
        result.failure().map(f -> f.kind().name()).orElse(returned.isEmpty() ? "EMPTY" : "OK");
    AdsInteraction i =
        new AdsInteraction(
            clock.instant(),
            session.id().toString(),
            config.name(),
            breakKey,
            UrlRedactor.url(result.requestUrl()),
            status,
            result.failure().map(f -> UrlRedactor.text(f.detail())).orElse(""),
            latencyNanos / 1_000_000,
            returned.size(),
            used,
            skipped,
            available,
            filled,
            slate);
    count(i);
    synchronized (interactions) {
      interactions.addLast(i);
      while (interactions.size() > maxInteractions) {
        interactions.removeFirst();
      }
    }
    Entry e = accessed(i.sessionId());
    if (e != null) {
      synchronized (e) {
        e.keys.put(breakKey, VOD_KEY.equals(breakKey));
        if (e.keys.size() > KEYS_PER_SESSION) {
          e.keys.remove(e.keys.keySet().iterator().next());
        }
      }
    }
  }

  private void count(AdsInteraction i) {
    breaksDecided.incrementAndGet();
    if (!i.usedAdIds().isEmpty()) {
      breaksFilled.incrementAndGet();
    }
    adsReturned.addAndGet(i.adsReturned());
    adsUsed.addAndGet(i.usedAdIds().size());
    adsSkipped.addAndGet(i.skipped().size());
    if (!i.failure().isEmpty() || !(i.status().equals("OK") || i.status().equals("EMPTY"))) {
      adsFailures.incrementAndGet();
    }
    availableMicros.addAndGet(i.availableMicros());
    filledMicros.addAndGet(i.filledMicros());
    slateMicros.addAndGet(i.slateMicros());
  }
}
