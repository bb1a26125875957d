package io.splicer.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * MediaTailor {@code AdsPersonalizationTimeouts}; every value in milliseconds, {@code null} means
 * the default.
 *
 * @param adsRequestTimeoutMilliseconds per ADS response, default {@value #DEFAULT_ADS_REQUEST_MS}
 * @param liveMaximumAdsPersonalizationTimeMilliseconds total live budget incl. wrappers, default
 *     {@value #DEFAULT_MAXIMUM_MS}
 * @param vodMaximumAdsPersonalizationTimeMilliseconds total VOD budget, default {@value
 *     #DEFAULT_MAXIMUM_MS}
 * @param prefetchAdsRequestTimeoutMilliseconds falls back to the ADS request timeout
 * @param prefetchMaximumAdsPersonalizationTimeMilliseconds prefetch total budget
 */
public record AdsPersonalizationTimeouts(
    @JsonProperty("AdsRequestTimeoutMilliseconds") @Nullable Integer adsRequestTimeoutMilliseconds,
    @JsonProperty("LiveMaximumAdsPersonalizationTimeMilliseconds")
        @Nullable Integer liveMaximumAdsPersonalizationTimeMilliseconds,
    @JsonProperty("VodMaximumAdsPersonalizationTimeMilliseconds")
        @Nullable Integer vodMaximumAdsPersonalizationTimeMilliseconds,
    @JsonProperty("PrefetchAdsRequestTimeoutMilliseconds")
        @Nullable Integer prefetchAdsRequestTimeoutMilliseconds,
    @JsonProperty("PrefetchMaximumAdsPersonalizationTimeMilliseconds")
        @Nullable Integer prefetchMaximumAdsPersonalizationTimeMilliseconds) {

  public static final int DEFAULT_ADS_REQUEST_MS = 3000;
  public static final int DEFAULT_MAXIMUM_MS = 10_000;

  /** The per-response ADS timeout with the default applied. */
  public int effectiveAdsRequestTimeoutMilliseconds() {
    return adsRequestTimeoutMilliseconds == null
        ? DEFAULT_ADS_REQUEST_MS
        : adsRequestTimeoutMilliseconds;
  }
}
