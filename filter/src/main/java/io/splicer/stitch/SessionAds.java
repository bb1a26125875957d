package io.splicer.stitch;

import io.splicer.config.PlaybackConfiguration;
import io.splicer.core.MediaTime;
import io.splicer.core.SessionId;
import io.splicer.hls.SpliceSegment;
import io.splicer.session.ClientInfo;
import io.splicer.session.Session;
import io.splicer.session.SessionManager;
import io.splicer.tracking.BeaconService;
import io.splicer.tracking.BreakPosition;
import io.splicer.tracking.TrackedAd;
import io.splicer.tracking.json.CreativeJson;
import io.splicer.tracking.json.TrackingTimeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The reporting side of a session's stored decisions, for the web layer: answers a server-side
 * reporting request of an ad segment ({@link SegmentRef}: fire the beacons due, then redirect to
 * the real segment) and builds the session's {@link TrackingTimeline} for the client-side tracking
 * JSON. Everything is derived from the per-break {@link AdDecision}s, the session's {@link
 * VariantMap} and {@link TrackingIndex}: no per-segment state. Thread-safe.
 */
public final class SessionAds {

  /** Break-reference prefix of the insertion points of VOD content without markers. */
  static final String VOD_REF = "vod";

  private static final long CREATIVE_WAIT_MILLIS = 2000;

  private final SessionManager sessions;
  private final CreativeCatalog creatives;
  private final @Nullable BeaconService beacons;
  private final @Nullable DashReporting dash;

  SessionAds(SessionManager sessions, CreativeCatalog creatives, @Nullable BeaconService beacons) {
    this(sessions, creatives, beacons, null);
  }

  private SessionAds(
      SessionManager sessions,
      CreativeCatalog creatives,
      @Nullable BeaconService beacons,
      @Nullable DashReporting dash) {
    this.sessions = sessions;
    this.creatives = creatives;
    this.beacons = beacons;
    this.dash = dash;
  }

  /** This facade answering for DASH sessions too (their segment route and time bases). */
  public SessionAds withDash(DashReporting dashReporting) {
    return new SessionAds(sessions, creatives, beacons, dashReporting);
  }

  /**
   * Server-side reporting of one DASH ad-segment request ({@code /v1/dashsegment}, reference §7.2):
   * see {@link DashReporting#onSegment}; {@link NotFound} without DASH support.
   *
   * @param query the request's raw query string (kept on the redirect), or null
   */
  public SegmentAnswer onDashSegment(
      Session session,
      PlaybackConfiguration config,
      DashSegmentRef ref,
      @Nullable String query,
      ClientInfo client) {
    return dash == null
        ? new NotFound("DASH reporting is not wired")
        : dash.onSegment(session, config, ref, query, client);
  }

  /** What to answer to an ad-segment request. */
  public sealed interface SegmentAnswer {}

  /**
   * Redirect to {@code location}.
   *
   * @param fired the events fired by this request
   */
  public record Redirect(String location, List<String> fired) implements SegmentAnswer {}

  /** The reference names no ad segment of the session (HTTP 404); {@code reason} says why. */
  public record NotFound(String reason) implements SegmentAnswer {}

  /**
   * Server-side reporting of one ad-segment request (reference §7.2): fires the beacons the segment
   * makes due (once per session, ad and event) when the session's mode fires beacons, and names the
   * real segment (under {@code AdSegmentUrlPrefix} when configured).
   */
  public SegmentAnswer onSegment(
      Session session, PlaybackConfiguration config, SegmentRef ref, ClientInfo client) {
    Optional<AdDecision> decision = decision(session.id(), ref.breakRef());
    if (decision.isEmpty() || ref.ad() >= decision.get().ads().size()) {
      return new NotFound("no ad [" + ref.adKey() + "] in the session's decisions");
    }
    AdDecision.DecidedAd ad = decision.get().ads().get(ref.ad());
    Optional<VariantMap> variants =
        sessions.decision(session.id(), VariantMap.KEY, VariantMap.class);
    Optional<VariantMap.Rendition> playlist = variants.flatMap(m -> m.get(ref.n()));
    Creative creative = creative(ad.mediaUri());
    if ((variants.isPresent() && playlist.isEmpty()) || creative == null) {
      return new NotFound("no playlist [" + ref.n() + "] or creative [" + ad.mediaUri() + "]");
    }
    // an entry URL naming a media playlist has no variant map: it is variant 0 (as HlsStitcher)
    Creative.Rendition r =
        AdAssembler.renditionFor(
            creative,
            playlist.orElse(new VariantMap.Rendition("", VariantMap.Kind.VARIANT, "", 0, 0, 0)));
    if (ref.k() >= r.segments().size()) {
      return new NotFound("no segment [" + ref.k() + "] in ad [" + ref.adKey() + "]");
    }
    String location = new UriPolicy("", "", config).ad(r.segments().get(ref.k()).uri());
    List<String> fired = new ArrayList<>();
    if (beacons != null && session.reportingMode().serverFiresBeacons()) {
      TrackedAd tracked =
          decision
              .get()
              .breakTracking()
              .onAd(
                  ad.tracking()
                      .toTrackedAd(
                          ref.adKey(), durations(r.segments()), position(session, ref.breakRef())),
                  ref.ad(),
                  decision.get().ads().size());
      beacons
          .onSegmentRequested(session.id(), tracked, ref.k(), client, null)
          .forEach(d -> fired.add(d.beacon().event()));
    }
    return new Redirect(location, fired);
  }

