/**
 * The stitching pipeline (design.md §3): (configuration, session, request, origin bytes) →
 * personalised bytes; fail-open. {@link io.splicer.stitch.HlsStitcher} is the HLS entry point (a
 * {@link io.splicer.stitch.ManifestRewriter} for session-scoped requests). No servlet types: the
 * web layer passes a {@link io.splicer.stitch.StitchScope} with the session.
 */
@NullMarked
package io.splicer.stitch;

import org.jspecify.annotations.NullMarked;
