package io.splicer.stitch;

import java.util.Map;
import java.util.Optional;

/**
 * Fill rate and counters of this node since start.
 *
 * @param activeSessions sessions in the live view's registry that have not expired
 * @param breaksDecided break decisions made (ADS interactions)
 * @param breaksFilled decisions that play at least one ad
 * @param adsReturned ads in ADS responses
 * @param adsUsed ads played by the decisions
 * @param adsSkipped ads left out by the fill rules
 * @param adsFailures ADS interactions that failed (timeout, status, I/O, malformed, ...)
 * @param availableMicros ad time available (see {@link AdsInteraction#availableMicros()})
 * @param filledMicros ad time filled with ads
 * @param slateMicros slate time
 * @param stitch the stitcher's counters ({@link StitchMetrics#snapshot()})
 */
public record LiveStats(
    int activeSessions,
    long breaksDecided,
    long breaksFilled,
    long adsReturned,
    long adsUsed,
    long adsSkipped,
    long adsFailures,
    long availableMicros,
    long filledMicros,
    long slateMicros,
    Map<String, Long> stitch) {

  public LiveStats {
    stitch = Map.copyOf(stitch);
  }

  /**
   * Ad time filled / ad time available (MediaTailor's {@code Avail.FillRate}); none if no avail.
   */
  public Optional<Double> fillRate() {
    return availableMicros <= 0
        ? Optional.empty()
        : Optional.of(Math.min(1.0, (double) filledMicros / availableMicros));
  }
}
