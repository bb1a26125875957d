package io.splicer.vast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One {@code Ad} of a VAST document: an InLine ad ({@code wrapper == null}) or a Wrapper. URLs are
 * kept as text templates ({@code [ERRORCODE]}, {@code [CACHEBUSTING]} and other macros are not
 * valid URI characters); extensions are raw XML.
 */
public record VastAd(
    @Nullable String id,
    @Nullable Integer sequence,
    @Nullable String adSystem,
    @Nullable String adTitle,
    @Nullable String adServingId,
    List<String> impressions,
    List<String> errorUrls,
    List<VastCreative> creatives,
    List<Verification> verifications,
    List<String> extensions,
    @Nullable WrapperInfo wrapper) {

  public VastAd {
    impressions = List.copyOf(impressions);
    errorUrls = List.copyOf(errorUrls);
    creatives = List.copyOf(creatives);
    verifications = List.copyOf(verifications);
    extensions = List.copyOf(extensions);
  }

  public boolean isWrapper() {
    return wrapper != null;
  }
}
