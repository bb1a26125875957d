package io.splicer.ads;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision for one ad break: what plays, in order, from the start of the break; which ads of
 * the response were skipped and why; and the ADS failure, if any. The stitcher turns it into a
 * playlist. Immutable; made once when the break is first seen (MediaTailor's {@code FILLED_AVAIL}
 * plan), then only {@linkplain #cutAt cut} by an early cue-in.
 *
 * @param availDuration the origin's break duration; empty for an open-ended live break or a VOD
 *     insertion
 * @param items what plays, in order
 * @param skipped the response's ads that do not play, in response order
 * @param adsFailure why the ADS gave nothing usable, if it did not
 * @param abandoned true when the personalization threshold was exceeded: the whole break is
 *     content, no ads, slate or bumpers (reference §5 "Personalization threshold")
 * @param cueIn the offset of an early cue-in applied with {@link #cutAt}
 * @param <A> the caller's ad type
 */
public record BreakPlan<A>(
    Optional<MediaTime> availDuration,
    List<PlanItem<A>> items,
    List<SkippedAd<A>> skipped,
    Optional<AdsFailure> adsFailure,
    boolean abandoned,
    Optional<MediaTime> cueIn) {

  public BreakPlan {
    Objects.requireNonNull(availDuration, "availDuration");
    items = List.copyOf(items);
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(adsFailure, "adsFailure");
    Objects.requireNonNull(cueIn, "cueIn");
  }

  /** The ad items, in play order. */
  public List<PlanItem.Ad<A>> ads() {
    List<PlanItem.Ad<A>> ads = new ArrayList<>();
    for (PlanItem<A> item : items) {
      if (item instanceof PlanItem.Ad<A> ad) {
        ads.add(ad);
      }
    }
    return List.copyOf(ads);
  }

  /** Whether anything personalised (ad, slate or bumper) plays. */
  public boolean isPersonalized() {
    return items.stream().anyMatch(i -> !(i instanceof PlanItem.Content<A>));
  }

  /** Total time of ads (MediaTailor's {@code filledDuration}). */
  public MediaTime adDuration() {
    return sum(PlanItem.Ad.class);
  }

  public MediaTime slateDuration() {
    return sum(PlanItem.Slate.class);
  }

  public MediaTime bumperDuration() {
    return sum(PlanItem.Bumper.class);
  }

  public MediaTime contentDuration() {
    return sum(PlanItem.Content.class);
  }

  /** The sum of all items. */
  public MediaTime totalDuration() {
    MediaTime total = MediaTime.ZERO;
    for (PlanItem<A> item : items) {
      total = total.plus(item.duration());
    }
    return total;
  }

  /**
   * Applies an early cue-in at {@code offset} from the break start: the item playing at that moment
   * is cut short (an ad too: "this can mean shortening an ad that is currently playing"), later
   * items are dropped and their ads are skipped with {@link SkipReason#EARLY_CUE_IN} (reference §5
   * "Early cue-in"). An offset at or after the end changes nothing but {@link #cueIn}.
   */
  public BreakPlan<A> cutAt(MediaTime offset) {
    if (offset.isNegative()) {
      throw new IllegalArgumentException("negative cue-in offset: [" + offset + "]");
    }
    List<PlanItem<A>> kept = new ArrayList<>();
    List<SkippedAd<A>> newlySkipped = new ArrayList<>();
    MediaTime start = MediaTime.ZERO;
    for (PlanItem<A> item : items) {
      MediaTime end = start.plus(item.duration());
      if (!end.isAfter(offset)) {
        kept.add(item);
      } else if (start.isBefore(offset)) {
        kept.add(item.truncatedTo(offset.minus(start)));
      } else if (item instanceof PlanItem.Ad<A> ad) {
        newlySkipped.add(new SkippedAd<>(ad.candidate(), SkipReason.EARLY_CUE_IN));
      }
      start = end;
    }
    List<SkippedAd<A>> allSkipped = new ArrayList<>(skipped);
    allSkipped.addAll(newlySkipped);
    return new BreakPlan<>(
        availDuration, kept, allSkipped, adsFailure, abandoned, Optional.of(offset));
  }

  private MediaTime sum(Class<?> type) {
    MediaTime total = MediaTime.ZERO;
    for (PlanItem<A> item : items) {
      if (type.isInstance(item)) {
        total = total.plus(item.duration());
      }
    }
    return total;
  }
}
