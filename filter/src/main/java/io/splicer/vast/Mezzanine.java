package io.splicer.vast;

import org.jspecify.annotations.Nullable;

/** VAST 4 {@code Mezzanine}: the raw, high-quality file for server-side transcoding. */
public record Mezzanine(
    String uri,
    @Nullable String id,
    @Nullable String delivery,
    @Nullable String type,
    @Nullable Integer width,
    @Nullable Integer height,
    @Nullable String codec,
    @Nullable String fileSize,
    @Nullable String mediaType) {}
