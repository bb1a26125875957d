package io.splicer.ads;

import io.splicer.vast.FetchedDocument;
import io.splicer.vast.IabErrorCode;
import io.splicer.vast.Linearity;
import io.splicer.vast.VastDocument;
import io.splicer.vast.VastError;
import io.splicer.vast.VastParser;
import io.splicer.vast.VastResolution;
import io.splicer.vast.VmapAdBreak;
import io.splicer.vast.VmapAdSource;
import io.splicer.vast.VmapDocument;
import io.splicer.vast.WrapperResolver;
import io.splicer.xml.XmlLimits;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the ADS's top-level response: VAST (resolved through its wrappers) or VMAP (each break's ad
 * source resolved), and classifies what cannot be used (reference §6 "Response validation": {@code
 * EMPTY_VAST_RESPONSE}, {@code ERROR_ADS_RESPONSE_PARSE}, wrapper errors).
 */
final class ResponseReader {

  private final AdsClient client;
  private final String url;
  private final Map<String, String> forwarded;
  private final long startNanos;

  ResponseReader(AdsClient client, String url, Map<String, String> forwarded, long startNanos) {
    this.client = client;
    this.url = url;
    this.forwarded = forwarded;
    this.startNanos = startNanos;
  }

  CompletableFuture<AdsResult> read(FetchedDocument doc) {
    if (isBlank(doc.body())) {
      return done(empty("empty body from [" + doc.finalUri() + "]"));
    }
    Duration remaining = client.remaining(startNanos);
    if (remaining.isNegative() || remaining.isZero()) {
      return done(
          AdsResult.failed(
              url, client.classify(new java.util.concurrent.TimeoutException("total budget"))));
    }
    XmlLimits xml = client.settings().wrapperLimits(remaining).xml();
    VastParser.AdResponse parsed = VastParser.parse(doc.body(), xml);
    WrapperResolver resolver = client.resolver(forwarded, remaining);
    if (parsed.vmap() != null) {
      if (!parsed.vmap().isOk()) {
        return done(malformed(parsed.vmap().error()));
      }
      return vmap(parsed.vmap().document(), doc.finalUri(), resolver);
    }
    if (parsed.vast() == null || !parsed.vast().isOk()) {
      VastError e = parsed.vast() == null ? null : parsed.vast().error();
      return done(
          malformed(
              e != null
                  ? e
                  : VastError.document(IabErrorCode.XML_PARSE, "unreadable response", List.of())));
    }
    VastDocument vast = parsed.vast().document();
    if (vast.ads().isEmpty()) {
      return done(empty("no ads in VAST response from [" + doc.finalUri() + "]"));
    }
    return resolver.resolve(vast, doc.finalUri()).thenApply(this::vastResult);
  }

  private AdsResult vastResult(VastResolution resolution) {
    if (resolution.hasAds()) {
      client.events().record(AdsEventType.VAST_RESPONSE, url);
      return new AdsResult(url, Optional.of(resolution), List.of(), Optional.empty());
    }
    VastError first =
        resolution.errors().isEmpty()
            ? VastError.document(IabErrorCode.NO_ADS, "no ads", List.of())
            : resolution.errors().get(0);
    AdsFailure.Kind kind =
        switch (first.code()) {
          case WRAPPER, WRAPPER_TIMEOUT, WRAPPER_LIMIT, NO_ADS -> AdsFailure.Kind.WRAPPER;
          case XML_PARSE, SCHEMA_VALIDATION, VERSION_UNSUPPORTED -> AdsFailure.Kind.MALFORMED;
          default -> AdsFailure.Kind.EMPTY;
        };
    AdsFailure f = new AdsFailure(kind, first.code(), first.message());
    client
        .events()
        .record(
            kind == AdsFailure.Kind.WRAPPER
                ? AdsEventType.ERROR_VAST_REDIRECT_FAILED
                : AdsEventType.EMPTY_VAST_RESPONSE,
            f.detail());
    return new AdsResult(url, Optional.of(resolution), List.of(), Optional.of(f));
  }

  private CompletableFuture<AdsResult> vmap(VmapDocument vmap, URI base, WrapperResolver resolver) {
    List<CompletableFuture<AdsResult.VmapBreak>> breaks = new ArrayList<>();
    for (VmapAdBreak b : vmap.adBreaks()) {
      breaks.add(
          resolveSource(b.adSource(), base, resolver, VodBreakPlacer.linearity(b.breakTypes()))
              .thenApply(r -> new AdsResult.VmapBreak(b, r)));
    }
    return CompletableFuture.allOf(breaks.toArray(new CompletableFuture<?>[0]))
        .thenApply(
            v -> {
              List<AdsResult.VmapBreak> out = breaks.stream().map(CompletableFuture::join).toList();
              boolean anyAds = out.stream().anyMatch(b -> b.resolution().hasAds());
              Optional<AdsFailure> failure =
                  anyAds
                      ? Optional.empty()
                      : Optional.of(
                          new AdsFailure(
                              AdsFailure.Kind.EMPTY,
                              IabErrorCode.NO_ADS,
                              "no ads in VMAP response"));
              client
                  .events()
                  .record(
                      anyAds ? AdsEventType.VAST_RESPONSE : AdsEventType.EMPTY_VAST_RESPONSE, url);
              return new AdsResult(url, Optional.empty(), out, failure);
            });
  }

  private static CompletableFuture<VastResolution> resolveSource(
      VmapAdSource source, URI base, WrapperResolver resolver, Linearity linearity) {
    if (source == null) {
      return CompletableFuture.completedFuture(new VastResolution(List.of(), List.of()));
    }
    if (source.vastAdData() != null) {
      return resolver.resolve(source.vastAdData(), base, linearity);
    }
    if (source.adTagUri() != null && !source.adTagUri().isBlank()) {
      try {
        return resolver.resolve(base.resolve(new URI(source.adTagUri().trim())), linearity);
      } catch (URISyntaxException | IllegalArgumentException e) {
        return CompletableFuture.completedFuture(
            VastResolution.failed(
                VastError.document(
                    IabErrorCode.VMAP_AD_RESPONSE_RETRIEVAL,
                    "invalid AdTagURI [" + source.adTagUri() + "]",
                    List.of())));
      }
    }
    // VMAP 1.0 §2.4.1: CustomAdData in a template we do not know.
    return CompletableFuture.completedFuture(
        VastResolution.failed(
            VastError.document(
                IabErrorCode.VMAP_TEMPLATE_UNSUPPORTED,
                "unsupported ad source [" + source.templateType() + "]",
                List.of())));
  }

  private AdsResult empty(String detail) {
    client.events().record(AdsEventType.EMPTY_VAST_RESPONSE, detail);
    return AdsResult.failed(url, AdsFailure.of(AdsFailure.Kind.EMPTY, detail));
  }

  private AdsResult malformed(VastError e) {
    client.events().record(AdsEventType.ERROR_ADS_RESPONSE_PARSE, e.message());
    return AdsResult.failed(url, new AdsFailure(AdsFailure.Kind.MALFORMED, e.code(), e.message()));
  }

  private static CompletableFuture<AdsResult> done(AdsResult r) {
    return CompletableFuture.completedFuture(r);
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
