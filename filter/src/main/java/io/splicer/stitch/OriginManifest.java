package io.splicer.stitch;

import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * A manifest body as the origin produced it (already decoded from any content coding).
 *
 * @param body the bytes; callers must not modify them
 * @param charset the body's character set (the response charset, UTF-8 when none was given)
 * @param contentType the origin's {@code Content-Type}, or {@code null}
 */
public record OriginManifest(byte[] body, Charset charset, @Nullable String contentType) {}
