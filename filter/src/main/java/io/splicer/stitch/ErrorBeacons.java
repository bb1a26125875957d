package io.splicer.stitch;

import io.splicer.ads.SkipReason;
import io.splicer.ads.SkippedAd;
import io.splicer.session.Session;
import io.splicer.tracking.AdContext;
import io.splicer.tracking.BeaconService;
import io.splicer.tracking.TrackedAd;
import io.splicer.vast.IabErrorCode;
import io.splicer.vast.ResolvedAd;
import io.splicer.vast.VastError;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Fires the VAST {@code <Error>} URLs (with {@code [ERRORCODE]}, VAST 4.3 §2.3.6.3) of ads the
 * stitcher cannot use, once per session and ad (the de-duplication marks of {@link BeaconService}
 * live in the session store): errors met while resolving the response (wrapper timeout 301, wrapper
 * limit 302, empty wrapper target 303, …) and ads the fill rules skipped for a reason that is the
 * ad's fault (no supported media file 403, media file unavailable 401, duration exceeded 202).
 * MediaTailor does not document error beacons; we fire them in every reporting mode, because only
 * the server knows of an ad it never put in the playlist or the tracking JSON.
 */
final class ErrorBeacons {

  /** Skip reasons that are the ad's fault, and the IAB code reported for each. */
  static final Map<SkipReason, IabErrorCode> SKIP_CODES =
      Map.of(
          SkipReason.UNSUPPORTED_MEDIA_FILE, IabErrorCode.NO_SUPPORTED_MEDIA_FILE,
          SkipReason.MEDIA_FILE_UNAVAILABLE, IabErrorCode.MEDIA_FILE_NOT_FOUND,
          SkipReason.AVAIL_DURATION_EXCEEDED, IabErrorCode.UNEXPECTED_DURATION);

  private final @Nullable BeaconService beacons;

  ErrorBeacons(@Nullable BeaconService beacons) {
    this.beacons = beacons;
  }

  /** Errors of a VAST resolution (per ad, or document-level). */
  void resolution(Session session, String breakKey, List<VastError> errors) {
    if (beacons == null) {
      return;
    }
    for (int i = 0; i < errors.size(); i++) {
      VastError e = errors.get(i);
      if (e.errorUrls().isEmpty()) {
        continue;
      }
      String key = breakKey + "/error/" + i + "/" + (e.adId() == null ? "-" : e.adId());
      TrackedAd ad =
          new TrackedAd(
              key,
              List.of(),
              List.of(),
              e.errorUrls(),
              new AdContext(null, null, null, e.sequence(), null));
      beacons.fireError(session.id(), ad, e.code().code(), session.client(), null);
    }
  }

  /**
   * A VMAP break that was placed but plays no ad (its source failed, or none of its ads is usable):
   * its {@code error} tracking (VMAP 1.0 §2.4) with a VMAP code (§3.5) for {@code [ERRORCODE]},
   * once per session and break: the source's own VMAP code, 1006 for an unreadable VAST document
   * (100–102), 1007 for a retrieval timeout (301), else 1004 (general ad response error).
   *
   * @param breakKey identifies the break in the session (de-duplication)
   * @param sourceErrors the errors of resolving the break's ad source
   * @return the number of URLs queued
   */
  int vmapBreak(
      Session session, String breakKey, BreakTracking tracking, List<VastError> sourceErrors) {
    if (beacons == null || tracking.errorUrls().isEmpty()) {
      return 0;
    }
    TrackedAd ad =
        new TrackedAd(
            breakKey + "/vmap-break",
            List.of(),
            List.of(),
            tracking.errorUrls(),
            new AdContext(null, null, null, null, null));
    return beacons.fireError(
        session.id(), ad, vmapCode(sourceErrors).code(), session.client(), null);
  }

  static IabErrorCode vmapCode(List<VastError> sourceErrors) {
    if (sourceErrors.isEmpty()) {
      return IabErrorCode.VMAP_AD_RESPONSE;
    }
    IabErrorCode c = sourceErrors.get(0).code();
    if (c.code() >= IabErrorCode.VMAP_SCHEMA.code()) {
      return c;
    }
    return switch (c) {
      case XML_PARSE, SCHEMA_VALIDATION, VERSION_UNSUPPORTED -> IabErrorCode.VMAP_AD_RESPONSE_PARSE;
      case WRAPPER_TIMEOUT -> IabErrorCode.VMAP_AD_RESPONSE_TIMEOUT;
      default -> IabErrorCode.VMAP_AD_RESPONSE;
    };
  }

  /**
   * Ads the fill rules skipped for a reason that is the ad's fault; {@code mediaUri} picks the ad's
   * media file of the manifest format ({@link CreativeSource#mediaUri}).
   */
  void skipped(
      Session session,
      String breakKey,
      List<SkippedAd<ResolvedAd>> skipped,
      Function<ResolvedAd, @Nullable String> mediaUri) {
    if (beacons == null) {
      return;
    }
    for (SkippedAd<ResolvedAd> s : skipped) {
      IabErrorCode code = SKIP_CODES.get(s.reason());
      ResolvedAd ad = s.candidate().ad();
      if (code == null || ad.errorUrls().isEmpty()) {
        continue;
      }
      String key = breakKey + "/skip/" + s.candidate().creativeKey();
      TrackedAd tracked = AdTracking.of(ad, mediaUri.apply(ad)).toTrackedAd(key, List.of(), null);
      beacons.fireError(session.id(), tracked, code.code(), session.client(), null);
    }
  }
}
