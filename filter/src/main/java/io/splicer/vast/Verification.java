package io.splicer.vast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A VAST 4.1+ {@code AdVerifications/Verification} (Open Measurement). */
public record Verification(
    @Nullable String vendor,
    List<Resource> resources,
    List<TrackingEvent> trackingEvents,
    @Nullable String parameters) {

  public Verification {
    resources = List.copyOf(resources);
    trackingEvents = List.copyOf(trackingEvents);
  }
}
