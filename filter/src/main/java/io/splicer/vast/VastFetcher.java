package io.splicer.vast;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches an ad response (VAST or VMAP) for {@link WrapperResolver}; the {@code ads} package
 * supplies the HTTP implementation, tests an in-memory one. The resolver enforces timeouts: it
 * stops waiting after the per-request timeout or the remaining total budget and then cancels the
 * future, so an implementation should abort its request on {@code cancel}. A non-success response
 * is a failed future.
 */
@FunctionalInterface
public interface VastFetcher {

  CompletableFuture<FetchedDocument> fetch(URI uri);
}
