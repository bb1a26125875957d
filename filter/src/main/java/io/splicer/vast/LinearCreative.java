package io.splicer.vast;

import io.splicer.core.MediaTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Linear} creative (VAST 4.3 §3.8). {@code duration} is {@code null} when absent or
 * unreadable (see {@link VastDocument#issues()}).
 */
public record LinearCreative(
    @Nullable MediaTime duration,
    @Nullable String skipOffset,
    List<MediaFile> mediaFiles,
    List<Mezzanine> mezzanines,
    List<InteractiveCreativeFile> interactiveCreativeFiles,
    List<TrackingEvent> trackingEvents,
    VideoClicks videoClicks,
    List<Icon> icons,
    @Nullable String adParameters) {

  public LinearCreative {
    mediaFiles = List.copyOf(mediaFiles);
    mezzanines = List.copyOf(mezzanines);
    interactiveCreativeFiles = List.copyOf(interactiveCreativeFiles);
    trackingEvents = List.copyOf(trackingEvents);
    icons = List.copyOf(icons);
  }
}
