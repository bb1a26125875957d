package io.splicer.vast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Linear {@code VideoClicks}: click-through URL, click-tracking and custom-click beacons. */
public record VideoClicks(
    @Nullable String clickThrough, List<String> clickTracking, List<String> customClicks) {

  public static final VideoClicks NONE = new VideoClicks(null, List.of(), List.of());

  public VideoClicks {
    clickTracking = List.copyOf(clickTracking);
    customClicks = List.copyOf(customClicks);
  }
}
