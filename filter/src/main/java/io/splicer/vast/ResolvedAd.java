package io.splicer.vast;

import io.splicer.core.MediaTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An InLine ad after wrapper resolution, flattened to its (first) Linear creative, with the
 * impressions, error URLs, tracking events and click tracking of every Wrapper of its chain merged
 * in (InLine's first, then the Wrappers' from the innermost out). URLs are text templates (macros
 * left for the tracking package to substitute).
 *
 * @param adId the InLine {@code Ad@id}
 * @param sequence the pod position: the ad's own {@code sequence}, or the Wrapper's it inherits
 *     ({@code null}: a stand-alone/buffet ad)
 * @param buffetGroup 0 for ads of the first response; each Wrapper's redirected response forms its
 *     own group (numbered in resolution order)
 * @param creativeId {@code Creative@id} of the linear creative ({@code null} if absent)
 * @param duration the VAST {@code Duration} ({@code null} if absent or unreadable)
 * @param wrapperChain the ad tag URIs followed to reach this ad, outermost first
 */
public record ResolvedAd(
    @Nullable String adId,
    @Nullable Integer sequence,
    int buffetGroup,
    @Nullable String adSystem,
    @Nullable String adTitle,
    @Nullable String creativeId,
    @Nullable String creativeAdId,
    List<UniversalAdId> universalAdIds,
    @Nullable MediaTime duration,
    @Nullable String skipOffset,
    List<MediaFile> mediaFiles,
    List<Mezzanine> mezzanines,
    List<InteractiveCreativeFile> interactiveCreativeFiles,
    List<TrackingEvent> trackingEvents,
    List<String> impressions,
    List<String> errorUrls,
    @Nullable String clickThrough,
    List<String> clickTracking,
    List<Companion> companions,
    List<NonLinearCreative> nonLinear,
    List<Icon> icons,
    List<Verification> verifications,
    List<String> extensions,
    @Nullable String adParameters,
    List<String> wrapperChain) {

  public ResolvedAd {
    universalAdIds = List.copyOf(universalAdIds);
    mediaFiles = List.copyOf(mediaFiles);
    mezzanines = List.copyOf(mezzanines);
    interactiveCreativeFiles = List.copyOf(interactiveCreativeFiles);
    trackingEvents = List.copyOf(trackingEvents);
    impressions = List.copyOf(impressions);
    errorUrls = List.copyOf(errorUrls);
    clickTracking = List.copyOf(clickTracking);
    companions = List.copyOf(companions);
    nonLinear = List.copyOf(nonLinear);
    icons = List.copyOf(icons);
    verifications = List.copyOf(verifications);
    extensions = List.copyOf(extensions);
    wrapperChain = List.copyOf(wrapperChain);
  }

  /** Tracking events of one type (e.g. {@code "start"}), in order. */
  public List<TrackingEvent> trackingEvents(String event) {
    return trackingEvents.stream().filter(t -> t.event().equals(event)).toList();
  }

  /** This ad at another pod position (a Wrapper's redirected ad inherits the Wrapper's). */
  public ResolvedAd withSequence(@Nullable Integer newSequence) {
    return new ResolvedAd(
        adId,
        newSequence,
        buffetGroup,
        adSystem,
        adTitle,
        creativeId,
        creativeAdId,
        universalAdIds,
        duration,
        skipOffset,
        mediaFiles,
        mezzanines,
        interactiveCreativeFiles,
        trackingEvents,
        impressions,
        errorUrls,
        clickThrough,
        clickTracking,
        companions,
        nonLinear,
        icons,
        verifications,
        extensions,
        adParameters,
        wrapperChain);
  }
}
