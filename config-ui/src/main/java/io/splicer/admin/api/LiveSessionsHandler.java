package io.splicer.admin.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.splicer.stitch.LiveSession;

/**
 * {@code GET /sessions?limit=}: the unexpired sessions this node stitched recently, most recently
 * active first ({@code limit} 1–500, default 100): {@code {"items": [...]}}.
 */
final class LiveSessionsHandler implements Handler {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 500;

  private final LiveService live;

  LiveSessionsHandler(LiveService live) {
    this.live = live;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    int limit = LiveService.limit(request, DEFAULT_LIMIT, MAX_LIMIT);
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("items");
    for (LiveSession s : live.view().sessions(limit)) {
      items.add(LiveJson.session(s));
    }
    return ApiResponse.json(200, body);
  }
}
