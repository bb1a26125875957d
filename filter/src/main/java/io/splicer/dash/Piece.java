package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.util.Optional;
import java.util.Set;

/**
 * One output Period planned from an origin Period: a content piece [from, to) of it, or an ad.
 *
 * @param id the generated {@code @id}
 * @param outputStart the generated {@code @start}
 * @param from content: start within the origin Period
 * @param to content: end within the origin Period (empty = open end)
 * @param length ad: its duration; content: to − from when bounded
 * @param ad the ad, for an ad piece
 * @param events content: the Events this piece keeps
 * @param breakIndex index of the break (in the rewrite request) this piece belongs to
 * @param adIndex ad index within its break, or -1
 * @param truncated ad cut short
 * @param availId ad: the id of the avail it fills (see {@link OutputPeriod#availId()}), else {@code
 *     ""}
 */
record Piece(
    String id,
    MediaTime outputStart,
    MediaTime from,
    Optional<MediaTime> to,
    Optional<MediaTime> length,
    Optional<AdInsert> ad,
    Set<MpdEvent> events,
    int breakIndex,
    int adIndex,
    boolean truncated,
    String availId) {

  boolean isAd() {
    return ad.isPresent();
  }

  OutputPeriod summary() {
    return new OutputPeriod(
        id, outputStart, length, isAd(), breakIndex, adIndex, truncated, availId);
  }
}
