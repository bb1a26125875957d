package io.splicer.ads;

import io.splicer.core.MediaTime;
import java.util.Objects;

/**
 * One item of a {@link BreakPlan}, played in order from the start of the break.
 *
 * @param <A> the caller's ad type
 */
public sealed interface PlanItem<A>
    permits PlanItem.Ad, PlanItem.Slate, PlanItem.Bumper, PlanItem.Content {

  MediaTime duration();

  /** Returns this item shortened to {@code newDuration} (early cue-in). */
  PlanItem<A> truncatedTo(MediaTime newDuration);

  /**
   * An ad.
   *
   * @param truncated true when an early cue-in cut the ad short (reference §5 "Early cue-in")
   */
  record Ad<A>(Candidate<A> candidate, MediaTime duration, boolean truncated)
      implements PlanItem<A> {
    public Ad {
      Objects.requireNonNull(candidate, "candidate");
      requirePositive(duration);
    }

    @Override
    public PlanItem<A> truncatedTo(MediaTime newDuration) {
      return new Ad<>(candidate, newDuration, true);
    }
  }

  /** Slate filling time no ad filled (reference §5 "Slate triggers"). */
  record Slate<A>(MediaTime duration) implements PlanItem<A> {
    public Slate {
      requirePositive(duration);
    }

    @Override
    public PlanItem<A> truncatedTo(MediaTime newDuration) {
      return new Slate<>(newDuration);
    }
  }

  /** A start or end bumper, at most 10 s (reference §5 "Bumpers"). */
  record Bumper<A>(BumperPosition position, MediaTime duration) implements PlanItem<A> {
    public Bumper {
      Objects.requireNonNull(position, "position");
      requirePositive(duration);
    }

    @Override
    public PlanItem<A> truncatedTo(MediaTime newDuration) {
      return new Bumper<>(position, newDuration);
    }
  }

  /** The underlying content for the rest of the time (no slate, or break abandoned). */
  record Content<A>(MediaTime duration) implements PlanItem<A> {
    public Content {
      requirePositive(duration);
    }

    @Override
    public PlanItem<A> truncatedTo(MediaTime newDuration) {
      return new Content<>(newDuration);
    }
  }

  /** Where a bumper plays. */
  enum BumperPosition {
    START,
    END
  }

  private static void requirePositive(MediaTime duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("item duration must be positive: [" + duration + "]");
    }
  }
}
