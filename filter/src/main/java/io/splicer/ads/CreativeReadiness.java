package io.splicer.ads;

/**
 * The creative-readiness hook of the fill rules: a creative that is not ready is skipped for this
 * break and its preparation is requested, so that it is ready for a later request (reference §5 "Ad
 * not ready", §6 "Not-yet-transcoded").
 *
 * @param <A> the caller's ad type
 */
public interface CreativeReadiness<A> {

  /** Whether the candidate can be stitched now; must not block. */
  Readiness check(Candidate<A> candidate);

  /**
   * Called by the fill rules for every candidate {@link #check} found not ready; must not block
   * (queue the work). The default does nothing.
   */
  default void requestPreparation(Candidate<A> candidate, SkipReason reason) {}

  /** A hook for which every creative is ready (tests, pre-conditioned-only deployments). */
  static <A> CreativeReadiness<A> alwaysReady() {
    return candidate -> Readiness.ready();
  }
}
