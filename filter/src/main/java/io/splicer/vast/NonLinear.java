package io.splicer.vast;

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
}
