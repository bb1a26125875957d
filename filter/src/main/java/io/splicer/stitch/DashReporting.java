package io.splicer.stitch;

import io.splicer.config.PlaybackConfiguration;
import io.splicer.core.MediaTime;
import io.splicer.core.SessionId;
import io.splicer.dash.AdSegments;
import io.splicer.dash.MpdDocument;
import io.splicer.dash.OutputPeriod;
import io.splicer.session.ClientInfo;
import io.splicer.session.Session;
import io.splicer.session.SessionManager;
import io.splicer.tracking.Beacon;
import io.splicer.tracking.BeaconService;
import io.splicer.tracking.BreakPosition;
import io.splicer.tracking.TrackedAd;
import io.splicer.tracking.json.CreativeJson;
import io.splicer.tracking.json.TrackingTimeline;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reporting side of DASH sessions: records the ad Periods the stitcher placed ({@link
 * DashTrackingIndex}), answers server-side reporting requests of their segments ({@link
 * DashSegmentRef}: fire the beacons due, then redirect to the creative's segment) and builds the
 * session's tracking timeline in the DASH time bases (reference §7.3). Everything is derived from
 * the session store (the index and the per-break decisions) and the creative catalog (reloaded when
 * evicted or on another node): no per-segment state. Thread-safe.
 */
public final class DashReporting {

  private static final Logger LOG = LoggerFactory.getLogger(DashReporting.class);
  private static final long CREATIVE_WAIT_MILLIS = 2000;
  private static final int MAX_QUERY = 2048;

  private final SessionManager sessions;
  private final DashCreativeCatalog creatives;
  private final @Nullable BeaconService beacons;

  DashReporting(
      SessionManager sessions, DashCreativeCatalog creatives, @Nullable BeaconService beacons) {
    this.sessions = sessions;
    this.creatives = creatives;
    this.beacons = beacons;
  }

  /**
   * Records the ad Periods of one stitched MPD (written only when the index changes; a store
   * failure is logged, the MPD is served anyway).
   */
  void record(
      SessionId id, MpdDocument doc, DashBreakPlan.Planned planned, List<OutputPeriod> periods) {
    List<DashTrackingIndex.Ad> placed = new ArrayList<>();
    for (OutputPeriod p : periods) {
      if (!p.ad() || p.breakIndex() < 0 || p.breakIndex() >= planned.refs().size()) {
        continue;
      }
      DashBreakPlan.BreakRef ref = planned.refs().get(p.breakIndex());
      int decisionAd =
          p.adIndex() >= 0 && p.adIndex() < ref.decisionAds().size()
              ? ref.decisionAds().get(p.adIndex())
              : -1;
      if (decisionAd < 0) {
        continue; // slate: no beacons, not reported
      }
      placed.add(
          new DashTrackingIndex.Ad(
              p.availId(),
              p.id(),
              ref.decisionKey(),
              ref.vodBreak(),
              decisionAd,
              p.start().micros(),
              p.duration().orElse(MediaTime.ZERO).micros()));
    }
    boolean live = doc.dynamic();
    String ast = live ? doc.mpdAttribute("availabilityStartTime").orElse(null) : null;
    try {
      sessions.updateCounter(
          id,
          DashTrackingIndex.SLOT,
          DashTrackingIndex.class,
          cur -> DashTrackingIndex.see(cur.orElse(null), live, ast, placed));
    } catch (RuntimeException e) {
      LOG.warn("Session [{}]: DASH tracking index not updated: {}", id, e.toString());
    }
  }

  /**
   * Server-side reporting of one segment request of a DASH ad Period (reference §7.2): fires the
   * beacons the segment makes due (once per session, ad and event; none for the initialization
   * segment) when the session's mode fires beacons, and names the creative's segment (under {@code
   * AdSegmentUrlPrefix} when configured), with the request's query string.
   */
  public SessionAds.SegmentAnswer onSegment(
      Session session,
      PlaybackConfiguration config,
      DashSegmentRef ref,
      @Nullable String query,
      ClientInfo client) {
    Optional<DashTrackingIndex> index = index(session.id());
    DashTrackingIndex.Ad entry = index.map(i -> i.ad(ref.availId(), ref.adPeriodId())).orElse(null);
    if (entry == null) {
      return new SessionAds.NotFound(
          "no ad Period [" + ref.availId() + "/" + ref.adPeriodId() + "] in the session");
    }
    Optional<AdDecision> decision = decision(session.id(), entry);
    Optional<AdDecision.DecidedAd> ad = decision.map(d -> d.ads().get(entry.decisionAd()));
    DashCreativeCatalog.Loaded creative = ad.map(a -> creative(a.mediaUri())).orElse(null);
    if (ad.isEmpty() || creative == null) {
      return new SessionAds.NotFound("no decided ad or creative for [" + entry.adKey() + "]");
    }
    Optional<AdSegments.Match> match = creative.segments().match(ref.decodedPath());
    if (match.isEmpty() || match.get() instanceof AdSegments.OutOfRange) {
      return new SessionAds.NotFound(
          "no segment [" + ref.path() + "] in ad Period [" + ref.adPeriodId() + "]");
    }
    String location = new UriPolicy("", "", config).ad(creative.baseUrl() + ref.path());
    if (query != null && !query.isEmpty() && query.length() <= MAX_QUERY) {
      location = location + (location.contains("?") ? "&" : "?") + query;
    }
    List<String> fired =
        match.get() instanceof AdSegments.Media m
                && beacons != null
                && session.reportingMode().serverFiresBeacons()
            ? fire(session, index.get(), entry, decision.get(), m, client)
            : List.of();
    return new SessionAds.Redirect(location, fired);
  }

  /** Fires the beacons segment {@code m} makes due (reference §7.2); the events fired. */
  private List<String> fire(
      Session session,
      DashTrackingIndex index,
      DashTrackingIndex.Ad entry,
      AdDecision decision,
      AdSegments.Media m,
      ClientInfo client) {
    List<MediaTime> played = played(m.rendition().durations(), entry.durationMicros());
    if (beacons == null || m.k() >= played.size()) {
      return List.of(); // past the end of an ad cut short: the player should not ask for it
    }
    AdDecision.DecidedAd ad = decision.ads().get(entry.decisionAd());
    TrackedAd tracked =
        decision
            .breakTracking()
            .onAd(
                ad.tracking()
                    .toTrackedAd(entry.adKey(), played, position(session.id(), index, entry)),
                entry.decisionAd(),
                decision.ads().size());
    List<String> fired = new ArrayList<>();
    beacons
        .onSegmentRequested(session.id(), tracked, m.k(), client, null)
        .forEach(d -> fired.add(d.beacon().event()));
    return fired;
  }

  /**
   * The session's DASH tracking timeline (reference §7.3): one avail per break with recorded ad
   * Periods, ids are Period ids, times are Period starts (relative to {@code
   * MPD@availabilityStartTime} live, to the session start VOD); empty if the session never had a
   * stitched MPD.
   */
  public Optional<TrackingTimeline> timeline(Session session) {
    Optional<DashTrackingIndex> index = index(session.id());
    if (index.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<DashTrackingIndex.Ad>> breaks = new LinkedHashMap<>();
    for (DashTrackingIndex.Ad a : index.get().ads()) {
      breaks.computeIfAbsent(a.breakKey(), k -> new ArrayList<>()).add(a);
    }
    List<TrackingTimeline.Avail> avails = new ArrayList<>();
    for (List<DashTrackingIndex.Ad> ads : breaks.values()) {
      avail(session.id(), index.get(), ads).ifPresent(avails::add);
    }
    DashTrackingIndex i = index.get();
    return Optional.of(
        new TrackingTimeline(
            i.live() ? TrackingTimeline.TimeBase.DASH_LIVE : TrackingTimeline.TimeBase.DASH_VOD,
            i.live() ? instant(i.availabilityStartTime()) : null,
            null,
            avails));
  }

  private Optional<TrackingTimeline.Avail> avail(
      SessionId id, DashTrackingIndex index, List<DashTrackingIndex.Ad> entries) {
    List<TrackingTimeline.PlacedAd> ads = new ArrayList<>();
    List<CreativeJson.NonLinearAds> overlays = new ArrayList<>();
    List<Beacon> breakBeacons = List.of();
    DashTrackingIndex.Ad first = entries.get(0);
    MediaTime total = MediaTime.ZERO;
    for (DashTrackingIndex.Ad e : entries) {
      Optional<AdDecision> decision = decision(id, e);
      if (decision.isEmpty()) {
        continue;
      }
      breakBeacons = decision.get().breakTracking().beacons();
      Optional<AdDecision.DecidedAd> ad = Optional.of(decision.get().ads().get(e.decisionAd()));
      List<MediaTime> segments =
          creatives
              .peek(ad.get().mediaUri())
              .map(c -> c.segments().firstDurations())
              .filter(d -> !d.isEmpty())
              .orElse(List.of(MediaTime.ofMicros(e.durationMicros())));
      List<MediaTime> played = played(segments, e.durationMicros());
      if (played.isEmpty()) {
        continue;
      }
      TrackedAd tracked =
          ad.get().tracking().toTrackedAd(e.adKey(), played, position(id, index, e));
      ads.add(
          new TrackingTimeline.PlacedAd(
              tracked,
              MediaTime.ofMicros(e.startMicros()),
              null,
              new TrackingTimeline.Position.DashPeriod(e.periodId()),
              ad.get().tracking().metadata()));
      total = total.plus(tracked.duration());
      if (!ad.get().tracking().nonLinearAds().isEmpty()) { // reference §7.3 "Overlay placement"
        overlays.add(
            CreativeJson.NonLinearAds.of(
                ad.get().tracking().nonLinearAds(),
                ad.get().tracking().nonLinearBeacons(),
                MediaTime.ofMicros(first.startMicros()),
                first.availId()));
      }
    }
    if (ads.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new TrackingTimeline.Avail(
            first.availId(),
            MediaTime.ofMicros(first.startMicros()),
            total,
            null,
            null,
            ads,
            breakBeacons,
            overlays,
            false));
  }

  /**
   * The segments of an ad that play within its Period: those starting before {@code micros}, the
   * last one cut to it (an ad cut short by the avail end; all of them when {@code micros} is 0).
   */
  static List<MediaTime> played(List<MediaTime> segments, long micros) {
    if (micros <= 0) {
      return segments;
    }
    List<MediaTime> out = new ArrayList<>();
    MediaTime left = MediaTime.ofMicros(micros);
    for (MediaTime d : segments) {
      if (!left.isAfter(MediaTime.ZERO)) {
        break;
      }
      out.add(MediaTime.min(d, left));
      left = left.minus(d);
    }
    return out;
  }

  private Optional<DashTrackingIndex> index(SessionId id) {
    return sessions.counter(id, DashTrackingIndex.SLOT, DashTrackingIndex.class);
  }

  /** The decision of the ad Period's break, if it holds the ad. */
  private Optional<AdDecision> decision(SessionId id, DashTrackingIndex.Ad e) {
    Optional<AdDecision> d;
    if (e.vodBreak() >= 0) {
      d =
          sessions
              .decision(id, e.decisionKey(), AdDecision.VodBreaks.class)
              .filter(v -> e.vodBreak() < v.breaks().size())
              .map(v -> v.breaks().get(e.vodBreak()).decision());
    } else {
      d = sessions.decision(id, e.decisionKey(), AdDecision.class);
    }
    return d.filter(x -> e.decisionAd() < x.ads().size());
  }

  /** {@code [BREAKPOSITION]}: a VOD break at time zero is a pre-roll, a VMAP end a post-roll. */
  private BreakPosition position(SessionId id, DashTrackingIndex index, DashTrackingIndex.Ad e) {
    if (index.live()) {
      return BreakPosition.MIDROLL;
    }
    if (e.vodBreak() >= 0
        && sessions
            .decision(id, e.decisionKey(), AdDecision.VodBreaks.class)
            .filter(
                v -> e.vodBreak() < v.breaks().size() && v.breaks().get(e.vodBreak()).postRoll())
            .isPresent()) {
      return BreakPosition.POSTROLL;
    }
    return e.startMicros() == 0 ? BreakPosition.PREROLL : BreakPosition.MIDROLL;
  }

  private DashCreativeCatalog.@Nullable Loaded creative(String uri) {
    Optional<DashCreativeCatalog.Loaded> c = creatives.peek(uri);
    if (c.isPresent()) {
      return c.get();
    }
    try { // evicted from the bounded catalog, or another node: load it again (same segments)
      return creatives.load(uri).get(CREATIVE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException | TimeoutException e) {
      return null;
    }
  }

  /** xs:dateTime (ISO/IEC 23009-1 §5.3.1.2); without a zone it is taken as UTC. */
  static @Nullable Instant instant(@Nullable String dateTime) {
    if (dateTime == null) {
      return null;
    }
    String s = dateTime.strip();
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
