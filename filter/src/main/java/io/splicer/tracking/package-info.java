/**
 * Ad tracking (design.md §3, reference §7): the beacon model ({@link
 * io.splicer.tracking.TrackedAd}, {@link io.splicer.tracking.Beacon}), the server-side firing
 * schedule keyed to ad-segment delivery ({@link io.splicer.tracking.FiringSchedule}, {@link
 * io.splicer.tracking.SegmentBeaconTracker}) with per-session de-duplication ({@link
 * io.splicer.tracking.BeaconDeduplicator}), the bounded asynchronous {@link
 * io.splicer.tracking.BeaconDispatcher} with VAST 4 macro expansion, error beacons, and the
 * client-side tracking JSON ({@code io.splicer.tracking.json}).
 *
 * <p>Depends only on {@code io.splicer.core} and {@code io.splicer.session}; nothing here blocks a
 * request thread (the dispatcher only enqueues on the caller's thread).
 */
@NullMarked
package io.splicer.tracking;

import org.jspecify.annotations.NullMarked;
