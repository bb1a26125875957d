package io.splicer.tracking;

import org.jspecify.annotations.Nullable;

/**
 * Per-ad values for the VAST 4 macros of its beacons (VAST 4.1 §6.2). All optional: a macro whose
 * value is unknown is replaced by {@code -1} (see {@link MacroExpander}).
 *
 * @param assetUri the ad's media (the stitched rendition or the chosen MediaFile) for {@code
 *     [ASSETURI]}
 * @param adServingId the VAST 4 {@code AdServingId} for {@code [ADSERVINGID]}
 * @param universalAdId {@code registry id} pairs, comma-separated, for {@code [UNIVERSALADID]}
 * @param podSequence the ad's {@code sequence} in its pod for {@code [PODSEQUENCE]}
 * @param breakPosition where the break sits, for {@code [BREAKPOSITION]}
 */
public record AdContext(
    @Nullable String assetUri,
    @Nullable String adServingId,
    @Nullable String universalAdId,
    @Nullable Integer podSequence,
    @Nullable BreakPosition breakPosition) {

  public static final AdContext NONE = new AdContext(null, null, null, null, null);
}
