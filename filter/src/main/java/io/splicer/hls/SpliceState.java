package io.splicer.hls;

import java.util.List;

/**
 * The per-session counters of one rendition that keep EXT-X-MEDIA-SEQUENCE and
 * EXT-X-DISCONTINUITY-SEQUENCE monotonic while a live window slides (RFC 8216 §6.2.2), also when
 * breaks slide out. Small and immutable: the caller stores it in the session and passes it to the
 * next splice.
 *
 * <p>Each content segment of the last window anchors a group of output segments (itself, or the ad
 * segments placed over it); the state keeps the size and discontinuity count of each group so the
 * counters can be advanced by exactly what slid out.
 *
 * @param firstContentSequence origin media sequence number of the first segment of the last window
 * @param firstOutputSequence output media sequence number of its group's first segment
 * @param firstDiscontinuitySequence output discontinuity sequence at that point
 * @param groupSegments output segments per content segment of the last window
 * @param groupDiscontinuities discontinuities counted per content segment of the last window
 */
public record SpliceState(
    long firstContentSequence,
    long firstOutputSequence,
    long firstDiscontinuitySequence,
    List<Integer> groupSegments,
    List<Integer> groupDiscontinuities) {

  public SpliceState {
    groupSegments = immutable(groupSegments);
    groupDiscontinuities = immutable(groupDiscontinuities);
  }

  private static List<Integer> immutable(List<Integer> list) {
    return list instanceof IntList ? list : List.copyOf(list); // IntList: immutable, no nulls
  }

  /** Output media sequence and discontinuity sequence for a window starting at {@code first}. */
  long[] advanceTo(long firstContent, long originDiscontinuitySequence) {
    long slid = firstContent - firstContentSequence;
    if (slid <= 0) {
      return new long[] {firstOutputSequence + Math.max(slid, 0), firstDiscontinuitySequence};
    }
    long seq = firstOutputSequence;
    long disc = firstDiscontinuitySequence;
    int known = (int) Math.min(slid, groupSegments.size());
    for (int i = 0; i < known; i++) {
      seq += groupSegments.get(i);
      disc += groupDiscontinuities.get(i);
    }
    seq += slid - known; // groups never seen: one content segment each
    return new long[] {seq, disc};
  }
}
