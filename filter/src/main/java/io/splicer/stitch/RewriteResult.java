package io.splicer.stitch;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link ManifestRewriter#rewrite}: either "unchanged" (the origin bytes go out
 * byte-identical, with the origin's validators) or a new body.
 *
 * @param body the new body, or {@code null} for "unchanged"
 * @param contentType the new body's {@code Content-Type} (with charset), or {@code null} to keep
 *     the origin's
 */
public record RewriteResult(byte @Nullable [] body, @Nullable String contentType) {

  private static final RewriteResult UNCHANGED = new RewriteResult(null, null);

  /** The origin manifest goes out as it came. */
  public static RewriteResult unchanged() {
    return UNCHANGED;
  }

  /** The manifest is replaced by {@code body}. */
  public static RewriteResult replaced(byte[] body, @Nullable String contentType) {
    return new RewriteResult(body, contentType);
  }

  public boolean isUnchanged() {
    return body == null;
  }
}
