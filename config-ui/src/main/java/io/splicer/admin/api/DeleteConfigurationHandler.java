package io.splicer.admin.api;

import io.splicer.config.Versioned;

/**
 * {@code DELETE /playbackConfigurations/{name}}: 204, or 404 when absent; {@code If-Match} makes it
 * conditional (412).
 */
final class DeleteConfigurationHandler implements Handler {

  private final ConfigurationService service;

  DeleteConfigurationHandler(ConfigurationService service) {
    this.service = service;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    String name = request.path("name");
    String current = service.get(name).map(Versioned::version).orElse(null);
    String expected = EntityTags.expectedVersion(request.header("If-Match"), current);
    if (!service.delete(name, expected, request.user())) {
      throw GetConfigurationHandler.notFound(name);
    }
    return ApiResponse.noContent();
  }
}
