/**
 * Playback configurations in the JSON shape of MediaTailor's {@code PutPlaybackConfiguration}
 * (PascalCase field names), their validation with JSON-pointer errors, and their durable storage.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link io.splicer.config.PlaybackConfigurationJson}: strict read (unknown fields rejected,
 *       MediaTailor's read-only output fields accepted and ignored) and canonical write;
 *   <li>{@link io.splicer.config.ConfigurationValidator}: semantic rules, all errors collected;
 *   <li>{@link io.splicer.config.ConfigurationRepository} and its durable implementation {@link
 *       io.splicer.config.FileConfigurationStore} (one {@code <Name>.json} per configuration,
 *       atomic writes, content-hash versions usable as ETags).
 * </ul>
 *
 * <p>Splicer extensions: none so far. Every field is MediaTailor's (the ADS timeout, for example,
 * is MediaTailor's {@code AdsPersonalizationTimeouts.AdsRequestTimeoutMilliseconds}). Deliberate
 * differences from the cloud service: loopback, private and plain-HTTP origins and ad servers are
 * allowed; {@code VideoContentSourceUrl} may also name an in-process origin ({@code
 * context:/name/prefix/} or {@code /prefix/}, design.md §1) and is required; {@code
 * PersonalizationThresholdSeconds} may be 0.
 */
@NullMarked
package io.splicer.config;

import org.jspecify.annotations.NullMarked;
