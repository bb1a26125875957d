package io.splicer.stitch;

/**
 * The filter's stitching rewriter: HLS manifests go to the {@link HlsStitcher}, DASH MPDs to the
 * {@link DashStitcher}; both share one {@link StitchMetrics}.
 *
 * @param hls the HLS pipeline
 * @param dash the DASH pipeline
 */
public record Stitchers(HlsStitcher hls, DashStitcher dash) implements ManifestRewriter {

  @Override
  public RewriteResult rewrite(ManifestRequest request, OriginManifest manifest)
      throws UnparseableManifestException {
    return request.type() == ManifestType.DASH
        ? dash.rewrite(request, manifest)
        : hls.rewrite(request, manifest);
  }

  public StitchMetrics metrics() {
    return hls.metrics();
  }

  /**
   * Server-side reporting of HLS and DASH ad-segment requests and the tracking timeline of sessions
   * (a new facade per call: take it once).
   */
  public SessionAds reporting() {
    return hls.reporting().withDash(dash.reporting());
  }

  /** The admin console's live view (HLS layouts; ADS interactions of both formats). */
  public LiveView liveView() {
    return hls.liveView();
  }
}
