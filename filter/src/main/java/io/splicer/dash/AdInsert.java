package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One ad to place in a break, as the stitcher chose it.
 *
 * @param creative the ad's DASH rendition
 * @param baseUrl the absolute BaseURL of its ad Period (the caller's ad segment route or {@code
 *     AdSegmentUrlPrefix})
 * @param duration the time it occupies; empty = the creative's duration
 */
public record AdInsert(AdCreative creative, String baseUrl, Optional<MediaTime> duration) {

  public AdInsert {
    Objects.requireNonNull(creative, "creative");
    Objects.requireNonNull(baseUrl, "baseUrl");
  }

  public static AdInsert of(AdCreative creative, String baseUrl) {
    return new AdInsert(creative, baseUrl, Optional.empty());
  }

  public MediaTime length() {
    return duration.orElse(creative.duration());
  }
}
