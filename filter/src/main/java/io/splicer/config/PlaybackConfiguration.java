package io.splicer.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A playback configuration: every writable field of MediaTailor's {@code PutPlaybackConfiguration}
 * (reference §2.1), with MediaTailor's PascalCase JSON names. {@code null} means "not set" (the
 * documented default applies). The read-only fields of {@code GetPlaybackConfiguration} output
 * (reference §2.2) are accepted and ignored on read and never written.
 *
 * <p>Instances are not validated on construction; {@link ConfigurationValidator} checks them and
 * {@link ConfigurationRepository#put} refuses invalid ones. Maps are copied and unmodifiable.
 *
 * @param name the identifier; also the {@code origin-id} path element of playback URLs
 * @param adDecisionServerUrl ADS URL template with {@code [variables]}
 * @param videoContentSourceUrl origin prefix: {@code http(s)://host/prefix/}, {@code
 *     context:/name/prefix/} or {@code /prefix/} (design.md §1)
 * @param slateAdUrl filler for unfilled ad time
 * @param personalizationThresholdSeconds maximum underfilled ad time before a break is abandoned
 * @param transcodeProfileName overrides transcoding defaults
 * @param cdnConfiguration CDN prefixes for ad and content segments
 * @param dashConfiguration DASH settings
 * @param hlsConfiguration HLS settings (nothing writable; kept for faithful round trips)
 * @param livePreRollConfiguration live pre-roll ADS
 * @param availSuppression live avail suppression
 * @param bumper start/end bumpers
 * @param manifestProcessingRules ad marker pass-through
 * @param configurationAliases {@code player_params.X} → alias → value (domain variables)
 * @param insertionMode stitched only or player-selectable guided mode
 * @param adConditioningConfiguration streaming vs progressive ad media files
 * @param adDecisionServerConfiguration ADS HTTP method, headers, body, sequencing
 * @param adsPersonalizationTimeouts ADS time budgets
 * @param adsPersonalizationConcurrency parallel ADS requests
 * @param functionMapping lifecycle hook → function id
 * @param tags free tags
 */
@JsonIgnoreProperties({
  "PlaybackConfigurationArn",
  "PlaybackEndpointPrefix",
  "DualStackPlaybackEndpointPrefix",
  "SessionInitializationEndpointPrefix",
  "DualStackSessionInitializationEndpointPrefix",
  "LogConfiguration"
})
public record PlaybackConfiguration(
    @JsonProperty("Name") String name,
    @JsonProperty("AdDecisionServerUrl") @Nullable String adDecisionServerUrl,
    @JsonProperty("VideoContentSourceUrl") @Nullable String videoContentSourceUrl,
    @JsonProperty("SlateAdUrl") @Nullable String slateAdUrl,
    @JsonProperty("PersonalizationThresholdSeconds")
        @Nullable Integer personalizationThresholdSeconds,
    @JsonProperty("TranscodeProfileName") @Nullable String transcodeProfileName,
    @JsonProperty("CdnConfiguration") @Nullable CdnConfiguration cdnConfiguration,
    @JsonProperty("DashConfiguration") @Nullable DashConfiguration dashConfiguration,
    @JsonProperty("HlsConfiguration") @Nullable HlsConfiguration hlsConfiguration,
    @JsonProperty("LivePreRollConfiguration")
        @Nullable LivePreRollConfiguration livePreRollConfiguration,
    @JsonProperty("AvailSuppression") @Nullable AvailSuppression availSuppression,
    @JsonProperty("Bumper") @Nullable Bumper bumper,
    @JsonProperty("ManifestProcessingRules")
        @Nullable ManifestProcessingRules manifestProcessingRules,
    @JsonProperty("ConfigurationAliases")
        @Nullable Map<String, Map<String, String>> configurationAliases,
    @JsonProperty("InsertionMode") @Nullable InsertionMode insertionMode,
    @JsonProperty("AdConditioningConfiguration")
        @Nullable AdConditioningConfiguration adConditioningConfiguration,
    @JsonProperty("AdDecisionServerConfiguration")
        @Nullable AdDecisionServerConfiguration adDecisionServerConfiguration,
    @JsonProperty("AdsPersonalizationTimeouts")
        @Nullable AdsPersonalizationTimeouts adsPersonalizationTimeouts,
    @JsonProperty("AdsPersonalizationConcurrency")
        @Nullable AdsPersonalizationConcurrency adsPersonalizationConcurrency,
    @JsonProperty("FunctionMapping") @Nullable Map<String, String> functionMapping,
    @JsonProperty("Tags") @Nullable Map<String, String> tags) {

  /** Stitched output only, or a player may ask for server-guided (interstitial) insertion. */
  public enum InsertionMode {
    STITCHED_ONLY,
    PLAYER_SELECT
  }

  public PlaybackConfiguration {
    configurationAliases = copyAliases(configurationAliases);
    functionMapping = functionMapping == null ? null : Map.copyOf(functionMapping);
    tags = tags == null ? null : Map.copyOf(tags);
  }

  private static @Nullable Map<String, Map<String, String>> copyAliases(
      @Nullable Map<String, Map<String, String>> aliases) {
    if (aliases == null) {
      return null;
    }
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    aliases.forEach((k, v) -> copy.put(k, v == null ? Map.of() : Map.copyOf(v)));
    return Map.copyOf(copy);
  }

  /** The ADS request timeout with MediaTailor's default (3000 ms) applied. */
  public int adsRequestTimeoutMilliseconds() {
    return adsPersonalizationTimeouts == null
        ? AdsPersonalizationTimeouts.DEFAULT_ADS_REQUEST_MS
        : adsPersonalizationTimeouts.effectiveAdsRequestTimeoutMilliseconds();
  }

  /** Whether HLS ad markers pass through unchanged ({@code false} by default). */
  public boolean adMarkerPassthroughEnabled() {
    return manifestProcessingRules != null && manifestProcessingRules.adMarkerPassthroughEnabled();
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder pre-filled with this configuration's values. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.adDecisionServerUrl = adDecisionServerUrl;
    b.videoContentSourceUrl = videoContentSourceUrl;
    b.slateAdUrl = slateAdUrl;
    b.personalizationThresholdSeconds = personalizationThresholdSeconds;
    b.transcodeProfileName = transcodeProfileName;
    b.cdnConfiguration = cdnConfiguration;
    b.dashConfiguration = dashConfiguration;
    b.hlsConfiguration = hlsConfiguration;
    b.livePreRollConfiguration = livePreRollConfiguration;
    b.availSuppression = availSuppression;
    b.bumper = bumper;
    b.manifestProcessingRules = manifestProcessingRules;
    b.configurationAliases = configurationAliases;
    b.insertionMode = insertionMode;
    b.adConditioningConfiguration = adConditioningConfiguration;
    b.adDecisionServerConfiguration = adDecisionServerConfiguration;
    b.adsPersonalizationTimeouts = adsPersonalizationTimeouts;
    b.adsPersonalizationConcurrency = adsPersonalizationConcurrency;
    b.functionMapping = functionMapping;
    b.tags = tags;
    return b;
  }

  /** Mutable builder for code that assembles configurations (demo, tests, admin forms). */
  public static final class Builder {
    private String name;
    private @Nullable String adDecisionServerUrl;
    private @Nullable String videoContentSourceUrl;
    private @Nullable String slateAdUrl;
    private @Nullable Integer personalizationThresholdSeconds;
    private @Nullable String transcodeProfileName;
    private @Nullable CdnConfiguration cdnConfiguration;
    private @Nullable DashConfiguration dashConfiguration;
    private @Nullable HlsConfiguration hlsConfiguration;
    private @Nullable LivePreRollConfiguration livePreRollConfiguration;
    private @Nullable AvailSuppression availSuppression;
    private @Nullable Bumper bumper;
    private @Nullable ManifestProcessingRules manifestProcessingRules;
    private @Nullable Map<String, Map<String, String>> configurationAliases;
    private @Nullable InsertionMode insertionMode;
    private @Nullable AdConditioningConfiguration adConditioningConfiguration;
    private @Nullable AdDecisionServerConfiguration adDecisionServerConfiguration;
    private @Nullable AdsPersonalizationTimeouts adsPersonalizationTimeouts;
    private @Nullable AdsPersonalizationConcurrency adsPersonalizationConcurrency;
    private @Nullable Map<String, String> functionMapping;
    private @Nullable Map<String, String> tags;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    public Builder name(String value) {
      name = Objects.requireNonNull(value, "name");
      return this;
    }

    public Builder adDecisionServerUrl(@Nullable String value) {
      adDecisionServerUrl = value;
      return this;
    }

    public Builder videoContentSourceUrl(@Nullable String value) {
      videoContentSourceUrl = value;
      return this;
    }

    public Builder slateAdUrl(@Nullable String value) {
      slateAdUrl = value;
      return this;
    }

    public Builder personalizationThresholdSeconds(@Nullable Integer value) {
      personalizationThresholdSeconds = value;
      return this;
    }

    public Builder transcodeProfileName(@Nullable String value) {
      transcodeProfileName = value;
      return this;
    }

    public Builder cdnConfiguration(@Nullable CdnConfiguration value) {
      cdnConfiguration = value;
      return this;
    }

    public Builder dashConfiguration(@Nullable DashConfiguration value) {
      dashConfiguration = value;
      return this;
    }

    public Builder hlsConfiguration(@Nullable HlsConfiguration value) {
      hlsConfiguration = value;
      return this;
    }

    public Builder livePreRollConfiguration(@Nullable LivePreRollConfiguration value) {
      livePreRollConfiguration = value;
      return this;
    }

    public Builder availSuppression(@Nullable AvailSuppression value) {
      availSuppression = value;
      return this;
    }

    public Builder bumper(@Nullable Bumper value) {
      bumper = value;
      return this;
    }

    public Builder manifestProcessingRules(@Nullable ManifestProcessingRules value) {
      manifestProcessingRules = value;
      return this;
    }

    public Builder configurationAliases(@Nullable Map<String, Map<String, String>> value) {
      configurationAliases = value;
      return this;
    }

    public Builder insertionMode(@Nullable InsertionMode value) {
      insertionMode = value;
      return this;
    }

    public Builder adConditioningConfiguration(@Nullable AdConditioningConfiguration value) {
      adConditioningConfiguration = value;
      return this;
    }

    public Builder adDecisionServerConfiguration(@Nullable AdDecisionServerConfiguration value) {
      adDecisionServerConfiguration = value;
      return this;
    }

    public Builder adsPersonalizationTimeouts(@Nullable AdsPersonalizationTimeouts value) {
      adsPersonalizationTimeouts = value;
      return this;
    }

    public Builder adsPersonalizationConcurrency(@Nullable AdsPersonalizationConcurrency value) {
      adsPersonalizationConcurrency = value;
      return this;
    }

    public Builder functionMapping(@Nullable Map<String, String> value) {
      functionMapping = value;
      return this;
    }

    public Builder tags(@Nullable Map<String, String> value) {
      tags = value;
      return this;
    }

    public PlaybackConfiguration build() {
      return new PlaybackConfiguration(
          name,
          adDecisionServerUrl,
          videoContentSourceUrl,
          slateAdUrl,
          personalizationThresholdSeconds,
          transcodeProfileName,
          cdnConfiguration,
          dashConfiguration,
          hlsConfiguration,
          livePreRollConfiguration,
          availSuppression,
          bumper,
          manifestProcessingRules,
          configurationAliases,
          insertionMode,
          adConditioningConfiguration,
          adDecisionServerConfiguration,
          adsPersonalizationTimeouts,
          adsPersonalizationConcurrency,
          functionMapping,
          tags);
    }
  }
}
