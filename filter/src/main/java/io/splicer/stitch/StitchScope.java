package io.splicer.stitch;

import io.splicer.session.Session;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The session side of a manifest request, set by the web layer on session-scoped URLs ({@code
 * /v1/master/...} and {@code /v1/manifest/...}); {@code null} for manifests that merely pass
 * through the filter.
 *
 * @param session the viewer session (active: the web layer answers 400 for expired ones)
 * @param contextPath the webapp's context path ({@code ""} for the root context), prefixed to the
 *     root-relative URLs we write
 * @param hash the {@code {hash}} path element of the request, repeated in the URLs we write
 * @param playlist {@link #MULTIVARIANT} for the entry playlist, else the media playlist index
 *     {@code n} of {@code /v1/manifest/.../{n}.m3u8}
 * @param originBase the origin prefix in the form the origin URLs have ({@code http://host/p/} or a
 *     root-relative {@code /ctx/p/}), for {@code ContentSegmentUrlPrefix}
 * @param acceptLanguage the request's {@code Accept-Language} ({@code [session.accept_language]})
 * @param publicOrigin {@code scheme://host[:port]} of the viewer's request, for the absolute URLs
 *     some manifests need (DASH {@code Location}); {@code null} when unknown
 * @param rendition the media playlist's entry of the session's {@link VariantMap}, when the web
 *     layer has already read it (to route the request); {@code null}: the stitcher reads it
 */
public record StitchScope(
    Session session,
    String contextPath,
    String hash,
    int playlist,
    String originBase,
    @Nullable String acceptLanguage,
    @Nullable String publicOrigin,
    VariantMap.@Nullable Rendition rendition) {

  /** {@link #playlist} of the multivariant (entry) playlist. */
  public static final int MULTIVARIANT = -1;

  public StitchScope {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(contextPath, "contextPath");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(originBase, "originBase");
    if (playlist < MULTIVARIANT) {
      throw new IllegalArgumentException("playlist index [" + playlist + "]");
    }
  }

  /** A scope without a rendition read by the caller. */
  public StitchScope(
      Session session,
      String contextPath,
      String hash,
      int playlist,
      String originBase,
      @Nullable String acceptLanguage,
      @Nullable String publicOrigin) {
    this(session, contextPath, hash, playlist, originBase, acceptLanguage, publicOrigin, null);
  }

  /** A scope without a known public origin. */
  public StitchScope(
      Session session,
      String contextPath,
      String hash,
      int playlist,
      String originBase,
      @Nullable String acceptLanguage) {
    this(session, contextPath, hash, playlist, originBase, acceptLanguage, null, null);
  }

  public boolean isMultivariant() {
    return playlist == MULTIVARIANT;
  }
}
