package io.splicer.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * MediaTailor {@code DashConfiguration}; the generated {@code ManifestEndpointPrefix} is accepted
 * and ignored.
 *
 * @param mpdLocation {@code null} means {@link MpdLocation#EMT_DEFAULT}
 * @param originManifestType {@code null} means {@link OriginManifestType#MULTI_PERIOD}
 */
@JsonIgnoreProperties({"ManifestEndpointPrefix", "DualStackManifestEndpointPrefix"})
public record DashConfiguration(
    @JsonProperty("MpdLocation") @Nullable MpdLocation mpdLocation,
    @JsonProperty("OriginManifestType") @Nullable OriginManifestType originManifestType) {

  /** Whether a {@code <Location>} with the session URL is written into MPDs. */
  public enum MpdLocation {
    DISABLED,
    EMT_DEFAULT
  }

  /** How origin MPDs are interpreted. */
  public enum OriginManifestType {
    SINGLE_PERIOD,
    MULTI_PERIOD
  }
}
