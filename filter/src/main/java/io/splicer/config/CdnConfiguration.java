package io.splicer.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Where manifests say ad and content segments come from (MediaTailor {@code CdnConfiguration}).
 *
 * @param adSegmentUrlPrefix prefix written in front of ad segment paths; {@code null} = served by
 *     Splicer itself
 * @param contentSegmentUrlPrefix prefix replacing the origin for content segments; {@code null} =
 *     origin URLs
 */
public record CdnConfiguration(
    @JsonProperty("AdSegmentUrlPrefix") @Nullable String adSegmentUrlPrefix,
    @JsonProperty("ContentSegmentUrlPrefix") @Nullable String contentSegmentUrlPrefix) {}
