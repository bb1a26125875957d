package io.splicer.admin.api;

import io.splicer.config.ConfigurationRepository;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.config.Versioned;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facade below the admin API's handlers: playback configurations by name, pages of them in name
 * order, and conditional writes. Logs who changed what, never configuration contents (ADS URLs may
 * carry keys). Thread-safe.
 */
public final class ConfigurationService {

  private static final Logger LOG = LoggerFactory.getLogger(ConfigurationService.class);

  /**
   * One page of a listing.
   *
   * @param items configurations in name order
   * @param more whether configurations follow the last item
   */
  public record Page(List<PlaybackConfiguration> items, boolean more) {
    public Page {
      items = List.copyOf(items);
    }
  }

  /**
   * The outcome of a put.
   *
   * @param stored the configuration and its new version
   * @param created whether it did not exist before
   */
  public record PutResult(Versioned<PlaybackConfiguration> stored, boolean created) {}

  private final Supplier<ConfigurationRepository> repository;

  /**
   * @param repository resolved on each call, so the filter's repository can appear after the
   *     servlet starts
   */
  public ConfigurationService(Supplier<ConfigurationRepository> repository) {
    this.repository = repository;
  }

  public Optional<Versioned<PlaybackConfiguration>> get(String name) {
    return repository.get().findVersioned(name);
  }

  /**
   * Up to {@code max} configurations whose names sort after {@code after}.
   *
   * @param after the last name of the previous page, or {@code null} for the first page
   */
  public Page list(int max, @Nullable String after) {
    List<PlaybackConfiguration> all = repository.get().list(); // sorted by name
    int from = 0;
    if (after != null) {
      while (from < all.size() && all.get(from).name().compareTo(after) <= 0) {
        from++;
      }
    }
    int to = Math.min(all.size(), from + max);
    return new Page(all.subList(from, to), to < all.size());
  }

  /**
   * Creates or replaces a configuration.
   *
   * @param expectedVersion {@code null}, {@code "*"} or a version (see {@link
   *     ConfigurationRepository})
   */
  public PutResult put(
      PlaybackConfiguration config, @Nullable String expectedVersion, String user) {
    ConfigurationRepository repo = repository.get();
    boolean existed = repo.findVersioned(config.name()).isPresent();
    Versioned<PlaybackConfiguration> stored = repo.put(config, expectedVersion);
    LOG.info(
        "Playback configuration [{}] {} by [{}], version [{}]",
        config.name(),
        existed ? "replaced" : "created",
        user,
        stored.version());
    return new PutResult(stored, !existed);
  }

  /** Deletes a configuration; whether it existed. */
  public boolean delete(String name, @Nullable String expectedVersion, String user) {
    boolean existed = repository.get().delete(name, expectedVersion);
    if (existed) {
      LOG.info("Playback configuration [{}] deleted by [{}]", name, user);
    }
    return existed;
  }
}
