package io.splicer.tracking.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tracking JSON's core objects (reference §7.3 "Root/Avail/Ad fields (current)"), field names
 * and alphabetical order as in MediaTailor's current payloads ({@code adId}/{@code availId}, not
 * the schema listing's {@code adID}). Absent values are written as {@code null}, as MediaTailor
 * does ({@code "adMarkerDuration": null}). Times: {@code startTime}/{@code duration} ISO-8601
 * durations, {@code *InSeconds} numbers truncated to milliseconds.
 */
public final class TrackingJson {

  private TrackingJson() {}

  /** The response root. */
  @JsonPropertyOrder(alphabetic = true)
  public record Response(
      List<Avail> avails,
      @Nullable String dashAvailabilityStartTime,
      @Nullable String hlsAnchorMediaSequenceNumber,
      @Nullable String nextToken,
      List<Avail> nonLinearAvails) {

    public Response {
      avails = List.copyOf(avails);
      nonLinearAvails = List.copyOf(nonLinearAvails);
    }
  }

  /** An ad break (avail). */
  @JsonPropertyOrder(alphabetic = true)
  public record Avail(
      List<BreakTrackingEvent> adBreakTrackingEvents,
      @Nullable String adMarkerDuration,
      List<Ad> ads,
      String availId,
      @Nullable String availProgramDateTime,
      String duration,
      double durationInSeconds,
      @Nullable Object meta,
      List<CreativeJson.NonLinearAds> nonLinearAdsList,
      String startTime,
      double startTimeInSeconds) {

    public Avail {
      adBreakTrackingEvents = List.copyOf(adBreakTrackingEvents);
      ads = List.copyOf(ads);
      nonLinearAdsList = List.copyOf(nonLinearAdsList);
    }
  }

  /** A VMAP break-level event ({@code breakStart}, {@code breakEnd}). */
  @JsonPropertyOrder(alphabetic = true)
  public record BreakTrackingEvent(List<String> beaconUrls, String eventType) {
    public BreakTrackingEvent {
      beaconUrls = List.copyOf(beaconUrls);
    }
  }

  /** A linear ad of an avail. */
  @JsonPropertyOrder(alphabetic = true)
  public record Ad(
      String adId,
      @Nullable String adParameters,
      @Nullable String adProgramDateTime,
      @Nullable String adSystem,
      @Nullable String adTitle,
      List<CreativeJson.AdVerification> adVerifications,
      List<CreativeJson.CompanionAd> companionAds,
      @Nullable String creativeId,
      @Nullable String creativeSequence,
      String duration,
      double durationInSeconds,
      List<CreativeJson.Extension> extensions,
      List<CreativeJson.Icon> icons,
      CreativeJson.MediaFiles mediaFiles,
      @Nullable String skipOffset,
      String startTime,
      double startTimeInSeconds,
      List<TrackingEvent> trackingEvents,
      @Nullable String vastAdId) {

    public Ad {
      adVerifications = List.copyOf(adVerifications);
      companionAds = List.copyOf(companionAds);
      extensions = List.copyOf(extensions);
      icons = List.copyOf(icons);
      trackingEvents = List.copyOf(trackingEvents);
    }

    /** This ad with other tracking events (paging). */
    public Ad withTrackingEvents(List<TrackingEvent> events) {
      return new Ad(
          adId,
          adParameters,
          adProgramDateTime,
          adSystem,
          adTitle,
          adVerifications,
          companionAds,
          creativeId,
          creativeSequence,
          duration,
          durationInSeconds,
          extensions,
          icons,
          mediaFiles,
          skipOffset,
          startTime,
          startTimeInSeconds,
          events,
          vastAdId);
    }
  }

  /** One event of an ad with the URLs the player must call when it happens. */
  @JsonPropertyOrder(alphabetic = true)
  public record TrackingEvent(
      List<String> beaconUrls,
      String duration,
      double durationInSeconds,
      String eventId,
      @Nullable String eventProgramDateTime,
      String eventType,
      String startTime,
      double startTimeInSeconds) {

    public TrackingEvent {
      beaconUrls = List.copyOf(beaconUrls);
    }
  }
}
