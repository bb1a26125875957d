package io.splicer.vast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Companion} of {@code CompanionAds} (VAST 4.1 §3.13): its attributes as written (sizes
 * parsed), its resources, click-through, click tracking and tracking events ({@code creativeView}).
 */
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
    List<TrackingEvent> trackingEvents,
    Attributes attributes) {

  public Companion {
    resources = List.copyOf(resources);
    clickTracking = List.copyOf(clickTracking);
    trackingEvents = List.copyOf(trackingEvents);
  }

  /** The less used {@code <Companion>} attributes (VAST 4.1 §3.13.2), trimmed text. */
  public record Attributes(
      @Nullable String assetWidth,
      @Nullable String assetHeight,
      @Nullable String expandedWidth,
      @Nullable String expandedHeight,
      @Nullable String pxratio,
      @Nullable String renderingMode) {

    public static final Attributes NONE = new Attributes(null, null, null, null, null, null);
  }
}
