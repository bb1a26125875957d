package io.splicer.vast;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of parsing one VMAP document: exactly one of {@code document} and {@code error} is
 * set.
 */
public record VmapParse(@Nullable VmapDocument document, @Nullable VastError error) {

  public static VmapParse ok(VmapDocument document) {
    return new VmapParse(document, null);
  }

  public static VmapParse failed(VastError error) {
    return new VmapParse(null, error);
  }

  public boolean isOk() {
    return document != null;
  }
}
