package io.splicer.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * MediaTailor {@code HlsConfiguration}. It has no writable field: the service's generated {@code
 * ManifestEndpointPrefix} (and its dual-stack twin) are accepted and ignored, so an object copied
 * from {@code GetPlaybackConfiguration} loads.
 */
@JsonIgnoreProperties({"ManifestEndpointPrefix", "DualStackManifestEndpointPrefix"})
public record HlsConfiguration() {}
