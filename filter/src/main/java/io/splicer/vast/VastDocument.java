package io.splicer.vast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parsed VAST document. {@code issues} lists what lenient parsing tolerated (each with the
 * offending value in {@code [...]}).
 */
public record VastDocument(
    @Nullable String version, List<VastAd> ads, List<String> errorUrls, List<String> issues) {

  public VastDocument {
    ads = List.copyOf(ads);
    errorUrls = List.copyOf(errorUrls);
    issues = List.copyOf(issues);
  }
}
