package io.splicer.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * MediaTailor {@code AdsPersonalizationConcurrency}.
 *
 * @param maxConcurrentAdsRequests parallel ADS requests per manifest request, default 1
 * @param enableVodVastParallelization parallel ADS calls for VOD VAST, default false
 */
public record AdsPersonalizationConcurrency(
    @JsonProperty("MaxConcurrentAdsRequests") @Nullable Integer maxConcurrentAdsRequests,
    @JsonProperty("EnableVodVastParallelization") @Nullable Boolean enableVodVastParallelization) {}
