package io.splicer.harness.capture;

import io.splicer.stitch.ManifestRequest;
import io.splicer.stitch.ManifestRewriter;
import io.splicer.stitch.OriginManifest;
import io.splicer.stitch.RewriteResult;
import io.splicer.stitch.UnparseableManifestException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Test-only rewriter (plugged by the filter's {@code rewriter} init-param): appends {@value
 * #MARKER} (encoded in the manifest's charset) plus a line naming the type and charset, unless the
 * query has {@code rewrite=no}. A body starting with {@code UNPARSEABLE} is rejected.
 */
public final class MarkerRewriter implements ManifestRewriter {

  public static final String MARKER = "#X-SPLICER-TEST-REWRITTEN";

  @Override
  public RewriteResult rewrite(ManifestRequest request, OriginManifest manifest)
      throws UnparseableManifestException {
    byte[] body = manifest.body();
    byte[] head = "UNPARSEABLE".getBytes(StandardCharsets.US_ASCII);
    if (body.length >= head.length && Arrays.equals(Arrays.copyOf(body, head.length), head)) {
      throw new UnparseableManifestException("test manifest marked UNPARSEABLE");
    }
    if (request.query() != null && request.query().contains("rewrite=no")) {
      return RewriteResult.unchanged();
    }
    String text = new String(body, manifest.charset());
    String added =
        MARKER
            + "\n#X-TYPE:"
            + request.type()
            + "\n#X-CHARSET:"
            + manifest.charset().name()
            + "\n#X-CONFIG:"
            + (request.configuration() == null ? "-" : request.configuration().name())
            + "\n";
    return RewriteResult.replaced((text + added).getBytes(manifest.charset()), null);
  }
}
