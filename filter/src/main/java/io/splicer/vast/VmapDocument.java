package io.splicer.vast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parsed VMAP 1.0 document; breaks in document order. {@code issues} lists what lenient parsing
 * tolerated.
 */
public record VmapDocument(
    @Nullable String version,
    List<VmapAdBreak> adBreaks,
    List<String> extensions,
    List<String> issues) {

  public VmapDocument {
    adBreaks = List.copyOf(adBreaks);
    extensions = List.copyOf(extensions);
    issues = List.copyOf(issues);
  }
}
