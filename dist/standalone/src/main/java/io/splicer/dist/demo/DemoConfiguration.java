package io.splicer.dist.demo;

import io.splicer.config.ConfigurationRepository;
import io.splicer.config.PlaybackConfiguration;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code demo} playback configuration: origin {@code /origin/} (this webapp), ADS the demo VAST
 * endpoint. Written on first run; rewritten on later runs only while it still carries the {@value
 * #TAG} tag (so a port change is followed, and a user's own edits are kept).
 */
public final class DemoConfiguration {

  public static final String NAME = "demo";
  public static final String TAG = "splicer:generated-by";

  private DemoConfiguration() {}

  public static PlaybackConfiguration of(String adsBaseUrl) {
    return PlaybackConfiguration.builder(NAME)
        .videoContentSourceUrl("/origin/")
        .adDecisionServerUrl(adsBaseUrl + "/ads/vast?duration=[session.avail_duration_secs]")
        .tags(Map.of(TAG, "standalone-demo"))
        .build();
  }

  /** Writes the configuration unless the user owns an edited one. */
  public static boolean install(ConfigurationRepository repository, String adsBaseUrl) {
    Optional<PlaybackConfiguration> existing = repository.find(NAME);
    boolean ours =
        existing.isEmpty()
            || (existing.get().tags() != null && existing.get().tags().containsKey(TAG));
    PlaybackConfiguration wanted = of(adsBaseUrl);
    if (ours && !wanted.equals(existing.orElse(null))) {
      repository.put(wanted);
      return true;
    }
    return false;
  }
}
