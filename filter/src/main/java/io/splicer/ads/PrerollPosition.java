package io.splicer.ads;

import io.splicer.core.MediaTime;
import java.util.Optional;

/**
 * Where a live pre-roll break starts (reference §5 "Live pre-roll", §5.2 case 8). Pure arithmetic
 * on values the manifest packages read.
 */
public final class PrerollPosition {

  private PrerollPosition() {}

  /**
   * HLS: {@code max(2 × EXT-X-TARGETDURATION, EXT-X-START:TIME-OFFSET)}, read as the distance back
   * from the live edge where the player starts (our reading; the doc does not name the origin).
   */
  public static MediaTime hlsDistanceFromLiveEdge(
      MediaTime targetDuration, Optional<MediaTime> startTimeOffset) {
    MediaTime twice = targetDuration.plus(targetDuration);
    return startTimeOffset
        .map(o -> MediaTime.max(twice, o.isNegative() ? negate(o) : o))
        .orElse(twice);
  }

  /**
   * DASH: {@code (publishTime − availabilityStartTime) − max(suggestedPresentationDelay,
   * minBufferTime)}, a media-timeline position.
   */
  public static MediaTime dashStart(
      MediaTime publishMinusAvailabilityStart,
      MediaTime suggestedPresentationDelay,
      MediaTime minBufferTime) {
    return publishMinusAvailabilityStart.minus(
        MediaTime.max(suggestedPresentationDelay, minBufferTime));
  }

  private static MediaTime negate(MediaTime t) {
    return MediaTime.ZERO.minus(t);
  }
}
