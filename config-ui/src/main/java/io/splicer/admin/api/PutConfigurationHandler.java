package io.splicer.admin.api;

import io.splicer.config.ConfigError;
import io.splicer.config.ConfigurationValidator;
import io.splicer.config.InvalidConfigurationException;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.config.Versioned;
import java.util.List;

/**
 * {@code PUT /playbackConfigurations/{name}}: create (201) or replace (200), idempotent; body is
 * MediaTailor's {@code PutPlaybackConfiguration} JSON. {@code If-Match} makes it conditional (412
 * on a lost update); see {@link ConfigurationBody} for 400/422.
 */
final class PutConfigurationHandler implements Handler {

  private final ConfigurationService service;
  private final EndpointPrefixes prefixes;

  PutConfigurationHandler(ConfigurationService service, EndpointPrefixes prefixes) {
    this.service = service;
    this.prefixes = prefixes;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    String name = request.path("name");
    if (!ConfigurationValidator.isValidName(name)) {
      throw ConfigurationBody.invalid(
          List.of(
              new ConfigError(
                  "/Name",
                  "may contain only letters, digits, '-' and '_' (1.."
                      + ConfigurationValidator.MAX_NAME_LENGTH
                      + " characters)")));
    }
    PlaybackConfiguration config = ConfigurationBody.parse(request.body(), name);
    String current = service.get(name).map(Versioned::version).orElse(null);
    String expected = EntityTags.expectedVersion(request.header("If-Match"), current);
    ConfigurationService.PutResult result;
    try {
      result = service.put(config, expected, request.user());
    } catch (InvalidConfigurationException e) {
      throw ConfigurationBody.invalid(e.errors());
    }
    ApiResponse response =
        ApiResponse.json(
                result.created() ? 201 : 200,
                prefixes.render(result.stored().value(), request.baseUrl()))
            .withHeader("ETag", EntityTags.quote(result.stored().version()));
    return result.created()
        ? response.withHeader(
            "Location",
            request.baseUrl() + AdminRoutes.API_ROOT + "/playbackConfigurations/" + name)
        : response;
  }
}
