package io.splicer.dash;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The matching-relevant attributes of a {@code Representation}.
 *
 * @param id {@code @id}
 * @param bandwidth {@code @bandwidth} (0 if absent)
 * @param width {@code @width}
 * @param height {@code @height}
 * @param codecs {@code @codecs} (own or inherited from the AdaptationSet)
 */
public record RepresentationInfo(
    Optional<String> id,
    long bandwidth,
    OptionalLong width,
    OptionalLong height,
    Optional<String> codecs) {}
