package io.splicer.hls;

/**
 * Hook for the URIs written into a personalised playlist: content URIs (segments, EXT-X-KEY,
 * EXT-X-MAP, EXT-X-PART, EXT-X-PRELOAD-HINT) are typically made absolute against the origin or a
 * CDN prefix, keeping query strings; ad segment URIs are named by the caller (for instance a
 * beaconing redirect path ending in the output media sequence number).
 */
public interface UriResolver {

  /** A content URI as written in the origin playlist → the URI to write. */
  String content(String uri);

  /** The URI to write for one ad or slate segment. */
  String ad(SpliceResult.Placement placement);

  /** Writes every URI unchanged. */
  static UriResolver identity() {
    return Identity.INSTANCE;
  }

  /** The identity resolver (a singleton, so the splicer can skip URI work for it). */
  enum Identity implements UriResolver {
    INSTANCE;

    @Override
    public String content(String uri) {
      return uri;
    }

    @Override
    public String ad(SpliceResult.Placement placement) {
      return placement.uri();
    }
  }
}
