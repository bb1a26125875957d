package io.splicer.tracking.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.splicer.core.MediaTime;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Creative metadata of the tracking JSON (reference §7.3 schema listing: companions, icons,
 * verifications, extensions, media files; overlay payload for non-linear ads). The stitch layer
 * fills them from the VAST model; values are passed through as text, as the listing types them. The
 * records a decision stores per ad (all but the media-file and non-linear-block records) are {@link
 * Serializable}: the stitch layer keeps them in the session store.
 */
public final class CreativeJson {

  private CreativeJson() {}

  /** An {@code <Extension>}. */
  @JsonPropertyOrder(alphabetic = true)
  public record Extension(@Nullable String type, @Nullable String content) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A verification tracking event or companion tracking event ({@code event}, {@code uri}). */
  @JsonPropertyOrder(alphabetic = true)
  public record UriEvent(String event, String uri) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** VAST 4 {@code <Verification>} (OMID). */
  @JsonPropertyOrder(alphabetic = true)
  public record AdVerification(
      List<ExecutableResource> executableResource,
      List<JavaScriptResource> javaScriptResource,
      List<UriEvent> trackingEvents,
      @Nullable String vendor,
      @Nullable String verificationParameters)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public AdVerification {
      executableResource = List.copyOf(executableResource);
      javaScriptResource = List.copyOf(javaScriptResource);
      trackingEvents = List.copyOf(trackingEvents);
    }
  }

  /** {@code <ExecutableResource>}. */
  @JsonPropertyOrder(alphabetic = true)
  public record ExecutableResource(
      @Nullable String apiFramework, @Nullable String type, String uri, @Nullable String language)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** {@code <JavaScriptResource>}. */
  @JsonPropertyOrder(alphabetic = true)
  public record JavaScriptResource(
      @Nullable String apiFramework, @Nullable String browserOptional, String uri)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A companion ad. */
  @JsonPropertyOrder(alphabetic = true)
  public record CompanionAd(
      @Nullable String adParameters,
      @Nullable String altText,
      CompanionAttributes attributes,
      @Nullable String companionClickThrough,
      @Nullable String companionClickTracking,
      @Nullable String htmlResource,
      @JsonProperty("iFrameResource") @Nullable String iFrameResource,
      @Nullable String sequence,
      @Nullable String staticResource,
      List<UriEvent> trackingEvents)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public CompanionAd {
      trackingEvents = List.copyOf(trackingEvents);
    }
  }

  /** The {@code <Companion>} element's attributes. */
  @JsonPropertyOrder(alphabetic = true)
  public record CompanionAttributes(
      @Nullable String adSlotId,
      @Nullable String apiFramework,
      @Nullable String assetHeight,
      @Nullable String assetWidth,
      @Nullable String expandedHeight,
      @Nullable String expandedWidth,
      @Nullable String height,
      @Nullable String id,
      @Nullable String pxratio,
      @Nullable String renderingMode,
      @Nullable String width)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** An industry icon (e.g. AdChoices). */
  @JsonPropertyOrder(alphabetic = true)
  public record Icon(
      IconAttributes attributes,
      @Nullable String htmlResource,
      @Nullable IconClicks iconClicks,
      @Nullable String iconViewTracking,
      @JsonProperty("iFrameResource") @Nullable String iFrameResource,
      @Nullable StaticResource staticResource)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The {@code <Icon>} element's attributes. */
  @JsonPropertyOrder(alphabetic = true)
  public record IconAttributes(
      @Nullable String apiFramework,
      @Nullable String duration,
      @Nullable String height,
      @Nullable String offset,
      @Nullable String program,
      @Nullable String pxratio,
      @Nullable String width,
      @JsonProperty("xPosition") @Nullable String xPosition,
      @JsonProperty("yPosition") @Nullable String yPosition)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** {@code <IconClicks>}. */
  @JsonPropertyOrder(alphabetic = true)
  public record IconClicks(
      @Nullable String iconClickThrough,
      @Nullable IconClickTracking iconClickTracking,
      List<FallbackImage> iconClickFallbackImages)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public IconClicks {
      iconClickFallbackImages = List.copyOf(iconClickFallbackImages);
    }
  }

  /** {@code <IconClickTracking>} (the listing carries only its id). */
  public record IconClickTracking(@Nullable String id) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** {@code <IconClickFallbackImage>}. */
  @JsonPropertyOrder(alphabetic = true)
  public record FallbackImage(
      @Nullable String altText,
      @Nullable String height,
      @Nullable String width,
      @Nullable StaticResource staticResource)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A {@code <StaticResource>} with its type. */
  @JsonPropertyOrder(alphabetic = true)
  public record StaticResource(@Nullable String creativeType, String uri) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The linear creative's media files (VPAID/client-side players pick one). */
  @JsonPropertyOrder(alphabetic = true)
  public record MediaFiles(List<MediaFile> mediaFilesList, String mezzanine) {

    public static final MediaFiles EMPTY = new MediaFiles(List.of(), "");

    public MediaFiles {
      mediaFilesList = List.copyOf(mediaFilesList);
    }
  }

  /** One {@code <MediaFile>}. */
  @JsonPropertyOrder(alphabetic = true)
  public record MediaFile(
      @Nullable String apiFramework,
      @Nullable String bitrate,
      @Nullable String delivery,
      @Nullable String height,
      @Nullable String maintainAspectRatio,
      String mediaFileUri,
      @Nullable String mediaType,
      @Nullable String scalable,
      @Nullable String width) {}

  /** A {@code <NonLinearAds>} block of an overlay avail. */
  @JsonPropertyOrder(alphabetic = true)
  public record NonLinearAds(
      @Nullable List<Extension> extensions,
      List<NonLinearAd> nonLinearAdList,
      List<TrackingJson.TrackingEvent> trackingEvents) {

    public NonLinearAds {
      nonLinearAdList = List.copyOf(nonLinearAdList);
      trackingEvents = List.copyOf(trackingEvents);
    }

    /**
     * An overlay block whose tracking events all fall at {@code at} (the avail's start; an overlay
     * has no timeline of its own in the stream), one entry per event type with its URLs, {@code
     * eventId} {@code eventId}.
     */
    public static NonLinearAds of(
        List<NonLinearAd> ads,
        List<io.splicer.tracking.Beacon> beacons,
        MediaTime at,
        String eventId) {
      java.util.Map<String, List<String>> byEvent = new java.util.LinkedHashMap<>();
      for (io.splicer.tracking.Beacon b : beacons) {
        byEvent.computeIfAbsent(b.event(), k -> new java.util.ArrayList<>()).add(b.url());
      }
      List<TrackingJson.TrackingEvent> events = new java.util.ArrayList<>();
      byEvent.forEach(
          (event, urls) ->
              events.add(
                  new TrackingJson.TrackingEvent(
                      urls,
                      JsonTimes.iso(MediaTime.ZERO),
                      0,
                      eventId,
                      null,
                      event,
                      JsonTimes.iso(at),
                      JsonTimes.seconds(at))));
      return new NonLinearAds(null, ads, events);
    }
  }

  /** One {@code <NonLinear>} (overlay-ads-client-side-tracking-metadata). */
  @JsonPropertyOrder(alphabetic = true)
  public record NonLinearAd(
      String adId,
      @Nullable String adParameters,
      @Nullable String adSystem,
      @Nullable String adTitle,
      @Nullable String apiFramework,
      @Nullable String clickThrough,
      @Nullable String clickTracking,
      @Nullable String clickTrackingId,
      String creativeAdId,
      @Nullable String creativeId,
      String creativeSequence,
      @Nullable String duration,
      double durationInSeconds,
      @Nullable String expandedHeight,
      @Nullable String expandedWidth,
      @Nullable String height,
      @Nullable String htmlResource,
      @JsonProperty("iFrameResource") @Nullable String iFrameResource,
      boolean maintainAspectRatio,
      @Nullable String minSuggestedDuration,
      boolean scalable,
      @Nullable String staticResource,
      @Nullable String staticResourceCreativeType,
      @Nullable String width)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
