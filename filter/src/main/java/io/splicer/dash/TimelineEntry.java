package io.splicer.dash;

import java.util.OptionalLong;

/**
 * One {@code S} element of a {@code SegmentTimeline} (ISO/IEC 23009-1 §5.3.9.6).
 *
 * @param t {@code @t}, when written
 * @param d {@code @d}
 * @param r {@code @r} (0 default; -1 = repeat until the next S or the Period end)
 */
public record TimelineEntry(OptionalLong t, long d, long r) {}
