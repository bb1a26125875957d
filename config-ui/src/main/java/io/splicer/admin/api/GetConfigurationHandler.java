package io.splicer.admin.api;

import io.splicer.config.PlaybackConfiguration;
import io.splicer.config.Versioned;

/** {@code GET /playbackConfigurations/{name}}: 200 with the configuration and its ETag, or 404. */
final class GetConfigurationHandler implements Handler {

  private final ConfigurationService service;
  private final EndpointPrefixes prefixes;

  GetConfigurationHandler(ConfigurationService service, EndpointPrefixes prefixes) {
    this.service = service;
    this.prefixes = prefixes;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    String name = request.path("name");
    Versioned<PlaybackConfiguration> found = service.get(name).orElseThrow(() -> notFound(name));
    return ApiResponse.json(200, prefixes.render(found.value(), request.baseUrl()))
        .withHeader("ETag", EntityTags.quote(found.version()));
  }

  static ApiException notFound(String name) {
    return new ApiException(404, "playback configuration [" + name + "] not found");
  }
}
