package io.splicer.tracking;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One beacon URL of an ad: the VAST event it reports (VAST 4.3 §3.14.1, e.g. {@code impression},
 * {@code start}, {@code progress}; VMAP 1.0 §2.4 {@code breakStart}/{@code breakEnd}), its URL
 * template with the VAST macros still in place, and for {@code progress} the raw {@code offset}
 * ({@code HH:MM:SS(.mmm)} or {@code n%}). Serializable: the stitch layer stores beacons with its
 * per-break decisions in the session store.
 *
 * @param event the event name as written in VAST (case-sensitive)
 * @param url the URL template
 * @param offset the {@code progress} offset, or {@code null} for other events
 */
public record Beacon(String event, String url, @Nullable String offset) implements Serializable {

  private static final long serialVersionUID = 1L;

  public Beacon {
    if (event == null || event.isBlank()) {
      throw new IllegalArgumentException("beacon event must not be blank: [" + event + "]");
    }
    if (url == null) {
      throw new IllegalArgumentException("beacon url must not be null for event [" + event + "]");
    }
  }

  /** A beacon without an offset. */
  public static Beacon of(String event, String url) {
    return new Beacon(event, url, null);
  }

  /** A VAST 4 {@code progress} beacon. */
  public static Beacon progress(String offset, String url) {
    return new Beacon(BeaconEvents.PROGRESS, url, offset);
  }
}
