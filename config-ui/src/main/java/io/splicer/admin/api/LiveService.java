package io.splicer.admin.api;

import io.splicer.stitch.LiveView;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The live-view side of the admin API: the Splicer filter's read-only {@link LiveView} of this
 * node, resolved on each call (the filter may start after the servlet). Without a filter in this
 * webapp there is no live data, and the endpoints say so (503) instead of inventing any.
 */
public final class LiveService {

  private final Supplier<Optional<LiveView>> live;

  /**
   * @param live the filter's live view, when the filter runs in this webapp
   */
  public LiveService(Supplier<Optional<LiveView>> live) {
    this.live = live;
  }

  /** The live view, or 503. */
  LiveView view() {
    return live.get()
        .orElseThrow(
            () ->
                new ApiException(
                    503,
                    "no live data: the Splicer filter is not running in this webapp (the live view"
                        + " is per node and per webapp)"));
  }

  /** A {@code limit} query parameter in {@code 1..max}, or {@code dflt} when absent. */
  static int limit(ApiRequest request, int dflt, int max) {
    String raw = request.query().get("limit");
    if (raw == null || raw.isEmpty()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(raw);
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ApiException(400, "limit must be an integer 1.." + max + " [" + raw + "]");
  }
}
