package io.splicer.config;

import org.jspecify.annotations.Nullable;

/**
 * A playback configuration (MediaTailor {@code PutPlaybackConfiguration} shape, minimal subset).
 *
 * @param name the configuration name, the {@code {config}} segment of entry URLs
 * @param videoContentSourceUrl where the origin lives: {@code http(s)://host/prefix/}, {@code
 *     context:/name/prefix/} or {@code /prefix/} (design.md §1)
 * @param adDecisionServerUrl the ADS URL template
 */
public record PlaybackConfiguration(
    String name, String videoContentSourceUrl, @Nullable String adDecisionServerUrl) {}
