package io.splicer.tracking;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * When each server-fired event of an ad is due, keyed to ad-segment delivery (reference §7.2; the
 * beacon glossary's example: a 20 s ad of 2 s segments fires firstQuartile on the 3rd segment,
 * midpoint on the 5th, thirdQuartile on the 8th, complete on the 10th):
 *
 * <ul>
 *   <li>{@code impression}, {@code start} and VMAP {@code breakStart}: the first segment;
 *   <li>a quartile, or a {@code progress} offset, at ad time {@code t}: the first segment whose end
 *       is at or after {@code t} (so a point on a boundary belongs to the segment it ends, as the
 *       glossary's midpoint does; {@code t = 0} is the first segment);
 *   <li>{@code complete} and VMAP {@code breakEnd}: the last segment.
 * </ul>
 *
 * Progress offsets beyond the ad's played duration never fire; unparseable ones are listed in
 * {@link #problems()} (ad failures are data, design rule 7). The ad's duration is the sum of its
 * segment durations, i.e. what the viewer actually plays. Immutable and thread-safe.
 */
public final class FiringSchedule {

  private static final Comparator<ScheduledBeacon> ORDER =
      Comparator.comparingInt(ScheduledBeacon::segmentIndex)
          .thenComparing(ScheduledBeacon::adOffset)
          .thenComparingInt(b -> BeaconEvents.rank(b.event()));

  private final List<ScheduledBeacon> beacons;
  private final List<List<ScheduledBeacon>> bySegment;
  private final List<String> problems;

  private FiringSchedule(List<ScheduledBeacon> beacons, int segments, List<String> problems) {
    this.beacons = List.copyOf(beacons);
    List<List<ScheduledBeacon>> lists = new ArrayList<>(segments);
    for (int i = 0; i < segments; i++) {
      lists.add(new ArrayList<>());
    }
    for (ScheduledBeacon b : this.beacons) {
      lists.get(b.segmentIndex()).add(b);
    }
    this.bySegment = lists.stream().map(List::copyOf).toList();
    this.problems = List.copyOf(problems);
  }

  /** Computes the schedule of an ad. An ad without segments has an empty schedule. */
  public static FiringSchedule of(TrackedAd ad) {
    List<MediaTime> segments = ad.segmentDurations();
    List<String> problems = new ArrayList<>();
    if (segments.isEmpty()) {
      return new FiringSchedule(List.of(), 0, problems);
    }
    MediaTime total = ad.duration();
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Beacon b : ad.beacons()) {
      if (!BeaconEvents.isServerFired(b.event())) {
        continue;
      }
      MediaTime found = eventTime(b, total, problems);
      if (found == null || found.isAfter(total)) {
        continue;
      }
      MediaTime at = found;
      String key = b.event().equals(BeaconEvents.PROGRESS) ? "progress@" + at.micros() : b.event();
      groups.computeIfAbsent(key, k -> new Group(b.event(), at)).urls.add(b.url());
    }
    List<ScheduledBeacon> scheduled = new ArrayList<>();
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      Group g = e.getValue();
      int k = segmentFor(g.event, g.at, segments);
      scheduled.add(new ScheduledBeacon(e.getKey(), g.event, g.urls, k, g.at));
    }
    scheduled.sort(ORDER);
    return new FiringSchedule(scheduled, segments.size(), problems);
  }

  /** The events due when segment {@code k} (0-based) is requested; empty when out of range. */
  public List<ScheduledBeacon> dueOn(int k) {
    return k < 0 || k >= bySegment.size() ? List.of() : bySegment.get(k);
  }

  /** Every scheduled event, in firing order. */
  public List<ScheduledBeacon> all() {
    return beacons;
  }

  /** Beacons skipped because their offset could not be read, with the value in {@code [...]}. */
  public List<String> problems() {
    return problems;
  }

  /**
   * The time of a beacon's event from the ad's start: quartiles at 25/50/75 %, {@code complete} and
   * {@code breakEnd} at the end, {@code progress} at its offset, every other event at the start.
   *
   * @return the offset, or {@code null} for a {@code progress} beacon without a readable offset
   */
  public static @Nullable MediaTime offsetOf(Beacon b, MediaTime adDuration) {
    return eventTime(b, adDuration, new ArrayList<>());
  }

  /** The event's time from the ad's start (VAST 4.3 §3.14.1 quartile definitions). */
  static @Nullable MediaTime eventTime(Beacon b, MediaTime total, List<String> problems) {
    return switch (b.event()) {
      case BeaconEvents.FIRST_QUARTILE -> fraction(total, 1);
      case BeaconEvents.MIDPOINT -> fraction(total, 2);
      case BeaconEvents.THIRD_QUARTILE -> fraction(total, 3);
      case BeaconEvents.COMPLETE, BeaconEvents.BREAK_END -> total;
      case BeaconEvents.PROGRESS -> progressTime(b, total, problems);
      default -> MediaTime.ZERO;
    };
  }

  private static @Nullable MediaTime progressTime(
      Beacon b, MediaTime total, List<String> problems) {
    String offset = b.offset();
    if (offset == null) {
      problems.add("progress event without offset [" + b.url() + "]");
      return null;
    }
    try {
      return ProgressOffset.parse(offset).resolve(total);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return null;
    }
  }

  private static MediaTime fraction(MediaTime total, int quarters) {
    return MediaTime.ofMicros(Math.multiplyExact(total.micros(), quarters) / 4);
  }

  /** Segment rules of the class comment. */
  static int segmentFor(String event, MediaTime at, List<MediaTime> segments) {
    int last = segments.size() - 1;
    switch (event) {
      case BeaconEvents.IMPRESSION, BeaconEvents.START, BeaconEvents.BREAK_START:
        return 0;
      case BeaconEvents.COMPLETE, BeaconEvents.BREAK_END:
        return last;
      default:
        break;
    }
    MediaTime end = MediaTime.ZERO;
    for (int k = 0; k <= last; k++) {
      end = end.plus(segments.get(k));
      if (!end.isBefore(at)) {
        return k;
      }
    }
    return last;
  }

  /** Accumulates the URLs of one event key. */
  private static final class Group {
    final String event;
    final MediaTime at;
    final List<String> urls = new ArrayList<>();

    Group(String event, MediaTime at) {
      this.event = event;
      this.at = at;
    }
  }

  @Override
  public String toString() {
    return "FiringSchedule" + beacons;
  }
}
