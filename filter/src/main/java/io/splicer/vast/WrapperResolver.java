package io.splicer.vast;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Resolves VAST Wrapper chains (VAST 4.3 §2.3.4, §3.19) through a {@link VastFetcher}; does no
 * network I/O itself. Enforces the {@link WrapperLimits}: wrapper depth (302), per-request timeout
 * and total budget (301), and detects loops (300). Relative {@code VASTAdTagURI}s resolve against
 * the URI of the document that names them. Wrapper impressions, error URLs, tracking and click
 * tracking are merged into the InLine ads (see {@link AdFlattener}). Every failure becomes a {@link
 * VastError} with its IAB code and the chain's {@code <Error>} URLs; the returned future never
 * completes exceptionally. Thread-safe; Wrappers of one response are fetched concurrently.
 */
public final class WrapperResolver {

  private final VastFetcher fetcher;
  private final WrapperLimits limits;
  private final LongSupplier nanoClock;

  public WrapperResolver(VastFetcher fetcher, WrapperLimits limits) {
    this(fetcher, limits, System::nanoTime);
  }

  /** With an injected monotonic clock (nanoseconds) for the total budget, for tests. */
  WrapperResolver(VastFetcher fetcher, WrapperLimits limits, LongSupplier nanoClock) {
    this.fetcher = fetcher;
    this.limits = limits;
    this.nanoClock = nanoClock;
  }

  /** Shared state of one resolution. */
  private record Run(long deadlineNanos, AtomicInteger groups, Linearity linearity) {}

  /** Resolved ads and errors of one part of a response, in order. */
  private record Part(List<ResolvedAd> ads, List<VastError> errors) {
    static Part of(VastError error) {
      return new Part(List.of(), List.of(error));
    }
  }

  /** The outcome of one fetch: a document, or an error code and message. */
  private record Fetched(
      @Nullable FetchedDocument doc, @Nullable IabErrorCode code, @Nullable String message) {}

  /** Fetches the ad tag (error 301 if it cannot) and resolves its wrappers. */
  public CompletableFuture<VastResolution> resolve(URI adTagUri) {
    return resolve(adTagUri, Linearity.LINEAR);
  }

  /**
   * Fetches the ad tag and resolves its wrappers, keeping the ads of the given linearity (a VMAP
   * {@code nonlinear} break's overlays: {@link Linearity#NON_LINEAR}).
   */
  public CompletableFuture<VastResolution> resolve(URI adTagUri, Linearity linearity) {
    Run run = newRun(linearity);
    return fetch(adTagUri, run)
        .thenCompose(
            f -> {
              if (f.doc() == null) {
                return done(VastError.document(f.code(), f.message(), List.of()));
              }
              return resolveBytes(f.doc().body(), f.doc().finalUri(), Set.of(adTagUri), run);
            })
        .exceptionally(WrapperResolver::unexpected);
  }

  /** Resolves an already fetched VAST response; relative ad tag URIs resolve against baseUri. */
  public CompletableFuture<VastResolution> resolve(byte[] vast, URI baseUri) {
    return resolveBytes(vast, baseUri, Set.of(), newRun(Linearity.LINEAR))
        .exceptionally(WrapperResolver::unexpected);
  }

  /** Resolves a parsed VAST document (for example a VMAP {@code VASTAdData}). */
  public CompletableFuture<VastResolution> resolve(VastDocument vast, URI baseUri) {
    return resolve(vast, baseUri, Linearity.LINEAR);
  }

  /** Resolves a parsed VAST document keeping the ads of the given linearity. */
  public CompletableFuture<VastResolution> resolve(
      VastDocument vast, URI baseUri, Linearity linearity) {
    Chain root = Chain.root(Set.of(baseUri));
    return resolveDocument(vast, baseUri, root, newRun(linearity), 0)
        .thenApply(p -> new VastResolution(p.ads(), p.errors()))
        .exceptionally(WrapperResolver::unexpected);
  }

  private Run newRun(Linearity linearity) {
    return new Run(
        nanoClock.getAsLong() + limits.totalBudget().toNanos(), new AtomicInteger(), linearity);
  }

  private CompletableFuture<VastResolution> resolveBytes(
      byte[] body, URI base, Set<URI> visited, Run run) {
    VastParse parse = VastParser.parseVast(body, limits.xml(), false);
    if (!parse.isOk()) {
      return done(parse.error());
    }
    Set<URI> seen = new HashSet<>(visited);
    seen.add(base);
    return resolveDocument(parse.document(), base, Chain.root(seen), run, 0)
        .thenApply(p -> new VastResolution(p.ads(), p.errors()));
  }

  private static CompletableFuture<VastResolution> done(VastError error) {
    return CompletableFuture.completedFuture(VastResolution.failed(error));
  }

