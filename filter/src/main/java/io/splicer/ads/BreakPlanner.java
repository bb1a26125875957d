package io.splicer.ads;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The break-filling rules (reference §5, §5.1, §5.2): pure functions from a break, the ADS response
 * and the settings to a {@link BreakPlan}. The only call out is the {@link CreativeReadiness} hook.
 *
 * <ul>
 *   <li>{@link #planReplacement}: live breaks, and VOD markers with a duration — ads in VAST order
 *       that fit, never truncated; slate or content for the rest; personalization threshold;
 *       bumpers.
 *   <li>{@link #planOpenEnded}: live breaks without a duration — every usable ad, until cue-in.
 *   <li>{@link #planLivePreroll}: the live pre-roll — ads that fit the optional maximum, then
 *       straight back to content (no slate, no bumpers).
 *   <li>{@link #planInsertion}: VOD {@code CUE-OUT:0}, the VAST pre-roll and VMAP breaks of VOD
 *       without markers — every usable ad is inserted.
 * </ul>
 */
public final class BreakPlanner {

  private BreakPlanner() {}

  /**
   * Ad replacement for a break of known duration (reference §5 "Live", "Live ad selection with
   * duration", "Underfill", "Personalization threshold", "Bumpers"; §5.2 cases 1–4).
   */
  public static <A> BreakPlan<A> planReplacement(
      MediaTime availDuration,
      AdsResponse<A> response,
      CreativeReadiness<A> readiness,
      FillSettings settings) {
    if (availDuration.isNegative()) {
      throw new IllegalArgumentException("negative avail duration: [" + availDuration + "]");
    }
    Optional<MediaTime> start = fitBumper(settings.startBumper(), availDuration);
    Optional<MediaTime> end =
        fitBumper(settings.endBumper(), availDuration.minus(start.orElse(MediaTime.ZERO)));
    MediaTime bumpers = start.orElse(MediaTime.ZERO).plus(end.orElse(MediaTime.ZERO));
    Selection<A> sel =
        Selection.select(
            response.candidates(), readiness, Optional.of(availDuration.minus(bumpers)));
    MediaTime ads = sel.adDuration();
    boolean anyAd = !ads.isZero();
    if (!anyAd && !settings.slateConfigured()) {
      // Nothing personalised to play: the origin's break stays (reference §5.2 case 2, no slate).
      return plan(Optional.of(availDuration), content(availDuration), sel.skipped(), response);
    }
    // Bumpers only play with ads or slate; with no ads the whole break counts as unfilled, so an
    // empty/failed response abandons the break whenever the threshold is below its duration
    // (§5.1 rows "Empty VAST", "ADS timeout", "Bumpers with empty VAST").
    MediaTime unfilled = anyAd ? availDuration.minus(bumpers).minus(ads) : availDuration;
    if (settings.slateConfigured()
        && settings.personalizationThreshold().filter(unfilled::isAfter).isPresent()) {
      return abandon(availDuration, sel, response);
    }
    MediaTime gap = availDuration.minus(bumpers).minus(ads);
    List<PlanItem<A>> items = new ArrayList<>();
    start.ifPresent(d -> items.add(new PlanItem.Bumper<>(PlanItem.BumperPosition.START, d)));
    items.addAll(sel.ads());
    if (settings.slateConfigured()) {
      if (gap.isAfter(MediaTime.ZERO)) {
        items.add(new PlanItem.Slate<>(gap));
      }
      end.ifPresent(d -> items.add(new PlanItem.Bumper<>(PlanItem.BumperPosition.END, d)));
    } else {
      // Our decision (reference gap): without slate the end bumper follows the last ad and the
      // content resumes after it, rather than content → bumper → content.
      end.ifPresent(d -> items.add(new PlanItem.Bumper<>(PlanItem.BumperPosition.END, d)));
      if (gap.isAfter(MediaTime.ZERO)) {
        items.add(new PlanItem.Content<>(gap));
      }
    }
    return plan(Optional.of(availDuration), items, sel.skipped(), response);
  }

  /**
   * A live break without a duration: "plays as many ads as it can until it encounters an ad marker
   * that indicates a return to the main content" (reference §5 "Live without duration"). Apply the
   * cue-in with {@link BreakPlan#cutAt}. No slate, threshold or bumpers: bumpers need a duration
   * (reference §5 "Bumpers").
   */
  public static <A> BreakPlan<A> planOpenEnded(
      AdsResponse<A> response, CreativeReadiness<A> readiness) {
    Selection<A> sel = Selection.select(response.candidates(), readiness, Optional.empty());
    return plan(Optional.empty(), sel.ads(), sel.skipped(), response);
  }

  /**
   * The live pre-roll: all ads if they fit {@code maxDuration}, else the subset that fits without
   * clipping, then immediately back to content; no slate, no bumpers; with no usable ads there is
   * no pre-roll at all (reference §5 "Live pre-roll", §5.1 row "Preroll", §5.2 case 9).
   */
  public static <A> BreakPlan<A> planLivePreroll(
      Optional<MediaTime> maxDuration, AdsResponse<A> response, CreativeReadiness<A> readiness) {
    Selection<A> sel = Selection.select(response.candidates(), readiness, maxDuration);
    return plan(Optional.empty(), sel.ads(), sel.skipped(), response);
  }

  /**
   * VOD ad insertion: every usable ad, no duration limit, no slate (reference §5 "VOD with markers"
   * {@code EXT-X-CUE-OUT:0}, "VOD without markers"; §5.2 cases 5–7).
   */
  public static <A> BreakPlan<A> planInsertion(
      AdsResponse<A> response, CreativeReadiness<A> readiness) {
    Selection<A> sel = Selection.select(response.candidates(), readiness, Optional.empty());
    return plan(Optional.empty(), sel.ads(), sel.skipped(), response);
  }

  private static <A> BreakPlan<A> abandon(
      MediaTime availDuration, Selection<A> sel, AdsResponse<A> response) {
    return plan(
        Optional.of(availDuration),
        content(availDuration),
        sel.skippedAll(SkipReason.LEFTOVER_AVAIL_EXCEEDED_THRESHOLD),
        response,
        true);
  }

  private static Optional<MediaTime> fitBumper(Optional<MediaTime> bumper, MediaTime room) {
    return bumper.filter(d -> !d.isAfter(room));
  }

  private static <A> List<PlanItem<A>> content(MediaTime duration) {
    return duration.isZero() ? List.of() : List.of(new PlanItem.Content<>(duration));
  }

  private static <A> BreakPlan<A> plan(
      Optional<MediaTime> availDuration,
      List<? extends PlanItem<A>> items,
      List<SkippedAd<A>> skipped,
      AdsResponse<A> response) {
    return plan(availDuration, items, skipped, response, false);
  }

  private static <A> BreakPlan<A> plan(
      Optional<MediaTime> availDuration,
      List<? extends PlanItem<A>> items,
      List<SkippedAd<A>> skipped,
      AdsResponse<A> response,
      boolean abandoned) {
    return new BreakPlan<>(
        availDuration,
        List.copyOf(items),
        skipped,
        response.failure(),
        abandoned,
        Optional.empty());
  }
}
