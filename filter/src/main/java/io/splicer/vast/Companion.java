package io.splicer.vast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A {@code Companion} of {@code CompanionAds}. */
public record Companion(
    @Nullable String id,
    @Nullable Integer width,
    @Nullable Integer height,
    @Nullable String adSlotId,
    @Nullable String apiFramework,
    List<Resource> resources,
    @Nullable String adParameters,
    @Nullable String altText,
    @Nullable String clickThrough,
    List<String> clickTracking,
    List<TrackingEvent> trackingEvents) {

  public Companion {
    resources = List.copyOf(resources);
    clickTracking = List.copyOf(clickTracking);
    trackingEvents = List.copyOf(trackingEvents);
  }
}
