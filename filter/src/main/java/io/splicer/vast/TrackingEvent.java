package io.splicer.vast;

import org.jspecify.annotations.Nullable;

/**
 * A tracking beacon: the event name (VAST 4.3 §3.14.1, e.g. {@code start}, {@code progress}; VMAP
 * {@code breakStart}), its URL template (macros such as {@code [ERRORCODE]} left in place) and, for
 * {@code progress}, the raw {@code offset} ({@code HH:MM:SS(.mmm)} or {@code n%}).
 */
public record TrackingEvent(String event, String uri, @Nullable String offset) {}
