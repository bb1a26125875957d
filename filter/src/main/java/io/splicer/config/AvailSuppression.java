package io.splicer.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Live avail suppression (MediaTailor {@code AvailSuppression}, reference §9.4).
 *
 * @param mode {@code null} means {@link Mode#OFF}
 * @param value live-edge offset {@code HH:MM:SS}; required when mode is not OFF
 * @param fillPolicy {@code null} means {@link FillPolicy#FULL_AVAIL_ONLY}
 */
public record AvailSuppression(
    @JsonProperty("Mode") @Nullable Mode mode,
    @JsonProperty("Value") @Nullable String value,
    @JsonProperty("FillPolicy") @Nullable FillPolicy fillPolicy) {

  /** Suppression mode. */
  public enum Mode {
    OFF,
    BEHIND_LIVE_EDGE,
    AFTER_LIVE_EDGE
  }

  /** Whether a break joined mid-way may be partly filled. */
  public enum FillPolicy {
    FULL_AVAIL_ONLY,
    PARTIAL_AVAIL
  }
}
