package io.splicer.vast;

import io.splicer.core.MediaTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A VMAP {@code AdBreak} (VMAP 1.0 §2.3). {@code breakTypes} splits the comma-separated {@code
 * breakType} ({@code linear}, {@code nonlinear}, {@code display}).
 */
public record VmapAdBreak(
    TimeOffset timeOffset,
    List<String> breakTypes,
    @Nullable String breakId,
    @Nullable MediaTime repeatAfter,
    @Nullable VmapAdSource adSource,
    List<TrackingEvent> trackingEvents,
    List<String> extensions) {

  public VmapAdBreak {
    breakTypes = List.copyOf(breakTypes);
    trackingEvents = List.copyOf(trackingEvents);
    extensions = List.copyOf(extensions);
  }
}
