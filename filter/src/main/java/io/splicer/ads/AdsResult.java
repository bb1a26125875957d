package io.splicer.ads;

import io.splicer.core.MediaTime;
import io.splicer.vast.MediaFile;
import io.splicer.vast.ResolvedAd;
import io.splicer.vast.VastResolution;
import io.splicer.vast.VmapAdBreak;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one ADS decision produced: a resolved VAST response, or the breaks of a VMAP response (VOD
 * without markers), or a failure. Never an exception: a slow, failing, empty or malformed ADS gives
 * {@link #failure()} with its IAB code, and the fill rules then use slate or content.
 *
 * @param requestUrl the expanded ADS URL (MediaTailor's {@code adsRequestUrl})
 * @param vast the resolved VAST response, when the ADS answered VAST
 * @param vmapBreaks the VMAP breaks with their resolved ads, when the ADS answered VMAP
 * @param failure why there are no usable ads, if there are none
 */
public record AdsResult(
    String requestUrl,
    Optional<VastResolution> vast,
    List<VmapBreak> vmapBreaks,
    Optional<AdsFailure> failure) {

  public AdsResult {
    Objects.requireNonNull(requestUrl, "requestUrl");
    Objects.requireNonNull(vast, "vast");
    vmapBreaks = List.copyOf(vmapBreaks);
    Objects.requireNonNull(failure, "failure");
  }

  /** A VMAP ad break and the ads its ad source resolved to. */
  public record VmapBreak(VmapAdBreak adBreak, VastResolution resolution) {
    public VmapBreak {
      Objects.requireNonNull(adBreak, "adBreak");
      Objects.requireNonNull(resolution, "resolution");
    }
  }

  static AdsResult failed(String requestUrl, AdsFailure failure) {
    return new AdsResult(requestUrl, Optional.empty(), List.of(), Optional.of(failure));
  }

  /** True when the ADS answered VMAP. */
  public boolean isVmap() {
    return vast.isEmpty() && failure.isEmpty();
  }

  /** The VAST ads as fill-rule input, in resolved (pod) order, with the failure if any. */
  public AdsResponse<ResolvedAd> toResponse() {
    return new AdsResponse<>(vast.map(v -> candidates(v)).orElse(List.of()), failure);
  }

  /** The ads of a resolution as fill-rule candidates. */
  public static List<Candidate<ResolvedAd>> candidates(VastResolution resolution) {
    return resolution.ads().stream().map(AdsResult::candidate).toList();
  }

  /**
   * One ad as a candidate: keyed by {@code Creative@id}, else its first media file URL, else the ad
   * id (reference §6 "Creative keying"); a missing duration is zero (the fill rules skip it).
   */
  public static Candidate<ResolvedAd> candidate(ResolvedAd ad) {
    String key = ad.creativeId();
    if (key == null || key.isBlank()) {
      key = ad.mediaFiles().stream().map(MediaFile::uri).findFirst().orElse(null);
    }
    if (key == null) {
      key = ad.adId() == null ? "" : ad.adId();
    }
    MediaTime duration = ad.duration() == null ? MediaTime.ZERO : ad.duration();
    return new Candidate<>(ad, key, duration);
  }
}
