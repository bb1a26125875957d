package io.splicer.vast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Creative}: at most one of linear / non-linear / companions in valid VAST, all kept when
 * present.
 */
public record VastCreative(
    @Nullable String id,
    @Nullable String adId,
    @Nullable Integer sequence,
    List<UniversalAdId> universalAdIds,
    @Nullable LinearCreative linear,
    @Nullable NonLinearCreative nonLinear,
    List<Companion> companions,
    List<String> extensions) {

  public VastCreative {
    universalAdIds = List.copyOf(universalAdIds);
    companions = List.copyOf(companions);
    extensions = List.copyOf(extensions);
  }
}
