package io.splicer.tracking.json;

import io.splicer.core.MediaTime;
import io.splicer.tracking.Beacon;
import io.splicer.tracking.BeaconEvents;
import io.splicer.tracking.FiringSchedule;
import io.splicer.tracking.TrackedAd;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the tracking JSON from a {@link TrackingTimeline} (reference §7.3): event times are the
 * ad's start plus the event's offset (quartiles at 25/50/75 % of the played duration, {@code
 * complete} at the end, {@code progress} at its offset, all other events at the start); the
 * impression event carries the ad's duration, the others {@code PT0S}; several URLs of one event
 * share one entry. Stateless.
 */
public final class TrackingJsonBuilder {

  /** Events of an ad in MediaTailor's order when they fall at the same time. */
  private static final List<String> ORDER =
      List.of(
          BeaconEvents.IMPRESSION,
          BeaconEvents.START,
          BeaconEvents.FIRST_QUARTILE,
          BeaconEvents.MIDPOINT,
          BeaconEvents.THIRD_QUARTILE,
          BeaconEvents.PROGRESS,
          BeaconEvents.COMPLETE);

  private TrackingJsonBuilder() {}

  /** The avails with the events after a paging position, and the latest event time returned. */
  record Built(
      List<TrackingJson.Avail> avails,
      List<TrackingJson.Avail> nonLinearAvails,
      long latestEventMicros) {}

  /** The whole window, without a {@code nextToken}. */
  public static TrackingJson.Response build(TrackingTimeline timeline) {
    Built b = build(timeline, Long.MIN_VALUE);
    return response(timeline, b, null);
  }

  static TrackingJson.Response response(TrackingTimeline t, Built b, @Nullable String nextToken) {
    return new TrackingJson.Response(
        b.avails(),
        JsonTimes.dateTime(t.dashAvailabilityStartTime()),
        t.hlsAnchorMediaSequenceNumber() == null
            ? null
            : t.hlsAnchorMediaSequenceNumber().toString(),
        nextToken,
        b.nonLinearAvails());
  }

  /**
   * The avails, keeping only events later than {@code afterMicros} when paging ({@code
   * Long.MIN_VALUE}: everything). When paging, ads without remaining events and avails without
   * remaining ads or break events are left out (reference §7.3 "Paging").
   */
  static Built build(TrackingTimeline timeline, long afterMicros) {
    boolean paged = afterMicros != Long.MIN_VALUE;
    long[] latest = {Long.MIN_VALUE};
    List<TrackingJson.Avail> linear = new ArrayList<>();
    List<TrackingJson.Avail> nonLinear = new ArrayList<>();
    for (TrackingTimeline.Avail a : timeline.avails()) {
      List<TrackingJson.Ad> ads = new ArrayList<>();
      for (TrackingTimeline.PlacedAd p : a.ads()) {
        List<TrackingJson.TrackingEvent> events = events(p, afterMicros, latest);
        if (!paged || !events.isEmpty()) {
          ads.add(ad(p, events));
        }
      }
      List<TrackingJson.BreakTrackingEvent> breakEvents = breakEvents(a, afterMicros, latest);
      boolean nonLinearNew = !a.nonLinearAdsList().isEmpty() && a.start().micros() > afterMicros;
      if (nonLinearNew) {
        latest[0] = Math.max(latest[0], a.start().micros());
      }
      if (paged && ads.isEmpty() && breakEvents.isEmpty() && !nonLinearNew) {
        continue;
      }
      TrackingJson.Avail avail = avail(a, ads, breakEvents);
      (a.nonLinearBreak() ? nonLinear : linear).add(avail);
    }
    return new Built(linear, nonLinear, latest[0]);
  }

  private static TrackingJson.Avail avail(
      TrackingTimeline.Avail a,
      List<TrackingJson.Ad> ads,
      List<TrackingJson.BreakTrackingEvent> breakEvents) {
    return new TrackingJson.Avail(
        breakEvents,
        a.adMarkerDuration() == null ? null : JsonTimes.iso(a.adMarkerDuration()),
        ads,
        a.availId(),
        JsonTimes.dateTime(a.programDateTime()),
        JsonTimes.iso(a.duration()),
        JsonTimes.seconds(a.duration()),
        null,
        a.nonLinearAdsList(),
        JsonTimes.iso(a.start()),
        JsonTimes.seconds(a.start()));
  }

