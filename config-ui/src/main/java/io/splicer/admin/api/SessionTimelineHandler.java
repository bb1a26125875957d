package io.splicer.admin.api;

/**
 * {@code GET /sessions/{id}/timeline}: the personalised timeline of a session this node has seen
 * (layout of its last stitched media playlist and its stored break decisions); 404 otherwise.
 */
final class SessionTimelineHandler implements Handler {

  private final LiveService live;

  SessionTimelineHandler(LiveService live) {
    this.live = live;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    String id = request.path("id");
    return live.view()
        .timeline(id)
        .map(t -> ApiResponse.json(200, LiveJson.timeline(t)))
        .orElseThrow(
            () ->
                new ApiException(
                    404,
                    "session ["
                        + id
                        + "] not seen recently on this node (the live view is per node and"
                        + " bounded)"));
  }
}
