package io.splicer.admin.api;

/** {@code GET /stats}: fill rate and counters of this node since start. */
final class LiveStatsHandler implements Handler {

  private final LiveService live;

  LiveStatsHandler(LiveService live) {
    this.live = live;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    return ApiResponse.json(200, LiveJson.stats(live.view().stats()));
  }
}
