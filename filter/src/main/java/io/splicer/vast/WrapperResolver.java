package io.splicer.vast;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** Resolves VAST wrapper chains through a {@link VastFetcher}. */
public final class WrapperResolver {

  private final VastFetcher fetcher;
  private final WrapperLimits limits;

  public WrapperResolver(VastFetcher fetcher, WrapperLimits limits) {
    this.fetcher = fetcher;
    this.limits = limits;
  }

  /** Fetches the ad tag and resolves its wrappers. */
  public CompletableFuture<VastResolution> resolve(URI adTagUri) {
    return CompletableFuture.completedFuture(
        VastResolution.failed(
            VastError.document(
                IabErrorCode.UNDEFINED,
                "not implemented yet " + fetcher + limits,
                java.util.List.of())));
  }

  /** Resolves an already fetched VAST response; relative ad tag URIs resolve against baseUri. */
  public CompletableFuture<VastResolution> resolve(byte[] vast, URI baseUri) {
    return resolve(baseUri);
  }
}
