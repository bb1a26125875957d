package io.splicer.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** MediaTailor {@code ManifestProcessingRules}. */
public record ManifestProcessingRules(
    @JsonProperty("AdMarkerPassthrough") @Nullable AdMarkerPassthrough adMarkerPassthrough) {

  /** Whether ad markers are passed through ({@code false} when absent). */
  public boolean adMarkerPassthroughEnabled() {
    return adMarkerPassthrough != null && Boolean.TRUE.equals(adMarkerPassthrough.enabled());
  }

  /**
   * HLS only: pass {@code EXT-X-CUE-IN}, {@code EXT-X-CUE-OUT} and {@code EXT-X-SPLICEPOINT-SCTE35}
   * through unchanged.
   */
  public record AdMarkerPassthrough(@JsonProperty("Enabled") @Nullable Boolean enabled) {}
}
