package io.splicer.vast;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of parsing one VAST document: exactly one of {@code document} and {@code error} is
 * set.
 */
public record VastParse(@Nullable VastDocument document, @Nullable VastError error) {

  public static VastParse ok(VastDocument document) {
    return new VastParse(document, null);
  }

  public static VastParse failed(VastError error) {
    return new VastParse(null, error);
  }

  public boolean isOk() {
    return document != null;
  }
}
