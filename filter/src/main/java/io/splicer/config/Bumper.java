package io.splicer.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Clips played at the start and before the end of every ad break except the pre-roll (MediaTailor
 * {@code Bumper}; each clip ≤ 10 s, HLS CUE-OUT must carry a duration).
 */
public record Bumper(
    @JsonProperty("StartUrl") @Nullable String startUrl,
    @JsonProperty("EndUrl") @Nullable String endUrl) {}
