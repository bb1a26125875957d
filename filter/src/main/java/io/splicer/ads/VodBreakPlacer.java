package io.splicer.ads;

import io.splicer.core.MediaTime;
import io.splicer.vast.Linearity;
import io.splicer.vast.ResolvedAd;
import io.splicer.vast.TimeOffset;
import io.splicer.vast.VmapAdBreak;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * VOD without markers and a VMAP response (reference §5 "VOD without markers"): each linear {@code
 * AdBreak} becomes an insertion break at its {@code timeOffset}, rounded down to the nearest
 * segment boundary ("rounds down to the nearest insertion point"); {@code start} is the pre-roll,
 * {@code end} (or an offset at or past the end) the post-roll. All ads of a break are used.
 * Position offsets ({@code #n}) name ad opportunities, which content without markers does not have:
 * such breaks are not placed.
 *
 * <p>A break of {@code breakType="nonlinear"} only (VMAP 1.0 §2.3) inserts nothing: its overlays
 * are rendered by the player, at the break's exact time offset ({@link #placeOverlays}).
 */
public final class VodBreakPlacer {

  private VodBreakPlacer() {}

  /**
   * A break placed in the content.
   *
   * @param offset where the ads go: before the segment starting here, or after the last segment
   *     when {@code offset} equals the content duration
   * @param postRoll true when the break follows the last segment
   * @param adBreak the VMAP break placed (its {@code TrackingEvents}, VMAP 1.0 §2.4), if any
   */
  public record PlacedBreak<A>(
      MediaTime offset, boolean postRoll, BreakPlan<A> plan, @Nullable VmapAdBreak adBreak) {
    public PlacedBreak {
      Objects.requireNonNull(offset, "offset");
      Objects.requireNonNull(plan, "plan");
    }

    /** A break placed without a VMAP source. */
    public PlacedBreak(MediaTime offset, boolean postRoll, BreakPlan<A> plan) {
      this(offset, postRoll, plan, null);
    }
  }

  /**
   * A VMAP {@code breakType="nonlinear"} break placed on the content timeline.
   *
   * @param offset the content time of the break (not rounded: nothing is spliced there)
   * @param adBreak the VMAP break (its {@code breakId} and {@code TrackingEvents})
   * @param ads its resolved ads, in pod order (overlay ads: see {@link Linearity#NON_LINEAR})
   */
  public record PlacedOverlay(MediaTime offset, VmapAdBreak adBreak, List<ResolvedAd> ads) {
    public PlacedOverlay {
      Objects.requireNonNull(offset, "offset");
      Objects.requireNonNull(adBreak, "adBreak");
      ads = List.copyOf(ads);
    }
  }

  /**
   * The linearity a VMAP break asks of its ads: {@link Linearity#NON_LINEAR} when its {@code
   * breakType} names {@code nonlinear} and not {@code linear} (VMAP 1.0 §2.3; {@code display} alone
   * is neither and stays linear, so its ads are not placed as overlays).
   */
  public static Linearity linearity(List<String> breakTypes) {
    return !isLinear(breakTypes) && has(breakTypes, "nonlinear")
        ? Linearity.NON_LINEAR
        : Linearity.LINEAR;
  }

  /**
   * The non-linear breaks of a VMAP result at their exact content time (a clock or percentage
   * offset, {@code start} = 0, {@code end} or past the end = the content duration; position offsets
   * are not placed), ordered by offset (document order for equal offsets).
   */
  public static List<PlacedOverlay> placeOverlays(
      List<AdsResult.VmapBreak> breaks, MediaTime contentDuration) {
    List<PlacedOverlay> placed = new ArrayList<>();
    for (AdsResult.VmapBreak b : breaks) {
      if (linearity(b.adBreak().breakTypes()) != Linearity.NON_LINEAR) {
        continue;
      }
      Optional<MediaTime> at = contentTime(b.adBreak().timeOffset(), contentDuration);
      at.ifPresent(t -> placed.add(new PlacedOverlay(t, b.adBreak(), b.resolution().ads())));
    }
    placed.sort(Comparator.comparing(PlacedOverlay::offset));
    return List.copyOf(placed);
  }

  /** The content time a VMAP time offset names, capped at the duration; empty for a position. */
  static Optional<MediaTime> contentTime(TimeOffset offset, MediaTime contentDuration) {
    MediaTime wanted;
    if (offset instanceof TimeOffset.Start) {
      wanted = MediaTime.ZERO;
    } else if (offset instanceof TimeOffset.End) {
      wanted = contentDuration;
    } else if (offset instanceof TimeOffset.Clock c) {
      wanted = c.time();
    } else if (offset instanceof TimeOffset.Percent p) {
      wanted = percentOf(contentDuration, p);
    } else {
      return Optional.empty();
    }
    return Optional.of(wanted.isAfter(contentDuration) ? contentDuration : wanted);
  }

  private static MediaTime percentOf(MediaTime duration, TimeOffset.Percent p) {
    return MediaTime.ofMicros(
        BigDecimal.valueOf(duration.micros())
            .multiply(p.percent())
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
            .longValueExact());
  }

  /**
   * The insertion point of a VMAP time offset in content with the given segment start times
   * (ascending, first 0) and total duration; empty for a position offset.
   */
  public static Optional<MediaTime> insertionPoint(
      TimeOffset offset, List<MediaTime> segmentStarts, MediaTime contentDuration) {
    Optional<MediaTime> at = contentTime(offset, contentDuration);
    if (at.isEmpty() || !at.get().isBefore(contentDuration)) {
      return at; // a position offset, or the end (a post-roll)
    }
    MediaTime wanted = at.get();
    MediaTime point = MediaTime.ZERO;
    for (MediaTime start : segmentStarts) {
      if (start.isAfter(wanted)) {
        break;
      }
      point = start;
    }
    return Optional.of(point);
  }

  /**
   * Places the linear breaks of a VMAP result, each planned with {@link
   * BreakPlanner#planInsertion}; ordered by offset (document order for equal offsets).
   */
  public static List<PlacedBreak<ResolvedAd>> place(
      List<AdsResult.VmapBreak> breaks,
      List<MediaTime> segmentStarts,
      MediaTime contentDuration,
      CreativeReadiness<ResolvedAd> readiness) {
    List<PlacedBreak<ResolvedAd>> placed = new ArrayList<>();
    for (AdsResult.VmapBreak b : breaks) {
      if (!isLinear(b.adBreak().breakTypes())) {
        continue;
      }
      Optional<MediaTime> at =
          insertionPoint(b.adBreak().timeOffset(), segmentStarts, contentDuration);
      if (at.isEmpty()) {
        continue;
      }
      BreakPlan<ResolvedAd> plan =
          BreakPlanner.planInsertion(
              AdsResponse.of(AdsResult.candidates(b.resolution())), readiness);
      placed.add(new PlacedBreak<>(at.get(), at.get().equals(contentDuration), plan, b.adBreak()));
    }
    placed.sort(Comparator.comparing(PlacedBreak::offset));
    return List.copyOf(placed);
  }

  private static boolean isLinear(List<String> breakTypes) {
    return breakTypes.isEmpty() || has(breakTypes, "linear");
  }

  private static boolean has(List<String> breakTypes, String type) {
    return breakTypes.stream().anyMatch(t -> t.trim().toLowerCase(Locale.ROOT).equals(type));
  }
}
