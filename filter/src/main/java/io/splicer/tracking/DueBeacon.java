package io.splicer.tracking;

/**
 * A beacon event that became due by a segment request and passed de-duplication: fire all its URLs
 * (after macro expansion) exactly once.
 *
 * @param ad the ad it belongs to (its {@link AdContext} feeds the macros)
 * @param beacon the scheduled event
 */
public record DueBeacon(TrackedAd ad, ScheduledBeacon beacon) {}
