package io.splicer.stitch;

import io.splicer.core.MediaTime;
import io.splicer.hls.AttributeList;
import io.splicer.hls.HlsLine;
import io.splicer.hls.HlsParseException;
import io.splicer.hls.HlsParser;
import io.splicer.hls.MediaPlaylist;
import io.splicer.hls.MediaSegment;
import io.splicer.hls.MultivariantPlaylist;
import io.splicer.hls.Playlist;
import io.splicer.hls.SpliceSegment;
import io.splicer.vast.ResolvedAd;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * The in-process cache of streaming creatives: fetches a creative's multivariant playlist and its
 * media playlists once (in parallel, off the request thread, through a {@link TextFetcher}) and
 * keeps the parsed {@link Creative} in a bounded {@link AsyncLru}. A failed load is forgotten, so a
 * later break tries again. Thread-safe.
 */
final class CreativeCatalog implements CreativeSource {

  private final TextFetcher fetcher;
  private final AsyncLru<Creative> entries;

  CreativeCatalog(TextFetcher fetcher, int maxEntries) {
    this.fetcher = fetcher;
    this.entries = new AsyncLru<>(maxEntries);
  }

  /** The creative at {@code uri}, loading it unless cached or loading; never blocks. */
  CompletableFuture<Creative> load(String uri) {
    return entries.load(uri, this::fetchCreative);
  }

  /** A loaded creative, without loading. */
  Optional<Creative> peek(String uri) {
    return entries.peek(uri);
  }

  @Override
  public @Nullable String mediaUri(ResolvedAd ad) {
    return CreativeSource.streamingUri(ad, "mpegurl");
  }

  @Override
  public CompletableFuture<?> prepare(String uri) {
    return load(uri);
  }

  @Override
  public Optional<MediaTime> duration(String uri) {
    return peek(uri).map(Creative::duration);
  }

  private CompletableFuture<Creative> fetchCreative(String uri) {
    URI base;
    try {
      base = URI.create(uri.strip());
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(new IOException("bad creative URI [" + uri + "]"));
    }
    return fetcher
        .fetch(base)
        .thenCompose(
            text -> {
              Playlist p = parse(text, uri);
              if (p instanceof MediaPlaylist m) {
                return CompletableFuture.completedFuture(
                    new Creative(uri, List.of(rendition(uri, "", 0, 0, 0, m)), Optional.empty()));
              }
              return variants(base, (MultivariantPlaylist) p);
            });
  }

  private CompletableFuture<Creative> variants(URI base, MultivariantPlaylist p) {
    List<CompletableFuture<Creative.Rendition>> variants = new ArrayList<>();
    CompletableFuture<Creative.Rendition> audio = null;
    boolean audioIsDefault = false;
    AttributeList streamInf = null;
    for (HlsLine l : p.lines()) {
      if (l.isTag("EXT-X-STREAM-INF")) {
        streamInf = AttributeList.parse(l.value());
      } else if (l.isUri() && streamInf != null) {
        variants.add(media(base.resolve(l.uriText()).toString(), streamInf));
        streamInf = null;
      } else if (l.isTag("EXT-X-MEDIA")) {
        AttributeList a = AttributeList.parse(l.value());
        String u = a.string("URI").orElse(null);
        boolean isDefault = a.yes("DEFAULT");
        if ("AUDIO".equals(a.enumerated("TYPE").orElse(""))
            && u != null
            && (audio == null || (isDefault && !audioIsDefault))) {
          audio = media(base.resolve(u).toString(), a);
          audioIsDefault = isDefault;
        }
      }
    }
    if (variants.isEmpty()) {
      return CompletableFuture.failedFuture(
          new IOException("creative has no variants [" + base + "]"));
    }
    CompletableFuture<Creative.Rendition> audioFuture =
        audio == null ? CompletableFuture.completedFuture(null) : audio.exceptionally(t -> null);
    CompletableFuture<?>[] all = variants.toArray(new CompletableFuture<?>[0]);
    return CompletableFuture.allOf(all)
        .thenCombine(
            audioFuture,
            (ignored, a) ->
                new Creative(
                    base.toString(),
                    variants.stream().map(CompletableFuture::join).toList(),
                    Optional.ofNullable(a)));
  }

  private CompletableFuture<Creative.Rendition> media(String uri, AttributeList a) {
    String res = a.raw("RESOLUTION");
    int w = 0;
    int h = 0;
    if (res != null && res.indexOf('x') > 0) {
      try {
        w = Integer.parseInt(res.substring(0, res.indexOf('x')).trim());
        h = Integer.parseInt(res.substring(res.indexOf('x') + 1).trim());
      } catch (NumberFormatException e) {
        w = 0;
        h = 0;
      }
    }
    String codecs = a.string("CODECS").orElse("");
    long bandwidth = a.integer("BANDWIDTH").orElse(0);
    int width = w;
    int height = h;
    return fetcher
        .fetch(URI.create(uri))
        .thenApply(
            text -> {
              Playlist p = parse(text, uri);
              if (!(p instanceof MediaPlaylist m)) {
                throw new CompletionException(
                    new IOException("not a media playlist [" + uri + "]"));
              }
              return rendition(uri, codecs, bandwidth, width, height, m);
            });
  }

  private static Playlist parse(String text, String uri) {
    try {
      if (!text.stripLeading().startsWith("#EXTM3U")) {
        throw new IOException("not a playlist [" + uri + "]");
      }
      return HlsParser.parse(text);
    } catch (HlsParseException | IOException e) {
      throw new CompletionException(new IOException("creative [" + uri + "]: " + e.getMessage()));
    }
  }

  private static Creative.Rendition rendition(
      String uri, String codecs, long bandwidth, int width, int height, MediaPlaylist m) {
    URI base = URI.create(uri);
    List<SpliceSegment> segments = new ArrayList<>();
    String map = null;
    for (MediaSegment s : m.segments()) {
      for (int i = s.firstLine(); i < s.uriLine(); i++) {
        if (m.lines().get(i).isTag("EXT-X-BYTERANGE")) {
          throw new CompletionException(
              new IOException("byte-range segments are not supported [" + uri + "]"));
        }
      }
      segments.add(new SpliceSegment(base.resolve(s.uri()).toString(), s.duration()));
      if (map == null && s.mapLine() >= 0) {
        map = mapUri(base, m.lines().get(s.mapLine()));
      }
    }
    if (segments.isEmpty()) {
      throw new CompletionException(new IOException("creative without segments [" + uri + "]"));
    }
    return new Creative.Rendition(
        uri, codecs, bandwidth, width, height, segments, Optional.ofNullable(map));
  }

  private static @Nullable String mapUri(URI base, HlsLine map) {
    return AttributeList.parse(map.value())
        .string("URI")
        .map(u -> base.resolve(u).toString())
        .orElse(null);
  }
}
