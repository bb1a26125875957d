package io.splicer.stitch;

import io.splicer.hls.SpliceState;
import java.io.Serializable;
import java.util.List;

/**
 * The serializable form of {@link SpliceState} kept per (session, media playlist) in the session
 * store, so EXT-X-MEDIA-SEQUENCE and EXT-X-DISCONTINUITY-SEQUENCE stay monotonic across refreshes
 * (RFC 8216 §6.2.2) on every node. Value equality (compare-and-set by {@code equals}).
 */
record CounterState(
    long firstContentSequence,
    long firstOutputSequence,
    long firstDiscontinuitySequence,
    List<Integer> groupSegments,
    List<Integer> groupDiscontinuities)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  CounterState {
    groupSegments = List.copyOf(groupSegments);
    groupDiscontinuities = List.copyOf(groupDiscontinuities);
  }

  static CounterState of(SpliceState s) {
    return new CounterState(
        s.firstContentSequence(),
        s.firstOutputSequence(),
        s.firstDiscontinuitySequence(),
        s.groupSegments(),
        s.groupDiscontinuities());
  }

  SpliceState toState() {
    return new SpliceState(
        firstContentSequence,
        firstOutputSequence,
        firstDiscontinuitySequence,
        groupSegments,
        groupDiscontinuities);
  }
}
