package io.splicer.ads;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ADS answered for one break, as the fill rules need it: the candidate ads in response
 * order, and the failure if the ADS gave nothing usable.
 *
 * @param <A> the caller's ad type
 */
public record AdsResponse<A>(List<Candidate<A>> candidates, Optional<AdsFailure> failure) {

  public AdsResponse {
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(failure, "failure");
  }

  public static <A> AdsResponse<A> of(List<Candidate<A>> candidates) {
    return new AdsResponse<>(candidates, Optional.empty());
  }

  public static <A> AdsResponse<A> failed(AdsFailure failure) {
    return new AdsResponse<>(List.of(), Optional.of(failure));
  }
}
