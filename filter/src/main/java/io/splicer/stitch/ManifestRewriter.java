package io.splicer.stitch;

/**
 * The rewrite step of the pipeline: (request, origin manifest) → unchanged or new bytes.
 * Implementations are thread-safe and fail open (ad failures are data, design.md rule 7); they
 * throw only when the origin manifest itself is unusable.
 *
 * <p>The filter finds its rewriter by the {@code rewriter} init-param (a class name with a public
 * no-argument constructor), else through {@link java.util.ServiceLoader}, else uses {@link #NONE}.
 */
@FunctionalInterface
public interface ManifestRewriter {

  /** Applies when no playback configuration does: every manifest passes through unchanged. */
  ManifestRewriter NONE = (request, manifest) -> RewriteResult.unchanged();

  /**
   * Rewrites one manifest.
   *
   * @throws UnparseableManifestException when the origin manifest cannot be parsed (→ 502)
   */
  RewriteResult rewrite(ManifestRequest request, OriginManifest manifest)
      throws UnparseableManifestException;
}
