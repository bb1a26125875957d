package io.splicer.dash;

import java.util.Objects;
import java.util.Optional;

/**
 * What the rewriter does besides splitting Periods.
 *
 * @param idScheme Period id scheme for generated Periods
 * @param originUrl the origin MPD's absolute URL: relative MPD-level BaseURLs are resolved against
 *     it, or one is added when there is none (MediaTailor baseurls-for-dash)
 * @param contentSegmentUrlPrefix when set, the MPD gets exactly one MPD-level BaseURL with it
 * @param location what to do with {@code MPD/Location}
 * @param locationUrl the session URL for {@code Location}
 * @param adSets which ad AdaptationSets go into ad Periods
 */
public record RewriteOptions(
    IdScheme idScheme,
    Optional<String> originUrl,
    Optional<String> contentSegmentUrlPrefix,
    LocationMode location,
    Optional<String> locationUrl,
    AdSetSelection adSets) {

  /** {@code MPD/Location} handling (MediaTailor dash-location-feature). */
  public enum LocationMode {
    /** Leave Location elements as they are. */
    KEEP,
    /** Replace existing Location elements by one with the session URL; add none. */
    REPLACE,
    /** Replace existing Location elements, or add one. */
    REPLACE_OR_ADD
  }

  /** Which AdaptationSets of the creative go into an ad Period. */
  public enum AdSetSelection {
    /**
     * One per content video/audio AdaptationSet: video by resolution then bandwidth, audio by
     * language then codec (the content's {@code @lang} is written on it); text sets get none.
     */
    MATCH_CONTENT,
    /** Every AdaptationSet of the creative, as MediaTailor's transcoded ad Periods show. */
    ALL
  }

  public RewriteOptions {
    Objects.requireNonNull(idScheme, "idScheme");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(adSets, "adSets");
    if (location != LocationMode.KEEP && locationUrl.isEmpty()) {
      throw new IllegalArgumentException("location mode [" + location + "] needs a locationUrl");
    }
  }

  /** No BaseURL/Location edits, MULTI_PERIOD ids, content-matched ad sets. */
  public static RewriteOptions passThrough() {
    return new RewriteOptions(
        IdScheme.MULTI_PERIOD,
        Optional.empty(),
        Optional.empty(),
        LocationMode.KEEP,
        Optional.empty(),
        AdSetSelection.MATCH_CONTENT);
  }

  public RewriteOptions withIdScheme(IdScheme scheme) {
    return new RewriteOptions(
        scheme, originUrl, contentSegmentUrlPrefix, location, locationUrl, adSets);
  }

  public RewriteOptions withOriginUrl(String url) {
    return new RewriteOptions(
        idScheme, Optional.of(url), contentSegmentUrlPrefix, location, locationUrl, adSets);
  }

  public RewriteOptions withContentSegmentUrlPrefix(String prefix) {
    return new RewriteOptions(
        idScheme, originUrl, Optional.of(prefix), location, locationUrl, adSets);
  }

  public RewriteOptions withLocation(LocationMode mode, String url) {
    return new RewriteOptions(
        idScheme, originUrl, contentSegmentUrlPrefix, mode, Optional.of(url), adSets);
  }

  public RewriteOptions withAdSets(AdSetSelection selection) {
    return new RewriteOptions(
        idScheme, originUrl, contentSegmentUrlPrefix, location, locationUrl, selection);
  }
}
