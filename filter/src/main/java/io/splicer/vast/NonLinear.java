package io.splicer.vast;

import io.splicer.core.MediaTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A {@code NonLinear} of {@code NonLinearAds} (overlay). */
public record NonLinear(
    @Nullable String id,
    @Nullable Integer width,
    @Nullable Integer height,
    @Nullable String minSuggestedDuration,
    @Nullable String apiFramework,
    List<Resource> resources,
    @Nullable String adParameters,
    @Nullable String clickThrough,
    List<String> clickTracking,
    @Nullable String expandedWidth,
    @Nullable String expandedHeight,
    @Nullable Boolean scalable,
    @Nullable Boolean maintainAspectRatio) {

  public NonLinear {
    resources = List.copyOf(resources);
    clickTracking = List.copyOf(clickTracking);
  }

  /**
   * {@code minSuggestedDuration} as a time (VAST 4.1 §3.15.1, {@code HH:MM:SS(.mmm)}), or {@code
   * null} when absent or not in that form.
   */
  public @Nullable MediaTime minSuggestedTime() {
    if (minSuggestedDuration == null || minSuggestedDuration.isBlank()) {
      return null;
    }
    try {
      return VastTimes.parseClock(minSuggestedDuration);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
