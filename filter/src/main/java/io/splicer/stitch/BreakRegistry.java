package io.splicer.stitch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The live breaks a session has seen, so a break keeps its key (and so its memoised decision) after
 * its opening marker slid out of the window: a window that starts inside a break (only
 * EXT-X-CUE-OUT-CONT left) finds the known break that covers its first segment's media sequence.
 * Stored per session in the counter area under {@link #SLOT}; the newest {@value #MAX} breaks are
 * kept.
 *
 * <p>Break keys: {@code b<seq>} for a break whose opening marker was seen at origin media sequence
 * {@code seq} (the same in every rendition, whose sequences are aligned), {@code j<seq>} for a
 * break first seen already running (a mid-break join) at {@code seq}.
 *
 * @param known the known breaks, oldest first
 */
record BreakRegistry(List<Known> known) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The counter slot of the registry (media playlists use 0, 1, 2, ...). */
  static final int SLOT = Integer.MAX_VALUE;

  static final int MAX = 32;

  static final BreakRegistry EMPTY = new BreakRegistry(List.of());

  BreakRegistry {
    known = List.copyOf(known);
  }

  /**
   * One known break.
   *
   * @param key its decision key
   * @param firstSequence origin media sequence of its first segment seen
   * @param lastSequence origin media sequence of its last segment seen
   * @param ordinal 1-based position among the session's breaks ({@code [avail.index]})
   * @param elapsedAtLastMicros break time elapsed when its last segment seen starts
   * @param durationMicros its signalled duration, or -1 if none
   */
  record Known(
      String key,
      long firstSequence,
      long lastSequence,
      long ordinal,
      long elapsedAtLastMicros,
      long durationMicros)
      implements Serializable {
    private static final long serialVersionUID = 2L;

    Known(String key, long firstSequence, long lastSequence, long ordinal) {
      this(key, firstSequence, lastSequence, ordinal, 0, -1);
    }
  }

  /**
   * A break seen in a window: its first and last segment's sequence, if it opened there, the break
   * time elapsed when its last segment starts and its signalled duration (-1: none).
   */
  record Seen(
      long firstSequence,
      long lastSequence,
      boolean opened,
      long elapsedAtLastMicros,
      long durationMicros) {

    Seen(long firstSequence, long lastSequence, boolean opened) {
      this(firstSequence, lastSequence, opened, 0, -1);
    }
  }

  /**
   * The known break that media sequence {@code sequence} is inside of, past its first segment (a
   * window starting there has lost the break's opening marker), or null.
   */
  @Nullable Known running(long sequence) {
    for (Known k : known) {
      if (sequence > k.firstSequence() && sequence <= k.lastSequence()) {
        return k;
      }
    }
    return null;
  }

  /** The registry after seeing {@code seen}, and the key of each. */
  record Assigned(BreakRegistry registry, List<Known> breaks) {}

  Assigned see(List<Seen> seen) {
    List<Known> unchanged = knownUnchanged(seen);
    if (unchanged != null) {
      return new Assigned(this, unchanged); // the live refresh: no copy, no sort, no new registry
    }
    List<Known> all = new ArrayList<>(known);
    List<Known> keys = new ArrayList<>(seen.size());
    long ordinal = all.stream().mapToLong(Known::ordinal).max().orElse(0);
    for (Seen s : seen) {
      int found = find(all, s);
      Known k;
      if (found >= 0) {
        Known old = all.get(found);
        boolean later = s.lastSequence() >= old.lastSequence();
        k =
            new Known(
                old.key(),
                Math.min(old.firstSequence(), s.firstSequence()),
                Math.max(old.lastSequence(), s.lastSequence()),
                old.ordinal(),
                later ? s.elapsedAtLastMicros() : old.elapsedAtLastMicros(),
                s.durationMicros() >= 0 ? s.durationMicros() : old.durationMicros());
        all.set(found, k);
      } else {
        String key = (s.opened() ? "b" : "j") + s.firstSequence();
        k =
            new Known(
                key,
                s.firstSequence(),
                s.lastSequence(),
                ++ordinal,
                s.elapsedAtLastMicros(),
                s.durationMicros());
        all.add(k);
      }
      keys.add(k);
    }
    all.sort(Comparator.comparingLong(Known::firstSequence));
    while (all.size() > MAX) {
      all.remove(0);
    }
    return new Assigned(new BreakRegistry(all), keys);
  }

  /**
   * The keys of {@code seen} when each is a known break that seeing it again leaves as it is (what
   * the general path would then compute, as this registry is kept sorted and bounded), else null.
   */
  private @Nullable List<Known> knownUnchanged(List<Seen> seen) {
    if (known.size() > MAX) {
      return null;
    }
    for (int i = 1; i < known.size(); i++) {
      if (known.get(i - 1).firstSequence() > known.get(i).firstSequence()) {
        return null;
      }
    }
    List<Known> keys = new ArrayList<>(seen.size());
    for (Seen s : seen) {
      int found = find(known, s);
      if (found < 0) {
        return null;
      }
      Known k = known.get(found);
      if (s.firstSequence() < k.firstSequence()
          || s.lastSequence() > k.lastSequence()
          || (s.lastSequence() == k.lastSequence()
              && s.elapsedAtLastMicros() != k.elapsedAtLastMicros())
          || (s.durationMicros() >= 0 && s.durationMicros() != k.durationMicros())) {
        return null;
      }
      keys.add(k);
    }
    return keys;
  }

  private static int find(List<Known> all, Seen s) {
    for (int i = 0; i < all.size(); i++) {
      Known k = all.get(i);
      boolean sameStart = s.opened() && k.firstSequence() == s.firstSequence();
      boolean continues =
          !s.opened()
              && s.firstSequence() >= k.firstSequence()
              && s.firstSequence() <= k.lastSequence() + 1;
      if (sameStart || continues) {
        return i;
      }
    }
    return -1;
  }
}
