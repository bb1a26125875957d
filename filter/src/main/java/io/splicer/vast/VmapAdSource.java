package io.splicer.vast;

import org.jspecify.annotations.Nullable;

/**
 * VMAP {@code AdSource}: inline VAST ({@code VASTAdData}, or the pre-1.0 {@code VASTData}), an ad
 * tag URI, or custom ad data kept as raw XML.
 */
public record VmapAdSource(
    @Nullable String id,
    boolean allowMultipleAds,
    boolean followRedirects,
    @Nullable VastDocument vastAdData,
    @Nullable String adTagUri,
    @Nullable String templateType,
    @Nullable String customAdData) {}
