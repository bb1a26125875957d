package io.splicer.tracking;

import io.splicer.core.MediaTime;
import java.util.List;

/**
 * One server-fired event of an ad with all its URLs, placed on the segment whose request fires it.
 *
 * @param eventKey de-duplication key within the ad: the event name, or {@code progress@<micros>}
 * @param event the VAST event name
 * @param urls the URL templates reporting it (several {@code <Impression>}s fire together)
 * @param segmentIndex the 0-based index of the ad segment that fires it
 * @param adOffset the event's time from the ad's start ({@code [ADPLAYHEAD]})
 */
public record ScheduledBeacon(
    String eventKey, String event, List<String> urls, int segmentIndex, MediaTime adOffset) {

  public ScheduledBeacon {
    urls = List.copyOf(urls);
  }
}