  private static TrackingJson.Ad ad(
      TrackingTimeline.PlacedAd p, List<TrackingJson.TrackingEvent> events) {
    MediaTime duration = p.ad().duration();
    TrackingTimeline.Metadata m = p.metadata();
    return new TrackingJson.Ad(
        adId(p),
        m.adParameters(),
        JsonTimes.dateTime(p.programDateTime()),
        m.adSystem(),
        m.adTitle(),
        m.adVerifications(),
        m.companionAds(),
        m.creativeId(),
        m.creativeSequence(),
        JsonTimes.iso(duration),
        JsonTimes.seconds(duration),
        m.extensions(),
        m.icons(),
        m.mediaFiles(),
        m.skipOffset(),
        JsonTimes.iso(p.start()),
        JsonTimes.seconds(p.start()),
        events,
        m.vastAdId());
  }

  private static String adId(TrackingTimeline.PlacedAd p) {
    if (p.position() instanceof TrackingTimeline.Position.HlsSequence h) {
      return Long.toString(h.firstMediaSequence());
    }
    return ((TrackingTimeline.Position.DashPeriod) p.position()).periodId();
  }

  /** One entry per (event, time), in time order. */
  private static List<TrackingJson.TrackingEvent> events(
      TrackingTimeline.PlacedAd p, long afterMicros, long[] latest) {
    TrackedAd ad = p.ad();
    MediaTime duration = ad.duration();
    Map<String, List<String>> urls = new LinkedHashMap<>();
    Map<String, Beacon> first = new LinkedHashMap<>();
    Map<String, MediaTime> offsets = new LinkedHashMap<>();
    for (Beacon b : ad.beacons()) {
      if (b.event().equals(BeaconEvents.BREAK_START) || b.event().equals(BeaconEvents.BREAK_END)) {
        continue; // break-level: adBreakTrackingEvents
      }
      MediaTime offset = FiringSchedule.offsetOf(b, duration);
      if (offset == null || offset.isAfter(duration)) {
        continue;
      }
      String key = b.event() + "@" + offset.micros();
      urls.computeIfAbsent(key, k -> new ArrayList<>()).add(b.url());
      first.putIfAbsent(key, b);
      offsets.putIfAbsent(key, offset);
    }
    List<String> keys = new ArrayList<>(urls.keySet());
    keys.sort(
        Comparator.comparing((String k) -> offsets.get(k))
            .thenComparingInt(k -> rank(first.get(k).event())));
    List<TrackingJson.TrackingEvent> out = new ArrayList<>();
    for (String k : keys) {
      MediaTime offset = offsets.get(k);
      MediaTime at = p.start().plus(offset);
      if (at.micros() <= afterMicros) {
        continue;
      }
      latest[0] = Math.max(latest[0], at.micros());
      String event = first.get(k).event();
      MediaTime eventDuration = event.equals(BeaconEvents.IMPRESSION) ? duration : MediaTime.ZERO;
      out.add(
          new TrackingJson.TrackingEvent(
              urls.get(k),
              JsonTimes.iso(eventDuration),
              JsonTimes.seconds(eventDuration),
              eventId(p, offset),
              JsonTimes.dateTime(JsonTimes.plus(p.programDateTime(), offset)),
              event,
              JsonTimes.iso(at),
              JsonTimes.seconds(at)));
    }
    return out;
  }

  private static int rank(String event) {
    int i = ORDER.indexOf(event);
    return i < 0 ? ORDER.size() : i;
  }

  /** Reference §7.3 "Ids"; see {@link TrackingTimeline.Position}. */
  static String eventId(TrackingTimeline.PlacedAd p, MediaTime offset) {
    if (p.position() instanceof TrackingTimeline.Position.HlsSequence h) {
      long index = 0;
      MediaTime end = MediaTime.ZERO;
      for (MediaTime d : p.ad().segmentDurations()) {
        end = end.plus(d);
        if (end.isAfter(offset)) {
          break;
        }
        index++;
      }
      return Long.toString(h.firstMediaSequence() + index);
    }
    return ((TrackingTimeline.Position.DashPeriod) p.position()).periodId();
  }

  private static List<TrackingJson.BreakTrackingEvent> breakEvents(
      TrackingTimeline.Avail a, long afterMicros, long[] latest) {
    Map<String, List<String>> byEvent = new LinkedHashMap<>();
    for (Beacon b : a.breakBeacons()) {
      long at =
          (b.event().equals(BeaconEvents.BREAK_END) ? a.start().plus(a.duration()) : a.start())
              .micros();
      if (at > afterMicros) {
        latest[0] = Math.max(latest[0], at);
        byEvent.computeIfAbsent(b.event(), k -> new ArrayList<>()).add(b.url());
      }
    }
    List<TrackingJson.BreakTrackingEvent> out = new ArrayList<>();
    byEvent.forEach((event, urls) -> out.add(new TrackingJson.BreakTrackingEvent(urls, event)));
    return out;
  }
}
