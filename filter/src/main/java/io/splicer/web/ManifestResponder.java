package io.splicer.web;

import io.splicer.config.PlaybackConfiguration;
import io.splicer.stitch.ManifestRequest;
import io.splicer.stitch.ManifestRewriter;
import io.splicer.stitch.ManifestType;
import io.splicer.stitch.OriginManifest;
import io.splicer.stitch.RewriteResult;
import io.splicer.stitch.StitchScope;
import io.splicer.stitch.UnparseableManifestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a captured origin manifest to the viewer: unchanged (byte-identical, with the origin's
 * validators) or rewritten (new length, no origin validators). Only 200 responses to GET are
 * offered to the rewriter; everything else passes through untouched.
 */
final class ManifestResponder {

  private static final Logger LOG = LoggerFactory.getLogger(ManifestResponder.class);

  private final ManifestRewriter rewriter;
  private final FilterMetrics metrics;
  private final long maxBytes;

  ManifestResponder(ManifestRewriter rewriter, FilterMetrics metrics, long maxBytes) {
    this.rewriter = rewriter;
    this.metrics = metrics;
    this.maxBytes = maxBytes;
  }

  /** What the origin sent, as captured. */
  record Captured(int status, byte[] body, @Nullable String contentType, HeldHeaders held) {}

  /** Where the manifest came from and what applies to it. */
  record Origin(
      String path,
      @Nullable PlaybackConfiguration configuration,
      String originUrl,
      @Nullable StitchScope scope) {

    Origin(String path, @Nullable PlaybackConfiguration configuration, String originUrl) {
      this(path, configuration, originUrl, null);
    }
  }

  /** Sends what {@code capture} buffered, if it buffered anything. */
  void respondCaptured(HttpServletRequest request, CapturingResponse capture, Origin origin)
      throws IOException {
    byte[] body = capture.finishCapture();
    if (body != null) {
      respond(
          request,
          capture.real(),
          new Captured(capture.getStatus(), body, capture.getContentType(), capture.held()),
          origin);
    }
  }

  void respond(
      HttpServletRequest request, HttpServletResponse response, Captured captured, Origin origin)
      throws IOException {
    ManifestType type = RequestClassifier.manifestType(origin.path(), captured.contentType());
    boolean offer =
        captured.status() == HttpServletResponse.SC_OK
            && "GET".equals(request.getMethod())
            && captured.body().length > 0
            && type != null;
    if (!offer) {
      sendUnchanged(response, captured);
      return;
    }
    byte[] decoded =
        ContentCoding.decode(
            captured.body(), captured.held().get(HeldHeaders.CONTENT_ENCODING), maxBytes);
    if (decoded == null) {
      sendUnchanged(response, captured);
      return;
    }
    ManifestRequest manifestRequest =
        new ManifestRequest(
            type,
            request.getMethod(),
            request.getRequestURI(),
            request.getQueryString(),
            origin.configuration(),
            origin.originUrl(),
            origin.scope());
    Charset charset = charsetOf(captured.contentType());
    RewriteResult result;
    try {
      result =
          rewriter.rewrite(
              manifestRequest, new OriginManifest(decoded, charset, captured.contentType()));
    } catch (UnparseableManifestException e) {
      metrics.unparseableManifests.incrementAndGet();
      LOG.warn("Unparseable manifest from [{}]: {}", origin.originUrl(), e.getMessage());
      response.sendError(HttpServletResponse.SC_BAD_GATEWAY);
      return;
    } catch (RuntimeException e) {
      // Fail open (design.md rule 7): the viewer gets the origin manifest.
      metrics.rewriterFailures.incrementAndGet();
      LOG.error("Rewriter failed on [{}]; passing the manifest through", origin.originUrl(), e);
      result = RewriteResult.unchanged();
    }
    byte[] body = result.body();
    if (body == null) {
      sendUnchanged(response, captured);
      return;
    }
    metrics.manifestsRewritten.incrementAndGet();
    if (result.contentType() != null) {
      response.setContentType(result.contentType());
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static void sendUnchanged(HttpServletResponse response, Captured captured) throws IOException {
    captured.held().applyTo(response);
    if (captured.body().length > 0) {
      response.getOutputStream().write(captured.body());
    }
  }

  /** The charset parameter of a content type; UTF-8 when absent (RFC 8216 §4.1). */
  static Charset charsetOf(@Nullable String contentType) {
    String name = charsetParameter(contentType);
    if (name != null) {
      try {
        return Charset.forName(name);
      } catch (IllegalArgumentException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** The raw charset parameter of a content type, or {@code null}. */
  static @Nullable String charsetParameter(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    int start = 0;
    while (start <= contentType.length()) {
      int semi = contentType.indexOf(';', start);
      int end = semi < 0 ? contentType.length() : semi;
      int from = start;
      while (from < end && contentType.charAt(from) <= ' ') {
        from++; // as String.trim()
      }
      if (startsWithCharset(contentType, from, end)) {
        return contentType.substring(from + CHARSET.length(), end).trim().replace("\"", "");
      }
      start = end + 1;
    }
    return null;
  }

  private static final String CHARSET = "charset=";

  /** {@code charset=} at {@code from}, ASCII letters in any case (what lower-casing accepts). */
  private static boolean startsWithCharset(String s, int from, int end) {
    if (end - from < CHARSET.length()) {
      return false;
    }
    for (int i = 0; i < CHARSET.length(); i++) {
      char c = s.charAt(from + i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != CHARSET.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
