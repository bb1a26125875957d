package io.splicer.vast;

import java.util.List;

/**
 * The result of resolving an ad response through its wrappers: the playable ads and the errors.
 * Never an exception (design rule 7).
 *
 * <p>Order of {@code ads}: ads with {@code sequence} first in increasing sequence (the pod), then
 * stand-alone ads in document order (the buffet). A Wrapper's redirected ads take the Wrapper's
 * place: with {@code allowMultipleAds="false"} one ad (the lowest-sequenced, else the first
 * stand-alone) inheriting the Wrapper's sequence; with {@code "true"} all of them, in their own
 * order (mediatailor-behaviour §6 "Ad buffet").
 *
 * @param ads resolved InLine ads with the wrapper chain's tracking merged in
 * @param errors per-ad and document-level errors ({@link VastError#adId()} is {@code null} for the
 *     document) with the chain's {@code <Error>} URLs
 */
public record VastResolution(List<ResolvedAd> ads, List<VastError> errors) {

  public VastResolution {
    ads = List.copyOf(ads);
    errors = List.copyOf(errors);
  }

  public static VastResolution failed(VastError error) {
    return new VastResolution(List.of(), List.of(error));
  }

  public boolean hasAds() {
    return !ads.isEmpty();
  }
}
