package io.splicer.vast;

/** VAST 4 {@code UniversalAdId}: registry and value ({@code unknown} when unregistered). */
public record UniversalAdId(String registry, String value) {}
