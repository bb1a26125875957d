package io.splicer.vast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory {@link VastFetcher} serving the test corpus: {@code http://ads.test/<path>} is the
 * class-path resource {@code corpus/<path>}; anything else is a 404 (failed future).
 */
final class CorpusFetcher implements VastFetcher {

  static final URI BASE = URI.create("http://ads.test/vast/vast-client-js/");

  final List<URI> fetched = new CopyOnWriteArrayList<>();

  static URI uri(String relative) {
    return BASE.resolve(relative);
  }

  static byte[] bytes(String corpusPath) {
    try (InputStream in = CorpusFetcher.class.getResourceAsStream("/corpus/" + corpusPath)) {
      if (in == null) {
        throw new IllegalArgumentException("no corpus file [" + corpusPath + "]");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public CompletableFuture<FetchedDocument> fetch(URI uri) {
    fetched.add(uri);
    String path = uri.getPath();
    if (!"ads.test".equals(uri.getHost()) || path == null || path.length() < 2) {
      return CompletableFuture.failedFuture(new IOException("404 [" + uri + "]"));
    }
    try (InputStream in = getClass().getResourceAsStream("/corpus" + path)) {
      if (in == null) {
        return CompletableFuture.failedFuture(new IOException("404 [" + uri + "]"));
      }
      return CompletableFuture.completedFuture(new FetchedDocument(uri, in.readAllBytes()));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
