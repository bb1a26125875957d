package io.splicer.dash;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One {@code Event} of a Period-level {@code EventStream} (ISO/IEC 23009-1 §5.10.2).
 *
 * @param span the whole element
 * @param path element path for problems
 * @param presentationTime {@code @presentationTime} in the stream's timescale (default 0)
 * @param duration {@code @duration} in the stream's timescale
 * @param id {@code @id}
 * @param cue the SCTE-35 meaning, when the payload decoded
 */
public record MpdEvent(
    Span span,
    String path,
    long presentationTime,
    OptionalLong duration,
    Optional<String> id,
    Optional<EventCue> cue) {}
