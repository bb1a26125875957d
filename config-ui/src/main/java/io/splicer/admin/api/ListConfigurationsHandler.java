package io.splicer.admin.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.splicer.config.PlaybackConfiguration;
import java.util.List;

/**
 * {@code GET /playbackConfigurations?MaxResults=&NextToken=}: MediaTailor's {@code
 * ListPlaybackConfigurations} paging ({@code MaxResults} 1–100, default 100) answering {@code
 * {"Items": [...], "NextToken": ...}}; {@code NextToken} is present only when more items follow.
 */
final class ListConfigurationsHandler implements Handler {

  static final int DEFAULT_MAX_RESULTS = 100;

  private final ConfigurationService service;
  private final EndpointPrefixes prefixes;

  ListConfigurationsHandler(ConfigurationService service, EndpointPrefixes prefixes) {
    this.service = service;
    this.prefixes = prefixes;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    int max = maxResults(request.query().get("MaxResults"));
    String token = request.query().get("NextToken");
    String after = token == null || token.isEmpty() ? null : PageToken.decode(token);
    ConfigurationService.Page page = service.list(max, after);
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("Items");
    for (PlaybackConfiguration c : page.items()) {
      items.add(prefixes.render(c, request.baseUrl()));
    }
    List<PlaybackConfiguration> list = page.items();
    if (page.more() && !list.isEmpty()) {
      body.put("NextToken", PageToken.encode(list.get(list.size() - 1).name()));
    }
    return ApiResponse.json(200, body);
  }

  private static int maxResults(String raw) {
    if (raw == null) {
      return DEFAULT_MAX_RESULTS;
    }
    try {
      int n = Integer.parseInt(raw);
      if (n >= 1 && n <= 100) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ApiException(400, "MaxResults must be an integer 1..100 [" + raw + "]");
  }
}
