package io.splicer.hls;

import io.splicer.core.MediaTime;

/**
 * One segment of an ad (or slate) rendition to splice in.
 *
 * @param uri the segment URI as the ad's playlist names it (the {@link UriResolver} may rename it)
 * @param duration exact duration
 */
public record SpliceSegment(String uri, MediaTime duration) {}
