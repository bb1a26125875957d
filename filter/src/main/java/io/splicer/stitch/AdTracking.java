package io.splicer.stitch;

import io.splicer.core.MediaTime;
import io.splicer.tracking.AdContext;
import io.splicer.tracking.Beacon;
import io.splicer.tracking.BeaconEvents;
import io.splicer.tracking.BreakPosition;
import io.splicer.tracking.TrackedAd;
import io.splicer.tracking.json.CreativeJson;
import io.splicer.tracking.json.TrackingTimeline;
import io.splicer.vast.MediaFile;
import io.splicer.vast.ResolvedAd;
import io.splicer.vast.TrackingEvent;
import io.splicer.vast.UniversalAdId;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What reporting needs of one decided ad, stored with the break's {@link AdDecision} (small and
 * serializable, so every node of a cluster fires and reports the same beacons without the VAST
 * document): its beacons (impressions as {@code impression}, Linear tracking events by name, click
 * tracking), its {@code <Error>} URLs, the values of the ad-level VAST macros and the creative
 * metadata of the tracking JSON (companions, icons, verifications, extensions and overlays bounded
 * by {@link CreativeMetadata}'s caps).
 *
 * <p>Stored shape: record serialization matches components by name and waives the {@code
 * serialVersionUID} check (Java Object Serialization Specification §1.13), so a value stored by an
 * older version (without the metadata components) decodes with {@code null} there, which the
 * constructor turns into empty lists; a newer shape read by an older node drops the unknown
 * components. A value that cannot be decoded at all is absent to the session store (see {@code
 * JCacheSessionStore#get}).
 *
 * @param beacons the ad's beacons, URL templates with macros in place
 * @param errorUrls the {@code <Error>} URL templates of the ad and its wrappers
 * @param assetUri {@code [ASSETURI]}: the HLS media file played
 * @param universalAdId {@code [UNIVERSALADID]}: {@code registry value} pairs, comma-separated
 * @param podSequence {@code [PODSEQUENCE]}: the ad's {@code sequence}
 * @param adSystem VAST {@code AdSystem}
 * @param adTitle VAST {@code AdTitle}
 * @param creativeId {@code Creative@id}
 * @param vastAdId the VAST {@code Ad@id}
 * @param skipOffset the Linear {@code skipoffset}
 * @param adParameters the Linear {@code AdParameters}
 * @param mediaFiles the ad's media files (for the JSON's {@code mediaFiles})
 * @param companionAds VAST 4.1 §3.13 companions ({@code companionAds})
 * @param icons VAST 4.1 §3.16 icons
 * @param adVerifications VAST 4.1 §3.17 verifications (also the VAST 3 Extension form)
 * @param extensions VAST {@code Extension}s as type and content text
 * @param nonLinearAds the ad's {@code NonLinear} overlays (the avail's {@code nonLinearAdsList})
 * @param nonLinearBeacons the tracking events of its {@code NonLinearAds}
 */
public record AdTracking(
    List<Beacon> beacons,
    List<String> errorUrls,
    @Nullable String assetUri,
    @Nullable String universalAdId,
    @Nullable Integer podSequence,
    @Nullable String adSystem,
    @Nullable String adTitle,
    @Nullable String creativeId,
    @Nullable String vastAdId,
    @Nullable String skipOffset,
    @Nullable String adParameters,
    List<StoredMediaFile> mediaFiles,
    List<CreativeJson.CompanionAd> companionAds,
    List<CreativeJson.Icon> icons,
    List<CreativeJson.AdVerification> adVerifications,
    List<CreativeJson.Extension> extensions,
    List<CreativeJson.NonLinearAd> nonLinearAds,
    List<Beacon> nonLinearBeacons)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** No beacons, no metadata (decisions stored before tracking existed, tests). */
  public static final AdTracking NONE =
      new AdTracking(
          List.of(), List.of(), null, null, null, null, null, null, null, null, null, List.of());

  public AdTracking {
    beacons = copy(beacons);
    errorUrls = copy(errorUrls);
    mediaFiles = copy(mediaFiles);
    companionAds = copy(companionAds); // null: stored by a version without creative metadata
    icons = copy(icons);
    adVerifications = copy(adVerifications);
    extensions = copy(extensions);
    nonLinearAds = copy(nonLinearAds);
    nonLinearBeacons = copy(nonLinearBeacons);
  }

  /** Without creative metadata (the shape before companions, icons, … were kept). */
  public AdTracking(
      List<Beacon> beacons,
      List<String> errorUrls,
      @Nullable String assetUri,
      @Nullable String universalAdId,
      @Nullable Integer podSequence,
      @Nullable String adSystem,
      @Nullable String adTitle,
      @Nullable String creativeId,
      @Nullable String vastAdId,
      @Nullable String skipOffset,
      @Nullable String adParameters,
      List<StoredMediaFile> mediaFiles) {
    this(
        beacons,
        errorUrls,
        assetUri,
        universalAdId,
        podSequence,
        adSystem,
        adTitle,
        creativeId,
        vastAdId,
        skipOffset,
        adParameters,
        mediaFiles,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static <T> List<T> copy(@Nullable List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** One {@code <MediaFile>}, as the tracking JSON lists it. */
  public record StoredMediaFile(
      String uri,
      @Nullable String delivery,
      @Nullable String type,
      @Nullable Integer width,
      @Nullable Integer height,
      @Nullable Integer bitrate,
      @Nullable String apiFramework)
      implements Serializable {

    private static final long serialVersionUID = 1L;
  }

  /** The tracking facts of a resolved VAST ad played from {@code assetUri}. */
  public static AdTracking of(ResolvedAd ad, @Nullable String assetUri) {
    List<Beacon> beacons = new ArrayList<>();
    for (String url : ad.impressions()) {
      beacons.add(Beacon.of(BeaconEvents.IMPRESSION, url));
    }
    for (TrackingEvent t : ad.trackingEvents()) {
      if (t.event() != null && !t.event().isBlank()) {
        beacons.add(new Beacon(t.event(), t.uri(), t.offset()));
      }
    }
    for (String url : ad.clickTracking()) {
      beacons.add(Beacon.of("clickTracking", url));
    }
    List<StoredMediaFile> files = new ArrayList<>();
    for (MediaFile f : ad.mediaFiles()) {
      files.add(
          new StoredMediaFile(
              f.uri(),
              f.delivery(),
              f.type(),
              f.width(),
              f.height(),
              f.bitrate(),
              f.apiFramework()));
    }
    String uaid = ad.universalAdIds().isEmpty() ? null : universalAdIds(ad.universalAdIds());
    return new AdTracking(
        beacons,
        ad.errorUrls(),
        assetUri,
        uaid,
        ad.sequence(),
        ad.adSystem(),
        ad.adTitle(),
        ad.creativeId(),
        ad.adId(),
        ad.skipOffset(),
        ad.adParameters(),
        files,
        CreativeMetadata.companions(ad),
        CreativeMetadata.icons(ad),
        CreativeMetadata.verifications(ad),
        CreativeMetadata.extensions(ad),
        CreativeMetadata.nonLinearAds(ad),
        CreativeMetadata.nonLinearBeacons(ad));
  }

  /** VAST 4.1 §6.2 {@code [UNIVERSALADID]}: {@code registry value} pairs, comma-separated. */
  private static String universalAdIds(List<UniversalAdId> ids) {
    return ids.stream()
        .map(u -> u.registry().strip() + " " + u.value().strip())
        .collect(Collectors.joining(","));
  }

  /** The macro values of the ad at {@code position}. */
  public AdContext context(@Nullable BreakPosition position) {
    return new AdContext(assetUri, null, universalAdId, podSequence, position);
  }

  /** The ad as the tracking package sees it, with the segment durations the viewer fetches. */
  public TrackedAd toTrackedAd(
      String adKey, List<MediaTime> segmentDurations, @Nullable BreakPosition position) {
    return new TrackedAd(adKey, segmentDurations, beacons, errorUrls, context(position));
  }

  /** The creative metadata of the tracking JSON. */
  public TrackingTimeline.Metadata metadata() {
    List<CreativeJson.MediaFile> list = new ArrayList<>();
    for (StoredMediaFile f : mediaFiles) {
      list.add(
          new CreativeJson.MediaFile(
              f.apiFramework(),
              text(f.bitrate()),
              f.delivery(),
              text(f.height()),
              null,
              f.uri(),
              f.type(),
              null,
              text(f.width())));
    }
    return new TrackingTimeline.Metadata(
        adSystem,
        adTitle,
        creativeId,
        null,
        vastAdId,
        skipOffset,
        adParameters,
        companionAds,
        icons,
        adVerifications,
        extensions,
        list.isEmpty() ? CreativeJson.MediaFiles.EMPTY : new CreativeJson.MediaFiles(list, ""));
  }

  private static @Nullable String text(@Nullable Integer i) {
    return i == null ? null : i.toString();
  }
}
