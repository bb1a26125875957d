package io.splicer.stitch;

import io.splicer.tracking.Beacon;
import io.splicer.tracking.BeaconEvents;
import io.splicer.tracking.TrackedAd;
import io.splicer.vast.TrackingEvent;
import io.splicer.vast.VmapAdBreak;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The break-level tracking of a VMAP {@code AdBreak} (VMAP 1.0 §2.4 {@code <vmap:TrackingEvents>}),
 * stored with the break's {@link AdDecision}: {@code breakStart} and {@code breakEnd} beacons
 * (fired server-side with the first ad's impression and the last ad's complete; in the tracking
 * JSON's {@code adBreakTrackingEvents}) and the {@code error} URL templates ({@code [ERRORCODE]}).
 * At most {@value #MAX_URLS} URLs of each kind, each at most {@value #MAX_URL_CHARS} characters.
 *
 * @param beacons {@code breakStart}/{@code breakEnd} beacons, in document order
 * @param errorUrls the {@code error} tracking URL templates
 */
public record BreakTracking(List<Beacon> beacons, List<String> errorUrls) implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int MAX_URLS = 8;
  static final int MAX_URL_CHARS = 2048;

  /** No break tracking (VAST responses, marked breaks). */
  public static final BreakTracking NONE = new BreakTracking(List.of(), List.of());

  public BreakTracking {
    beacons = beacons == null ? List.of() : List.copyOf(beacons);
    errorUrls = errorUrls == null ? List.of() : List.copyOf(errorUrls);
  }

  /** The tracking of a VMAP break ({@code null}: none). */
  public static BreakTracking of(@Nullable VmapAdBreak adBreak) {
    if (adBreak == null || adBreak.trackingEvents().isEmpty()) {
      return NONE;
    }
    List<Beacon> beacons = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (TrackingEvent t : adBreak.trackingEvents()) {
      String url = t.uri() == null ? "" : t.uri().strip();
      if (url.isEmpty() || url.length() > MAX_URL_CHARS) {
        continue;
      }
      switch (t.event()) {
        case BeaconEvents.BREAK_START, BeaconEvents.BREAK_END -> {
          if (beacons.size() < 2 * MAX_URLS) {
            beacons.add(Beacon.of(t.event(), url));
          }
        }
        case BeaconEvents.ERROR -> {
          if (errors.size() < MAX_URLS) {
            errors.add(url);
          }
        }
        default -> {
          // VMAP 1.0 §2.4 defines only breakStart, breakEnd and error
        }
      }
    }
    return new BreakTracking(beacons, errors);
  }

  public boolean isEmpty() {
    return beacons.isEmpty() && errorUrls.isEmpty();
  }

  /** This break's tracking and then {@code other}'s (breaks merged at one insertion point). */
  public BreakTracking plus(BreakTracking other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    List<Beacon> b = new ArrayList<>(beacons);
    b.addAll(other.beacons);
    List<String> e = new ArrayList<>(errorUrls);
    e.addAll(other.errorUrls);
    return new BreakTracking(b, e);
  }

  /**
   * The ad at {@code index} of a break of {@code count} ads with the break's beacons it carries
   * (reference §7.1 hybrid, VMAP 1.0 §2.4): {@code breakStart} on the first ad (fired with its
   * impression, on its first segment), {@code breakEnd} on the last (fired with its complete, on
   * its last segment); {@link io.splicer.tracking.FiringSchedule} schedules both and the session's
   * de-duplication fires each once.
   */
  public TrackedAd onAd(TrackedAd ad, int index, int count) {
    List<Beacon> extra = new ArrayList<>();
    if (index == 0) {
      extra.addAll(beacons(BeaconEvents.BREAK_START));
    }
    if (index == count - 1) {
      extra.addAll(beacons(BeaconEvents.BREAK_END));
    }
    if (extra.isEmpty()) {
      return ad;
    }
    List<Beacon> all = new ArrayList<>(ad.beacons());
    all.addAll(extra);
    return new TrackedAd(ad.adKey(), ad.segmentDurations(), all, ad.errorUrls(), ad.context());
  }

  /** The beacons of one event ({@code breakStart} or {@code breakEnd}). */
  public List<Beacon> beacons(String event) {
    return beacons.stream().filter(b -> b.event().equals(event)).toList();
  }
}