  private static VastResolution unexpected(Throwable t) {
    return VastResolution.failed(
        VastError.document(IabErrorCode.UNDEFINED, "unexpected failure [" + t + "]", List.of()));
  }

  private CompletableFuture<Part> resolveDocument(
      VastDocument doc, URI base, Chain chain, Run run, int group) {
    if (doc.ads().isEmpty()) {
      // VAST 4.3 §2.3.6.3: 303, no ads (also for an empty top-level response)
      List<String> urls = new ArrayList<>(doc.errorUrls());
      urls.addAll(chain.errorUrls());
      return CompletableFuture.completedFuture(
          Part.of(chain.error(IabErrorCode.NO_ADS, "no ads in VAST response " + chain, urls)));
    }
    List<VastAd> ads = doc.ads();
    List<CompletableFuture<Part>> parts = new ArrayList<>(ads.size());
    for (VastAd ad : ads) {
      Chain c = chain.forAd(ad);
      parts.add(
          ad.isWrapper()
              ? resolveWrapper(ad, base, c, run)
              : CompletableFuture.completedFuture(
                  run.linearity() == Linearity.NON_LINEAR
                      ? overlay(ad, c, group)
                      : inline(ad, c, group)));
    }
    return CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0]))
        .thenApply(v -> podOrder(ads, parts));
  }

  /** Sequenced ads in increasing sequence (stable), then stand-alone ads in document order. */
  private static Part podOrder(List<VastAd> ads, List<CompletableFuture<Part>> parts) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ads.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing(
            (Integer i) -> ads.get(i).sequence(), Comparator.nullsLast(Comparator.naturalOrder())));
    List<ResolvedAd> resolved = new ArrayList<>();
    List<VastError> errors = new ArrayList<>();
    for (int i : order) {
      resolved.addAll(parts.get(i).join().ads());
    }
    for (CompletableFuture<Part> p : parts) {
      errors.addAll(p.join().errors());
    }
    return new Part(resolved, errors);
  }

  private Part inline(VastAd ad, Chain chain, int group) {
    VastCreative creative = AdFlattener.firstLinear(ad);
    List<String> urls = AdFlattener.errorUrls(ad, chain.wrappers());
    if (creative == null) {
      boolean nonLinear = ad.creatives().stream().anyMatch(c -> c.nonLinear() != null);
      IabErrorCode code =
          nonLinear
              ? IabErrorCode.UNEXPECTED_LINEARITY
              : chain.depth() > 0 ? IabErrorCode.NO_ADS : IabErrorCode.TRAFFICKING;
      return Part.of(chain.error(code, "no Linear creative in ad [" + ad.id() + "]", urls));
    }
    LinearCreative linear = creative.linear();
    if (linear.mediaFiles().isEmpty() && linear.mezzanines().isEmpty()) {
      return Part.of(
          chain.error(
              IabErrorCode.NO_SUPPORTED_MEDIA_FILE, "no MediaFile in ad [" + ad.id() + "]", urls));
    }
    ResolvedAd resolved =
        AdFlattener.flatten(ad, creative, chain.wrappers(), chain.uris(), ad.sequence(), group);
    return new Part(List.of(resolved), List.of());
  }

  /**
   * An InLine ad of a non-linear break: its first {@code NonLinearAds} creative (VAST 4.1 §3.15),
   * or error 201 when it has none (a linear-only ad where an overlay was asked for).
   */
  private Part overlay(VastAd ad, Chain chain, int group) {
    VastCreative creative = AdFlattener.firstNonLinear(ad);
    if (creative == null) {
      return Part.of(
          chain.error(
              IabErrorCode.UNEXPECTED_LINEARITY,
              "no NonLinearAds creative in ad [" + ad.id() + "]",
              AdFlattener.errorUrls(ad, chain.wrappers())));
    }
    ResolvedAd resolved =
        AdFlattener.flattenNonLinear(
            ad, creative, chain.wrappers(), chain.uris(), ad.sequence(), group);
    return new Part(List.of(resolved), List.of());
  }

  private CompletableFuture<Part> resolveWrapper(VastAd ad, URI base, Chain chain, Run run) {
    WrapperInfo w = ad.wrapper();
    List<String> urls = AdFlattener.errorUrls(ad, chain.wrappers());
    String refusal = refusal(w, chain);
    if (refusal != null) {
      IabErrorCode code =
          chain.depth() >= limits.maxWrapperDepth() && chain.followWrappers()
              ? IabErrorCode.WRAPPER_LIMIT
              : IabErrorCode.WRAPPER;
      return CompletableFuture.completedFuture(Part.of(chain.error(code, refusal, urls)));
    }
    URI uri;
    try {
      uri = Uris.resolve(base, w.adTagUri());
    } catch (URISyntaxException e) {
      return CompletableFuture.completedFuture(
          Part.of(
              chain.error(
                  IabErrorCode.WRAPPER, "invalid VASTAdTagURI [" + w.adTagUri() + "]", urls)));
    }
    if (chain.visited().contains(uri)) {
      return CompletableFuture.completedFuture(
          Part.of(chain.error(IabErrorCode.WRAPPER, "wrapper loop [" + uri + "]", urls)));
    }
    Chain next = chain.enter(ad, uri);
    int group = run.groups().incrementAndGet();
    return fetch(uri, run)
        .thenCompose(f -> followed(f, next, run, group, urls))
        .thenApply(part -> select(part, ad, w, next, urls));
  }

  /** Why a Wrapper is not followed, or {@code null}. */
  private @Nullable String refusal(WrapperInfo w, Chain chain) {
    if (!chain.followWrappers()) {
      return "followAdditionalWrappers=false on the parent Wrapper [" + w.adTagUri() + "]";
    }
    if (chain.depth() >= limits.maxWrapperDepth()) {
      return "wrapper limit reached [" + limits.maxWrapperDepth() + "]";
    }
    if (w.adTagUri().isEmpty()) {
      return "Wrapper without VASTAdTagURI []";
    }
    return null;
  }

  private CompletableFuture<Part> followed(
      Fetched f, Chain next, Run run, int group, List<String> urls) {
    if (f.doc() == null) {
      return CompletableFuture.completedFuture(Part.of(next.error(f.code(), f.message(), urls)));
    }
    VastParse parse = VastParser.parseVast(f.doc().body(), limits.xml(), false);
    if (!parse.isOk()) {
      VastError e = parse.error();
      return CompletableFuture.completedFuture(
          Part.of(next.error(e.code(), e.message() + " at " + f.doc().finalUri(), urls)));
    }
    return resolveDocument(parse.document(), f.doc().finalUri(), next, run, group);
  }

  /**
   * Applies the Wrapper's {@code allowMultipleAds} (mediatailor-behaviour §6 "Ad buffet"): false
   * keeps one ad (lowest-sequenced, else the first stand-alone) at the Wrapper's sequence; true
   * keeps all, at the Wrapper's sequence when it has one.
   */
  private static Part select(
      Part part, VastAd wrapperAd, WrapperInfo w, Chain chain, List<String> urls) {
    if (part.ads().isEmpty()) {
      if (!part.errors().isEmpty()) {
        return part;
      }
      return Part.of(chain.error(IabErrorCode.NO_ADS, "no ads after wrapper " + chain, urls));
    }
    Integer sequence = wrapperAd.sequence();
    List<ResolvedAd> kept = w.allowMultipleAds() ? part.ads() : List.of(part.ads().get(0));
    if (!w.allowMultipleAds() || sequence != null) {
      kept = kept.stream().map(a -> a.withSequence(sequence)).toList();
    }
    return new Part(kept, part.errors());
  }

  /** Fetches with the per-request timeout, bounded by what is left of the total budget. */
  private CompletableFuture<Fetched> fetch(URI uri, Run run) {
    long remaining = run.deadlineNanos() - nanoClock.getAsLong();
    if (remaining <= 0) {
      return CompletableFuture.completedFuture(
          new Fetched(
              null, IabErrorCode.WRAPPER_TIMEOUT, "total budget exhausted before [" + uri + "]"));
    }
    boolean budgetBound = remaining < limits.perRequestTimeout().toNanos();
    long timeout = Math.min(remaining, limits.perRequestTimeout().toNanos());
    CompletableFuture<FetchedDocument> request;
    try {
      request = fetcher.fetch(uri);
    } catch (RuntimeException e) {
      request = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<FetchedDocument> pending = request;
    return request
        .copy()
        .orTimeout(timeout, TimeUnit.NANOSECONDS)
        .handle(
            (doc, failure) -> {
              if (failure == null && doc != null) {
                return new Fetched(doc, null, null);
              }
              Throwable cause =
                  failure instanceof CompletionException ? failure.getCause() : failure;
              if (cause instanceof TimeoutException) {
                pending.cancel(true);
                String what = budgetBound ? "total budget exhausted" : "timeout";
                return new Fetched(
                    null, IabErrorCode.WRAPPER_TIMEOUT, what + " fetching [" + uri + "]");
              }
              // VAST 4.3 §2.3.6.3: 301 covers an unavailable URI as well as a timeout
              return new Fetched(
                  null, IabErrorCode.WRAPPER_TIMEOUT, "fetch failed [" + uri + "]: " + cause);
            });
  }
}
