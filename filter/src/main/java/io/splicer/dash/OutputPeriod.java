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
 * @param availId ad Periods: the Period id of the avail they fill (MediaTailor's {@code availId}
 *     and the {@code originPeriodId} of {@code /v1/dashsegment} URLs): the origin Period's id (live
 *     multi-period), {@code {seconds}.0} of the avail (single-period, the id of the avail's content
 *     remainder), {@code {originPeriodId}_{vmapOffset}} (VOD time-based, as MediaTailor's example);
 *     content Periods: {@code ""}
 */
public record OutputPeriod(
    String id,
    MediaTime start,
    Optional<MediaTime> duration,
    boolean ad,
    int breakIndex,
    int adIndex,
    boolean truncated,
    String availId) {}
