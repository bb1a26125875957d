package io.splicer.stitch;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches small text documents (ad creative playlists). The future fails with an {@link
 * java.io.IOException} (or a timeout) when the document cannot be had; it must not block the
 * calling thread. Tests inject in-memory fetchers.
 */
@FunctionalInterface
public interface TextFetcher {

  CompletableFuture<String> fetch(URI uri);
}
