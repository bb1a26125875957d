package io.splicer.admin.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.splicer.stitch.AdsInteraction;

/**
 * {@code GET /adsInteractions?limit=}: the most recent ADS interactions of this node, newest first
 * ({@code limit} 1–200, default 50), URL query values masked: {@code {"items": [...]}}.
 */
final class AdsInteractionsHandler implements Handler {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private final LiveService live;

  AdsInteractionsHandler(LiveService live) {
    this.live = live;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    int limit = LiveService.limit(request, DEFAULT_LIMIT, MAX_LIMIT);
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("items");
    for (AdsInteraction i : live.view().adsInteractions(limit)) {
      items.add(LiveJson.interaction(i));
    }
    return ApiResponse.json(200, body);
  }
}
