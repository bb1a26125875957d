package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One break to stitch into a Period.
 *
 * @param periodIndex the Period (index in the MPD just read)
 * @param periodId its id, checked against the MPD (a live refresh must name the same Period)
 * @param offset where the break starts, from the Period start
 * @param replace REPLACE: ads replace content for at most this long (the avail duration), content
 *     resumes after the ads; empty = INSERT (VOD): content is pushed back by the ads
 * @param ads the ads in play order (may be empty: the Period is still split, no ad Period)
 * @param eventKey the avail's event key (Period ids of some schemes derive from it)
 * @param event the avail's Event (kept in the resumed content Period only), if any
 * @param mediaTime the avail start on the EventStream timeline (single-period ids)
 * @param label VOD time-based ids: the break's VMAP offset as written ({@code PT25S})
 */
public record BreakSplice(
    int periodIndex,
    String periodId,
    MediaTime offset,
    Optional<MediaTime> replace,
    List<AdInsert> ads,
    String eventKey,
    Optional<MpdEvent> event,
    MediaTime mediaTime,
    String label) {

  public BreakSplice {
    Objects.requireNonNull(periodId, "periodId");
    ads = List.copyOf(ads);
  }

  /**
   * Ad replacement at a detected avail (live, VOD with SCTE-35 durations): the ads replace content
   * for at most the avail's effective duration (signalled duration capped by the Period end or an
   * early cue-in); without any duration the ads' own length is used.
   */
  public static BreakSplice replace(Avail avail, List<AdInsert> ads) {
    return new BreakSplice(
        avail.periodIndex(),
        avail.periodId(),
        avail.offset(),
        Optional.of(avail.effectiveDuration().orElseGet(() -> lengthOf(ads))),
        ads,
        avail.eventKey(),
        Optional.of(avail.event()),
        avail.mediaTime(),
        IsoDuration.format(avail.offset()));
  }

  /**
   * Ad insertion into a Period at {@code offset} (VOD without markers, VMAP): nothing is replaced,
   * later content moves back by the ads' length. {@code vmapOffset} labels the ids ({@code
   * {periodId}_{vmapOffset}_{n}}).
   */
  public static BreakSplice insert(
      MpdPeriod period, MediaTime offset, String vmapOffset, List<AdInsert> ads) {
    return new BreakSplice(
        period.index(),
        period.idOrIndex(),
        offset,
        Optional.empty(),
        ads,
        vmapOffset,
        Optional.empty(),
        offset,
        vmapOffset);
  }

  public MediaTime adsLength() {
    return lengthOf(ads);
  }

  private static MediaTime lengthOf(List<AdInsert> ads) {
    MediaTime total = MediaTime.ZERO;
    for (AdInsert a : ads) {
      total = total.plus(a.length());
    }
    return total;
  }
}
