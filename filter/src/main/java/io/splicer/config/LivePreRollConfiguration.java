package io.splicer.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * MediaTailor {@code LivePreRollConfiguration}.
 *
 * @param adDecisionServerUrl ADS used for the live pre-roll (≤ 25 000 characters)
 * @param maxDurationSeconds pre-roll ads never exceed this total
 * @param adDecisionServerConfiguration ad buffet settings for the pre-roll
 */
public record LivePreRollConfiguration(
    @JsonProperty("AdDecisionServerUrl") @Nullable String adDecisionServerUrl,
    @JsonProperty("MaxDurationSeconds") @Nullable Integer maxDurationSeconds,
    @JsonProperty("AdDecisionServerConfiguration")
        @Nullable AdDecisionServerConfiguration adDecisionServerConfiguration) {}
