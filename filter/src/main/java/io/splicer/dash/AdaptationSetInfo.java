package io.splicer.dash;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An {@code AdaptationSet} (ISO/IEC 23009-1 §5.3.3) as the rewriter needs it: where it is, what
 * kind of media it holds, and where its {@code ContentProtection} elements are.
 *
 * @param span the whole element
 * @param tag its start tag
 * @param contentType {@code video}, {@code audio}, {@code text}, {@code image} or {@code other}
 * @param lang {@code @lang}
 * @param codecs {@code @codecs}, else the first Representation's
 * @param representations its Representations
 * @param contentProtections the {@code ContentProtection} elements (at any depth inside)
 */
public record AdaptationSetInfo(
    Span span,
    Span tag,
    String contentType,
    Optional<String> lang,
    Optional<String> codecs,
    List<RepresentationInfo> representations,
    List<Span> contentProtections) {

  public AdaptationSetInfo {
    representations = List.copyOf(representations);
    contentProtections = List.copyOf(contentProtections);
  }

  /**
   * The content type from {@code @contentType}, else {@code @mimeType}, else the codecs (§5.3.3.2).
   */
  static String classify(
      Optional<String> contentType, Optional<String> mimeType, Optional<String> codecs) {
    if (contentType.isPresent()) {
      return contentType.get().toLowerCase(Locale.ROOT);
    }
    String mime = mimeType.orElse("").toLowerCase(Locale.ROOT);
    if (mime.startsWith("video/")) {
      return "video";
    }
    if (mime.startsWith("audio/")) {
      return "audio";
    }
    if (mime.startsWith("text/") || mime.equals("application/ttml+xml")) {
      return "text";
    }
    if (mime.startsWith("image/")) {
      return "image";
    }
    String c = codecs.orElse("").toLowerCase(Locale.ROOT);
    if (c.startsWith("stpp") || c.startsWith("wvtt")) {
      return "text";
    }
    if (c.startsWith("avc") || c.startsWith("hvc") || c.startsWith("hev") || c.startsWith("av01")) {
      return "video";
    }
    if (c.startsWith("mp4a")
        || c.startsWith("ac-3")
        || c.startsWith("ec-3")
        || c.startsWith("opus")) {
      return "audio";
    }
    return "other";
  }

  /** The largest Representation bandwidth. */
  public long maxBandwidth() {
    return representations.stream().mapToLong(RepresentationInfo::bandwidth).max().orElse(0);
  }

  /** The largest Representation height (0 if none is given). */
  public long maxHeight() {
    return representations.stream().mapToLong(r -> r.height().orElse(0)).max().orElse(0);
  }
}
