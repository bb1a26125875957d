package io.splicer.stitch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the session's avails sit on its HLS timeline (reference §7.3 "Time base": times from the
 * session's time zero, the start of the first segment of the first personalised playlist; ids are
 * media sequence numbers), so the tracking JSON can be built from the stored decisions. Stored per
 * session in the counter area under {@link #SLOT}, written by the stitcher when it places a break
 * it has not indexed yet and (live) when the window start moved; the newest {@value #MAX} avails
 * are kept. Immutable, value equality (compare-and-set).
 *
 * @param anchorSequence media sequence number at time zero ({@code hlsAnchorMediaSequenceNumber})
 * @param refSequence media sequence number of the last segment of the newest window seen (the one
 *     most likely still in the next window, which places that window on the timeline)
 * @param refMicros its start on the session timeline
 * @param avails the indexed avails, in time order
 */
record TrackingIndex(long anchorSequence, long refSequence, long refMicros, List<Avail> avails)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Counter slot of the index (next to {@link BreakRegistry#SLOT}). */
  static final int SLOT = Integer.MAX_VALUE - 1;

  static final int MAX = 64;

  TrackingIndex {
    avails = List.copyOf(avails);
  }

  /**
   * One avail.
   *
   * @param breakRef the break's reference ({@link SegmentRef#breakRef()})
   * @param firstAdSequence media sequence number of its first ad segment ({@code availId})
   * @param startMicros its start on the session timeline
   * @param postRoll whether it is a post-roll (for {@code [BREAKPOSITION]})
   */
  record Avail(String breakRef, long firstAdSequence, long startMicros, boolean postRoll)
      implements Serializable {

    private static final long serialVersionUID = 1L;
  }

  /** One output segment of a personalised playlist: media sequence number and duration. */
  record Seg(long sequence, long durationMicros) {}

  /** The avail of {@code breakRef}, if indexed. */
  @Nullable Avail avail(String breakRef) {
    for (Avail a : avails) {
      if (a.breakRef().equals(breakRef)) {
        return a;
      }
    }
    return null;
  }

  /**
   * The index after seeing a personalised window: its segments and, by break reference, the
   * sequence number of each break's first ad segment (and whether it is a post-roll). Returns
   * {@code current} itself when nothing changed, and {@code null} when the window cannot be placed
   * on the session timeline (no known reference point in it).
   */
  static @Nullable TrackingIndex see(
      @Nullable TrackingIndex current,
      List<Seg> window,
      Map<String, Long> breaks,
      Map<String, Boolean> postRolls) {
    if (window.isEmpty()) {
      return current;
    }
    long first = window.get(0).sequence();
    long firstMicros;
    if (current == null) {
      firstMicros = 0;
    } else {
      Long at = startOf(window, current);
      if (at == null) {
        return null;
      }
      firstMicros = at;
    }
    TrackingIndex.Seg last = window.get(window.size() - 1);
    long lastMicros = firstMicros;
    for (int i = 0; i < window.size() - 1; i++) {
      lastMicros += window.get(i).durationMicros();
    }
    List<Avail> avails = new ArrayList<>(current == null ? List.of() : current.avails());
    boolean changed = current == null || current.refSequence() != last.sequence();
    for (Map.Entry<String, Long> b : breaks.entrySet()) {
      if (current != null && current.avail(b.getKey()) != null) {
        continue;
      }
      Long start = timeOf(window, b.getValue(), firstMicros);
      if (start != null) {
        avails.add(
            new Avail(b.getKey(), b.getValue(), start, postRolls.getOrDefault(b.getKey(), false)));
        changed = true;
      }
    }
    if (!changed) {
      return current;
    }
    avails.sort(java.util.Comparator.comparingLong(Avail::startMicros));
    if (avails.size() > MAX) {
      avails = avails.subList(avails.size() - MAX, avails.size());
    }
    long anchor = current == null ? first : current.anchorSequence();
    return new TrackingIndex(anchor, last.sequence(), lastMicros, avails);
  }

  /**
   * The start of the window on the session timeline from a known point in it (the reference, else
   * an indexed avail's first ad segment); null if none is in it (the window moved on further than a
   * whole window between two requests).
   */
  private static @Nullable Long startOf(List<Seg> window, TrackingIndex current) {
    Long at = startOf(window, current.refSequence(), current.refMicros());
    for (int i = current.avails().size() - 1; at == null && i >= 0; i--) {
      Avail a = current.avails().get(i);
      at = startOf(window, a.firstAdSequence(), a.startMicros());
    }
    return at;
  }

  private static @Nullable Long startOf(List<Seg> window, long refSeq, long refMicros) {
    long before = 0;
    for (Seg s : window) {
      if (s.sequence() == refSeq) {
        return refMicros - before;
      }
      before += s.durationMicros();
    }
    return null;
  }

  private static @Nullable Long timeOf(List<Seg> window, long seq, long firstMicros) {
    long t = firstMicros;
    for (Seg s : window) {
      if (s.sequence() == seq) {
        return t;
      }
      t += s.durationMicros();
    }
    return null;
  }
}
