package io.splicer.vast;

import org.jspecify.annotations.Nullable;

/**
 * A creative resource: {@code kind} is the element name ({@code StaticResource}, {@code
 * IFrameResource}, {@code HTMLResource}, {@code JavaScriptResource}, {@code ExecutableResource});
 * {@code value} the trimmed URI or markup.
 */
public record Resource(
    String kind, @Nullable String creativeType, @Nullable String apiFramework, String value) {}
