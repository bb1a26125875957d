package io.splicer.stitch;

import io.splicer.ads.StreamingMediaReadiness;
import io.splicer.core.MediaTime;
import io.splicer.vast.MediaFile;
import io.splicer.vast.ResolvedAd;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link BreakDecider} gets the creatives of one manifest format: which VAST media file is
 * the streaming rendition of that format, and the loaded creative's playable duration (a creative
 * is "ready" when it is loaded). HLS: {@link CreativeCatalog}; DASH: {@link DashCreativeCatalog}.
 */
interface CreativeSource {

  /** The ad's streaming media file of this format, or null when it has none. */
  @Nullable String mediaUri(ResolvedAd ad);

  /** Starts (or joins) loading the creative at {@code uri}; completes when loaded. */
  CompletableFuture<?> prepare(String uri);

  /** The playable duration of a loaded creative; empty when not (yet) loaded. */
  Optional<MediaTime> duration(String uri);

  /**
   * The first streaming media file (VAST 4.x §3.9.1 {@code delivery="streaming"}) whose MIME type
   * contains {@code typeFragment} ({@code mpegurl}, {@code dash+xml}), or null.
   */
  static @Nullable String streamingUri(ResolvedAd ad, String typeFragment) {
    for (MediaFile f : ad.mediaFiles()) {
      if (StreamingMediaReadiness.isStreamingRendition(f)
          && f.type() != null
          && f.type().toLowerCase(Locale.ROOT).contains(typeFragment)) {
        return f.uri().strip();
      }
    }
    return null;
  }
}
