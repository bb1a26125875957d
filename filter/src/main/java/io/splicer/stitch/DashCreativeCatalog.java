package io.splicer.stitch;

import io.splicer.core.MediaTime;
import io.splicer.dash.AdCreative;
import io.splicer.dash.AdCreativeReader;
import io.splicer.dash.AdSegments;
import io.splicer.dash.DashException;
import io.splicer.dash.MpdDocument;
import io.splicer.dash.MpdReader;
import io.splicer.vast.ResolvedAd;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * The in-process cache of DASH creatives (the VAST {@code MediaFile type="application/dash+xml"
 * delivery="streaming"}, or a DASH {@code SlateAdUrl}): fetches the creative MPD once, off the
 * request thread, reads its first Period with {@link AdCreativeReader} and keeps it with the
 * absolute BaseURL its segments resolve against. Thread-safe.
 */
final class DashCreativeCatalog implements CreativeSource {

  /** MIME type fragment of DASH streaming media files (ISO/IEC 23009-1 Annex C). */
  static final String DASH_TYPE = "dash+xml";

  /**
   * A loaded DASH creative.
   *
   * @param uri the creative MPD's URL
   * @param creative its AdaptationSets and duration
   * @param baseUrl the absolute URL its segment templates resolve against (its MPD-level BaseURL,
   *     else its own directory; ISO/IEC 23009-1 §5.6)
   * @param segments its segments per Representation (server-side reporting maps segment requests
   *     with it)
   */
  record Loaded(String uri, AdCreative creative, String baseUrl, AdSegments segments) {}

  private final TextFetcher fetcher;
  private final AsyncLru<Loaded> entries;

  DashCreativeCatalog(TextFetcher fetcher, int maxEntries) {
    this.fetcher = fetcher;
    this.entries = new AsyncLru<>(maxEntries);
  }

  @Override
  public @Nullable String mediaUri(ResolvedAd ad) {
    return CreativeSource.streamingUri(ad, DASH_TYPE);
  }

  @Override
  public CompletableFuture<?> prepare(String uri) {
    return load(uri);
  }

  @Override
  public Optional<MediaTime> duration(String uri) {
    return peek(uri).map(l -> l.creative().duration());
  }

  CompletableFuture<Loaded> load(String uri) {
    return entries.load(uri, this::fetch);
  }

  Optional<Loaded> peek(String uri) {
    return entries.peek(uri);
  }

  private CompletableFuture<Loaded> fetch(String uri) {
    URI base;
    try {
      base = URI.create(uri.strip());
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(new IOException("bad creative URI [" + uri + "]"));
    }
    return fetcher.fetch(base).thenApply(text -> read(base, text));
  }

  static Loaded read(URI uri, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      MpdDocument doc = MpdReader.read(bytes);
      AdCreative creative = AdCreativeReader.read(bytes);
      URI base = uri;
      if (!doc.baseUrlValues().isEmpty()) {
        base = uri.resolve(doc.baseUrlValues().get(0).strip());
      }
      return new Loaded(
          uri.toString(),
          creative,
          base.resolve(".").toString(),
          AdSegments.read(bytes, creative.duration()));
    } catch (DashException | IllegalArgumentException e) {
      throw new CompletionException(
          new IOException("DASH creative [" + uri + "]: " + e.getMessage(), e));
    }
  }
}
