package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.util.Optional;

/**
 * A Period the rewriter generated (for tracking: MediaTailor's {@code adId}/{@code availId} are
 * Period ids).
 *
 * @param id {@code @id}
 * @param start {@code @start} as written
 * @param duration its length, when bounded
 * @param ad true for an ad Period
 * @param breakIndex index of the {@link BreakSplice} it belongs to (content before the first break:
 *     -1 is never used; the head piece belongs to the following break)
 * @param adIndex index of the ad within the break (ad Periods), else -1
 * @param truncated an ad cut short by the avail end / an early cue-in
 */
public record OutputPeriod(
    String id,
    MediaTime start,
    Optional<MediaTime> duration,
    boolean ad,
    int breakIndex,
    int adIndex,
    boolean truncated) {}
