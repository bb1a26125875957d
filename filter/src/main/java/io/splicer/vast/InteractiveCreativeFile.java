package io.splicer.vast;

import org.jspecify.annotations.Nullable;

/** VAST 4 {@code InteractiveCreativeFile} (SIMID and similar). */
public record InteractiveCreativeFile(
    String uri,
    @Nullable String type,
    @Nullable String apiFramework,
    @Nullable Boolean variableDuration) {}
