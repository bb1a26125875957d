package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One ad to place in a break, as the stitcher chose it.
 *
 * @param creative the ad's DASH rendition
 * @param baseUrl the BaseURL of its ad Period: the creative's segment location (or under {@code
 *     AdSegmentUrlPrefix}); when {@code routed}, the prefix of the server-side reporting route
 *     instead, ending in {@code /}
 * @param duration the time it occupies; empty = the creative's duration
 * @param routed whether the ad Period's BaseURL is {@code baseUrl} followed by the avail's Period
 *     id and the ad Period's id, each one path segment ending in {@code /} (MediaTailor's {@code
 *     /v1/dashsegment/.../{originPeriodId}/{adPeriodId}/}, reference §1.1): every segment request
 *     of the ad then passes through that route
 */
public record AdInsert(
    AdCreative creative, String baseUrl, Optional<MediaTime> duration, boolean routed) {

  public AdInsert {
    Objects.requireNonNull(creative, "creative");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(duration, "duration");
    if (routed && !baseUrl.endsWith("/")) {
      throw new IllegalArgumentException("route prefix must end in '/': [" + baseUrl + "]");
    }
  }

  /** An ad whose Period points straight at {@code baseUrl}. */
  public AdInsert(AdCreative creative, String baseUrl, Optional<MediaTime> duration) {
    this(creative, baseUrl, duration, false);
  }

  public static AdInsert of(AdCreative creative, String baseUrl) {
    return new AdInsert(creative, baseUrl, Optional.empty(), false);
  }

  /** This ad with its segment requests routed under {@code routePrefix} (ends in {@code /}). */
  public AdInsert routedUnder(String routePrefix) {
    return new AdInsert(creative, routePrefix, duration, true);
  }

  public MediaTime length() {
    return duration.orElse(creative.duration());
  }

  /** The BaseURL written into the ad Period {@code adPeriodId} of the avail {@code availId}. */
  public String baseUrlFor(String availId, String adPeriodId) {
    return routed ? baseUrl + pathSegment(availId) + "/" + pathSegment(adPeriodId) + "/" : baseUrl;
  }

  /** {@code value} as one URL path segment (RFC 3986 §3.3: percent-encoded, no {@code /}). */
  public static String pathSegment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
