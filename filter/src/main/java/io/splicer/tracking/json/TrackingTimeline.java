package io.splicer.tracking.json;

import io.splicer.core.MediaTime;
import io.splicer.tracking.Beacon;
import io.splicer.tracking.TrackedAd;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a session's tracking JSON is built from: the avails in the current window with their placed
 * ads, in the session's time base (reference §7.3 "Time base"). The stitch layer fills it from its
 * per-break decisions.
 *
 * @param timeBase how times and ids are expressed
 * @param dashAvailabilityStartTime {@code MPD@availabilityStartTime} (DASH live), else {@code null}
 * @param hlsAnchorMediaSequenceNumber the media sequence number at the session's time zero (HLS),
 *     else {@code null}
 * @param avails the avails, in time order
 */
public record TrackingTimeline(
    TimeBase timeBase,
    @Nullable Instant dashAvailabilityStartTime,
    @Nullable Long hlsAnchorMediaSequenceNumber,
    List<Avail> avails) {

  public TrackingTimeline {
    avails = List.copyOf(avails);
  }

  /** Reference §7.3 "Time base". */
  public enum TimeBase {
    /** Times from session start (cumulative EXTINF); ids are media sequence numbers. */
    HLS,
    /** Times from {@code MPD@availabilityStartTime}; ids are Period ids. */
    DASH_LIVE,
    /** Times from session start (= ad Period {@code @start}); ids are Period ids. */
    DASH_VOD
  }

  /**
   * An avail.
   *
   * @param availId HLS: media sequence number at avail start; DASH: the avail's Period id
   * @param start time of the avail in the time base
   * @param duration the avail's filled duration
   * @param adMarkerDuration the duration the ad marker announced, if any
   * @param programDateTime {@code EXT-X-PROGRAM-DATE-TIME} of the avail's first segment, if the
   *     playlist has PDT
   * @param ads the linear ads, in play order
   * @param breakBeacons VMAP {@code breakStart}/{@code breakEnd} beacons ({@code
   *     adBreakTrackingEvents})
   * @param nonLinearAdsList overlay ads of the avail
   * @param nonLinearBreak true for a VMAP {@code breakType="nonlinear"} break: the avail goes under
   *     {@code nonLinearAvails} instead of {@code avails}
   */
  public record Avail(
      String availId,
      MediaTime start,
      MediaTime duration,
      @Nullable MediaTime adMarkerDuration,
      @Nullable Instant programDateTime,
      List<PlacedAd> ads,
      List<Beacon> breakBeacons,
      List<CreativeJson.NonLinearAds> nonLinearAdsList,
      boolean nonLinearBreak) {

    public Avail {
      ads = List.copyOf(ads);
      breakBeacons = List.copyOf(breakBeacons);
      nonLinearAdsList = List.copyOf(nonLinearAdsList);
    }
  }

  /**
   * A linear ad placed in an avail.
   *
   * @param ad its segments and beacons (all of them: the player fires interaction events too)
   * @param start time of the ad in the time base
   * @param programDateTime PDT of the ad's first segment (HLS with PDT), else {@code null}
   * @param position how its ids are formed
   * @param metadata creative metadata for the player
   */
  public record PlacedAd(
      TrackedAd ad,
      MediaTime start,
      @Nullable Instant programDateTime,
      Position position,
      Metadata metadata) {}

  /**
   * How an ad's {@code adId} and each event's {@code eventId} are formed (reference §7.3 "Ids").
   */
  public sealed interface Position {

    /**
     * HLS: {@code adId} is the media sequence number of the ad's first segment; an event's {@code
     * eventId} is the sequence number of the segment its time falls in (an event at the ad's end,
     * {@code complete}, falls in the segment after it, as MediaTailor's example shows).
     */
    record HlsSequence(long firstMediaSequence) implements Position {}

    /** DASH: {@code adId} and every {@code eventId} are the ad Period's id. */
    record DashPeriod(String periodId) implements Position {}
  }

  /** Creative metadata of an ad, passed through to the JSON. */
  public record Metadata(
      @Nullable String adSystem,
      @Nullable String adTitle,
      @Nullable String creativeId,
      @Nullable String creativeSequence,
      @Nullable String vastAdId,
      @Nullable String skipOffset,
      @Nullable String adParameters,
      List<CreativeJson.CompanionAd> companionAds,
      List<CreativeJson.Icon> icons,
      List<CreativeJson.AdVerification> adVerifications,
      List<CreativeJson.Extension> extensions,
      CreativeJson.MediaFiles mediaFiles) {

    public static final Metadata NONE =
        new Metadata(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            CreativeJson.MediaFiles.EMPTY);

    public Metadata {
      companionAds = List.copyOf(companionAds);
      icons = List.copyOf(icons);
      adVerifications = List.copyOf(adVerifications);
      extensions = List.copyOf(extensions);
    }
  }
}