  /**
   * The session's tracking timeline (reference §7.3). DASH sessions: see {@link
   * DashReporting#timeline}. HLS: one avail per indexed break with a personalised decision, its ads
   * placed back to back from the avail's start; ids are media sequence numbers. Empty before the
   * first personalised media playlist. VMAP non-linear breaks of a VOD decision are added as {@code
   * nonLinearAvails} ({@link NonLinearAvails}).
   */
  public TrackingTimeline timeline(Session session) {
    // a session plays one protocol: DASH once the DASH stitcher served it an MPD (reference §7.3)
    Optional<TrackingTimeline> dashTimeline =
        dash == null ? Optional.empty() : dash.timeline(session);
    return NonLinearAvails.append(
        dashTimeline.isPresent() ? dashTimeline.get() : hlsTimeline(session),
        sessions,
        session.id());
  }

  private TrackingTimeline hlsTimeline(Session session) {
    SessionId id = session.id();
    Optional<TrackingIndex> index = sessions.counter(id, TrackingIndex.SLOT, TrackingIndex.class);
    List<TrackingTimeline.Avail> avails = new ArrayList<>();
    for (TrackingIndex.Avail a : index.map(TrackingIndex::avails).orElse(List.of())) {
      Optional<AdDecision> d = decision(id, a.breakRef());
      if (d.isPresent() && !d.get().ads().isEmpty()) {
        avails.add(avail(a, d.get(), position(a)));
      }
    }
    return new TrackingTimeline(
        TrackingTimeline.TimeBase.HLS,
        null,
        index.map(TrackingIndex::anchorSequence).orElse(null),
        avails);
  }

  private TrackingTimeline.Avail avail(
      TrackingIndex.Avail a, AdDecision d, @Nullable BreakPosition position) {
    List<TrackingTimeline.PlacedAd> ads = new ArrayList<>();
    List<CreativeJson.NonLinearAds> overlays = new ArrayList<>();
    MediaTime start = MediaTime.ofMicros(a.startMicros());
    long sequence = a.firstAdSequence();
    MediaTime total = MediaTime.ZERO;
    for (int i = 0; i < d.ads().size(); i++) {
      AdDecision.DecidedAd ad = d.ads().get(i);
      Creative c = creatives.peek(ad.mediaUri()).orElse(null);
      List<MediaTime> segs =
          c == null || c.variants().isEmpty()
              ? List.of(MediaTime.ofMicros(ad.durationMicros()))
              : durations(c.variants().get(0).segments());
      TrackedAd tracked = ad.tracking().toTrackedAd(a.breakRef() + "/" + i, segs, position);
      ads.add(
          new TrackingTimeline.PlacedAd(
              tracked,
              start.plus(total),
              null,
              new TrackingTimeline.Position.HlsSequence(sequence),
              ad.tracking().metadata()));
      total = total.plus(tracked.duration());
      sequence += segs.size();
      if (!ad.tracking().nonLinearAds().isEmpty()) { // reference §7.3 "Overlay placement"
        overlays.add(
            CreativeJson.NonLinearAds.of(
                ad.tracking().nonLinearAds(),
                ad.tracking().nonLinearBeacons(),
                start,
                Long.toString(a.firstAdSequence())));
      }
    }
    return new TrackingTimeline.Avail(
        Long.toString(a.firstAdSequence()),
        start,
        total,
        null,
        null,
        ads,
        d.breakTracking().beacons(),
        overlays,
        false);
  }

  /** The decision of a break reference ({@code vod<i>}: the i-th VOD insertion point). */
  Optional<AdDecision> decision(SessionId id, String breakRef) {
    if (breakRef.startsWith(VOD_REF)) {
      int i = Integer.parseInt(breakRef.substring(VOD_REF.length()));
      return sessions
          .decision(id, "vod", AdDecision.VodBreaks.class)
          .map(VodMarkers::decisions)
          .filter(list -> i < list.size())
          .map(list -> list.get(i));
    }
    return sessions.decision(id, breakRef, AdDecision.class);
  }

  private @Nullable BreakPosition position(Session session, String breakRef) {
    TrackingIndex.Avail a =
        sessions
            .counter(session.id(), TrackingIndex.SLOT, TrackingIndex.class)
            .map(i -> i.avail(breakRef))
            .orElse(null);
    return a == null ? (breakRef.endsWith("p") ? BreakPosition.POSTROLL : null) : position(a);
  }

  private static BreakPosition position(TrackingIndex.Avail a) {
    if (a.postRoll()) {
      return BreakPosition.POSTROLL;
    }
    return a.startMicros() == 0 ? BreakPosition.PREROLL : BreakPosition.MIDROLL;
  }

  private @Nullable Creative creative(String uri) {
    Optional<Creative> c = creatives.peek(uri);
    if (c.isPresent()) {
      return c.get();
    }
    try { // evicted from the bounded catalog: load it again (same URL, same segments)
      return creatives.load(uri).get(CREATIVE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      return null;
    }
  }

  private static List<MediaTime> durations(List<SpliceSegment> segments) {
    List<MediaTime> out = new ArrayList<>(segments.size());
    for (SpliceSegment s : segments) {
      out.add(s.duration());
    }
    return out;
  }
}
