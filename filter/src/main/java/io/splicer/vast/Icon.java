package io.splicer.vast;

import io.splicer.core.MediaTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A VAST 3+/4 {@code Icon} (for example the "Why this ad" icon). */
public record Icon(
    @Nullable String program,
    @Nullable Integer width,
    @Nullable Integer height,
    @Nullable String xPosition,
    @Nullable String yPosition,
    @Nullable MediaTime duration,
    @Nullable MediaTime offset,
    @Nullable String apiFramework,
    List<Resource> resources,
    @Nullable String clickThrough,
    List<String> clickTracking,
    List<String> viewTracking,
    @Nullable String pxratio) {

  public Icon {
    resources = List.copyOf(resources);
    clickTracking = List.copyOf(clickTracking);
    viewTracking = List.copyOf(viewTracking);
  }
}
