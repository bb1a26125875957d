package io.splicer.tracking;

import io.splicer.core.MediaTime;
import io.splicer.session.ClientInfo;
import org.jspecify.annotations.Nullable;

/**
 * Everything the VAST 4 macros of one beacon can be filled from.
 *
 * @param ad ad-level values
 * @param client the viewer's request facts ({@code [DEVICEUA]}, {@code [IPADDRESS]})
 * @param contentPlayhead the content position of the ad break for {@code [CONTENTPLAYHEAD]} and
 *     {@code [MEDIAPLAYHEAD]}, or {@code null} if unknown
 * @param adPlayhead the event's time from the ad's start for {@code [ADPLAYHEAD]}, or {@code null}
 * @param errorCode the IAB error code for {@code [ERRORCODE]}, or {@code null} for non-error
 *     beacons
 */
public record MacroValues(
    AdContext ad,
    ClientInfo client,
    @Nullable MediaTime contentPlayhead,
    @Nullable MediaTime adPlayhead,
    @Nullable Integer errorCode) {}
