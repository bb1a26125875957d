package io.splicer.tracking;

import java.util.List;
import java.util.Set;

/**
 * Event names (VAST 4.3 §3.14.1 "Tracking Events", VMAP 1.0 §2.4 break tracking) and which of them
 * are fired server-side. MediaTailor's server-side and hybrid modes fire impression, start, the
 * quartiles, complete and VMAP {@code breakStart}/{@code breakEnd} (reference §7.1, §7.2); we add
 * VAST 4 {@code progress} at its offset. Player-interaction events ({@code pause}, {@code mute},
 * {@code clickTracking}, …) can only be reported by the player, from the tracking JSON.
 */
public final class BeaconEvents {

  public static final String IMPRESSION = "impression";
  public static final String START = "start";
  public static final String FIRST_QUARTILE = "firstQuartile";
  public static final String MIDPOINT = "midpoint";
  public static final String THIRD_QUARTILE = "thirdQuartile";
  public static final String COMPLETE = "complete";
  public static final String PROGRESS = "progress";
  public static final String BREAK_START = "breakStart";
  public static final String BREAK_END = "breakEnd";
  public static final String ERROR = "error";

  /** Events the server fires on segment delivery, in their natural order. */
  public static final List<String> SERVER_FIRED =
      List.of(
          BREAK_START,
          IMPRESSION,
          START,
          PROGRESS,
          FIRST_QUARTILE,
          MIDPOINT,
          THIRD_QUARTILE,
          COMPLETE,
          BREAK_END);

  private static final Set<String> SERVER_FIRED_SET = Set.copyOf(SERVER_FIRED);

  private BeaconEvents() {}

  /** True if the server fires this event on segment delivery. */
  public static boolean isServerFired(String event) {
    return SERVER_FIRED_SET.contains(event);
  }

  /** Rank for ordering events that fall at the same ad time. */
  static int rank(String event) {
    return SERVER_FIRED.indexOf(event);
  }
}
