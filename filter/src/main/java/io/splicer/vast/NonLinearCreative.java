package io.splicer.vast;

import java.util.List;

/** {@code NonLinearAds}: the overlays and their shared tracking events. */
public record NonLinearCreative(List<NonLinear> nonLinears, List<TrackingEvent> trackingEvents) {

  public NonLinearCreative {
    nonLinears = List.copyOf(nonLinears);
    trackingEvents = List.copyOf(trackingEvents);
  }
}
