/**
 * The client-side tracking JSON of {@code GET /v1/tracking/…} (reference §7.3): the Jackson model
 * in MediaTailor's field names and order ({@link io.splicer.tracking.json.TrackingJson}, {@link
 * io.splicer.tracking.json.CreativeJson}), the timeline input the stitch layer fills ({@link
 * io.splicer.tracking.json.TrackingTimeline}), the builder with HLS and DASH time bases and the
 * {@code nextToken} pager ({@link io.splicer.tracking.json.TrackingPager}).
 */
@NullMarked
package io.splicer.tracking.json;

import org.jspecify.annotations.NullMarked;
