package io.splicer.vast;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a resolution is in a wrapper chain: the Wrapper ads followed (outermost first), their ad
 * tag URIs, the URIs seen (loop detection), whether further Wrappers may be followed, and the
 * top-level ad (the pod slot) to which errors are attributed.
 */
record Chain(
    List<VastAd> wrappers,
    List<String> uris,
    Set<URI> visited,
    boolean followWrappers,
    @Nullable VastAd top) {

  static Chain root(Set<URI> visited) {
    return new Chain(List.of(), List.of(), Set.copyOf(visited), true, null);
  }

  int depth() {
    return wrappers.size();
  }

  /** The chain for one ad of the current document (the first level fixes the top-level ad). */
  Chain forAd(VastAd ad) {
    return top != null ? this : new Chain(wrappers, uris, visited, followWrappers, ad);
  }

  /** The chain below a followed Wrapper. */
  Chain enter(VastAd wrapper, URI uri) {
    List<VastAd> w = new ArrayList<>(wrappers);
    w.add(wrapper);
    List<String> u = new ArrayList<>(uris);
    u.add(uri.toString());
    Set<URI> v = new HashSet<>(visited);
    v.add(uri);
    boolean follow = wrapper.wrapper() == null || wrapper.wrapper().followAdditionalWrappers();
    return new Chain(List.copyOf(w), List.copyOf(u), Set.copyOf(v), follow, top);
  }

  /** Error URLs of the Wrappers followed, innermost first. */
  List<String> errorUrls() {
    List<String> out = new ArrayList<>();
    for (int i = wrappers.size() - 1; i >= 0; i--) {
      out.addAll(wrappers.get(i).errorUrls());
    }
    return out;
  }

  /** An error attributed to the top-level ad (document-level when there is none). */
  VastError error(IabErrorCode code, String message, List<String> errorUrls) {
    if (top == null) {
      return VastError.document(code, message, errorUrls);
    }
    boolean fallback = top.wrapper() == null || top.wrapper().fallbackOnNoAd();
    return new VastError(code, message, top.id(), top.sequence(), fallback, errorUrls);
  }

  @Override
  public String toString() {
    return uris.toString();
  }
}
