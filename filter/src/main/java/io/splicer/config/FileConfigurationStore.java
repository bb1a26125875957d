package io.splicer.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Playback configurations stored as one MediaTailor-shaped JSON file per configuration: {@code
 * <dir>/<name>.json} with PascalCase fields ({@code Name}, {@code VideoContentSourceUrl}, {@code
 * AdDecisionServerUrl}). Every lookup reads the file, so edits apply at once.
 */
public final class FileConfigurationStore implements ConfigurationRepository {

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,512}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;

  public FileConfigurationStore(Path dir) {
    this.dir = dir;
  }

  @Override
  public Optional<PlaybackConfiguration> find(String name) {
    if (!SAFE_NAME.matcher(name).matches() || name.startsWith(".")) {
      return Optional.empty();
    }
    Path file = dir.resolve(name + ".json");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(file.toFile());
      JsonNode source = node.path("VideoContentSourceUrl");
      if (!source.isTextual()) {
        return Optional.empty();
      }
      JsonNode ads = node.path("AdDecisionServerUrl");
      return Optional.of(
          new PlaybackConfiguration(name, source.asText(), ads.isTextual() ? ads.asText() : null));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable playback configuration [" + file + "]", e);
    }
  }
}
