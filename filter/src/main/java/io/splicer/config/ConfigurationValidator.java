package io.splicer.config;

import io.splicer.config.AdDecisionServerConfiguration.Compression;
import io.splicer.config.AdDecisionServerConfiguration.HttpRequest;
import io.splicer.config.AdDecisionServerConfiguration.Method;
import io.splicer.config.AvailSuppression.FillPolicy;
import io.splicer.config.AvailSuppression.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Semantic rules for playback configurations (reference §2.1, design.md §1). Every problem is
 * collected, never just the first, each located by a JSON pointer. Stateless.
 *
 * <p>Rules: {@code Name} required, 1–512 letters, digits, {@code -}, {@code _}; {@code
 * VideoContentSourceUrl} required, ≤ 512 characters, one of {@code http(s)://host/prefix/}, {@code
 * context:/name/prefix/}, {@code /prefix/}; ADS URLs (also the live pre-roll one) absolute http(s),
 * ≤ 25 000 characters; slate, bumper and CDN prefixes http(s) URLs or {@code /paths}; no whitespace
 * in URLs; {@code [variables]} in a host must be {@code ConfigurationAliases} keys, which must be
 * {@code player_params.*} with at least one alias; {@code PersonalizationThresholdSeconds} ≥ 0;
 * {@code AvailSuppression.Value} {@code HH:MM:SS}, required unless the mode is OFF, and {@code
 * PARTIAL_AVAIL} not with {@code BEHIND_LIVE_EDGE}; HTTP body and compression only with POST;
 * timeouts 1–{@value #MAX_TIMEOUT_MS} ms; concurrency ≥ 1; {@code FunctionMapping} keys are hook
 * names.
 */
public final class ConfigurationValidator {

  public static final int MAX_NAME_LENGTH = 512;
  public static final int MAX_ADS_URL_LENGTH = 25_000;
  public static final int MAX_SOURCE_URL_LENGTH = 512;
  public static final int MAX_OTHER_URL_LENGTH = 4096;
  public static final int MAX_TIMEOUT_MS = 60_000;

  private static final Pattern HH_MM_SS = Pattern.compile("\\d{2}:[0-5]\\d:[0-5]\\d");
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final String ALIAS_PREFIX = "player_params.";
  private static final Set<String> HOOKS = Set.of("PRE_SESSION_INITIALIZATION", "PRE_ADS_REQUEST");

  private ConfigurationValidator() {}

  /** All problems of {@code c}; empty when it is valid. */
  public static List<ConfigError> validate(PlaybackConfiguration c) {
    List<ConfigError> e = new ArrayList<>();
    name(c.name(), e);
    Map<String, Map<String, String>> aliases = c.configurationAliases();
    UrlRules.httpUrl(
        c.adDecisionServerUrl(), MAX_ADS_URL_LENGTH, "/AdDecisionServerUrl", aliases, e);
    if (c.videoContentSourceUrl() == null) {
      e.add(new ConfigError("/VideoContentSourceUrl", "is required"));
    } else {
      UrlRules.origin(
          c.videoContentSourceUrl(), MAX_SOURCE_URL_LENGTH, "/VideoContentSourceUrl", aliases, e);
    }
    UrlRules.httpUrlOrPath(c.slateAdUrl(), MAX_OTHER_URL_LENGTH, "/SlateAdUrl", aliases, e);
    Integer threshold = c.personalizationThresholdSeconds();
    if (threshold != null && threshold < 0) {
      e.add(
          new ConfigError("/PersonalizationThresholdSeconds", "must be >= 0 [" + threshold + "]"));
    }
    if (c.transcodeProfileName() != null && c.transcodeProfileName().isBlank()) {
      e.add(new ConfigError("/TranscodeProfileName", "must not be blank"));
    }
    cdn(c.cdnConfiguration(), aliases, e);
    bumper(c.bumper(), aliases, e);
    preRoll(c.livePreRollConfiguration(), aliases, e);
    availSuppression(c.availSuppression(), e);
    aliases(aliases, e);
    if (c.adConditioningConfiguration() != null
        && c.adConditioningConfiguration().streamingMediaFileConditioning() == null) {
      e.add(
          new ConfigError(
              "/AdConditioningConfiguration/StreamingMediaFileConditioning", "is required"));
    }
    if (c.adDecisionServerConfiguration() != null) {
      httpRequest(
          c.adDecisionServerConfiguration().httpRequest(),
          "/AdDecisionServerConfiguration/HttpRequest",
          e);
    }
    timeouts(c.adsPersonalizationTimeouts(), e);
    concurrency(c.adsPersonalizationConcurrency(), e);
    functionMapping(c.functionMapping(), e);
    tags(c.tags(), e);
    return List.copyOf(e);
  }

  /** Whether {@code name} is a valid configuration name (safe as a file name and path element). */
  public static boolean isValidName(@Nullable String name) {
    return name != null && name.length() <= MAX_NAME_LENGTH && nameChars(name);
  }

  /**
   * Whether {@code name} is non-empty and only {@code [A-Za-z0-9_-]} (a loop, not a regex: every
   * configuration lookup of every request checks it).
   */
  private static boolean nameChars(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static void name(@Nullable String name, List<ConfigError> e) {
    if (name == null || name.isEmpty()) {
      e.add(new ConfigError("/Name", "is required"));
    } else if (name.length() > MAX_NAME_LENGTH) {
      e.add(
          new ConfigError(
              "/Name",
              "must be at most " + MAX_NAME_LENGTH + " characters [" + name.length() + "]"));
    } else if (!nameChars(name)) {
      e.add(
          new ConfigError(
              "/Name", "may contain only letters, digits, '-' and '_' " + UrlRules.shown(name)));
    }
  }

  private static void cdn(
      @Nullable CdnConfiguration cdn,
      @Nullable Map<String, Map<String, String>> aliases,
      List<ConfigError> e) {
    if (cdn != null) {
      UrlRules.httpUrlOrPath(
          cdn.adSegmentUrlPrefix(),
          MAX_OTHER_URL_LENGTH,
          "/CdnConfiguration/AdSegmentUrlPrefix",
          aliases,
          e);
      UrlRules.httpUrlOrPath(
          cdn.contentSegmentUrlPrefix(),
          MAX_OTHER_URL_LENGTH,
          "/CdnConfiguration/ContentSegmentUrlPrefix",
          aliases,
          e);
    }
  }

  private static void bumper(
      @Nullable Bumper bumper,
      @Nullable Map<String, Map<String, String>> aliases,
      List<ConfigError> e) {
    if (bumper != null) {
      UrlRules.httpUrlOrPath(
          bumper.startUrl(), MAX_OTHER_URL_LENGTH, "/Bumper/StartUrl", aliases, e);
      UrlRules.httpUrlOrPath(bumper.endUrl(), MAX_OTHER_URL_LENGTH, "/Bumper/EndUrl", aliases, e);
    }
  }

  private static void preRoll(
      @Nullable LivePreRollConfiguration p,
      @Nullable Map<String, Map<String, String>> aliases,
      List<ConfigError> e) {
    if (p == null) {
      return;
    }
    String base = "/LivePreRollConfiguration";
    UrlRules.httpUrl(
        p.adDecisionServerUrl(), MAX_ADS_URL_LENGTH, base + "/AdDecisionServerUrl", aliases, e);
    if (p.maxDurationSeconds() != null && p.maxDurationSeconds() < 1) {
      e.add(
          new ConfigError(
              base + "/MaxDurationSeconds", "must be >= 1 [" + p.maxDurationSeconds() + "]"));
    }
  }

  private static void availSuppression(@Nullable AvailSuppression a, List<ConfigError> e) {
    if (a == null) {
      return;
    }
    Mode mode = a.mode() == null ? Mode.OFF : a.mode();
    if (a.value() != null && !HH_MM_SS.matcher(a.value()).matches()) {
      e.add(
          new ConfigError(
              "/AvailSuppression/Value", "must be HH:MM:SS " + UrlRules.shown(a.value())));
    } else if (a.value() == null && mode != Mode.OFF) {
      e.add(new ConfigError("/AvailSuppression/Value", "is required when Mode is " + mode));
    }
    if (mode == Mode.BEHIND_LIVE_EDGE && a.fillPolicy() == FillPolicy.PARTIAL_AVAIL) {
      e.add(
          new ConfigError(
              "/AvailSuppression/FillPolicy",
              "PARTIAL_AVAIL is not allowed with Mode BEHIND_LIVE_EDGE"));
    }
  }

  private static void aliases(
      @Nullable Map<String, Map<String, String>> aliases, List<ConfigError> e) {
    if (aliases == null) {
      return;
    }
    aliases.forEach(
        (variable, values) -> {
          String p = ConfigError.child("/ConfigurationAliases", variable);
          if (!variable.startsWith(ALIAS_PREFIX) || variable.length() == ALIAS_PREFIX.length()) {
            e.add(new ConfigError(p, "key must be player_params.<name> [" + variable + "]"));
          }
          if (values.isEmpty()) {
            e.add(new ConfigError(p, "must list at least one alias"));
          }
        });
  }

  private static void httpRequest(@Nullable HttpRequest r, String base, List<ConfigError> e) {
    if (r == null) {
      return;
    }
    boolean post = r.method() == Method.POST;
    if (r.body() != null && !post) {
      e.add(new ConfigError(base + "/Body", "is allowed only with Method POST"));
    }
    if (r.compressRequest() == Compression.GZIP && !post) {
      e.add(new ConfigError(base + "/CompressRequest", "GZIP is allowed only with Method POST"));
    }
    if (r.headers() != null) {
      for (String header : r.headers().keySet()) {
        if (!HEADER_NAME.matcher(header).matches()) {
          e.add(
              new ConfigError(
                  ConfigError.child(base + "/Headers", header),
                  "is not a valid header name [" + header + "]"));
        }
      }
    }
  }

  private static void timeouts(@Nullable AdsPersonalizationTimeouts t, List<ConfigError> e) {
    if (t == null) {
      return;
    }
    String base = "/AdsPersonalizationTimeouts/";
    timeout(t.adsRequestTimeoutMilliseconds(), base + "AdsRequestTimeoutMilliseconds", e);
    timeout(
        t.liveMaximumAdsPersonalizationTimeMilliseconds(),
        base + "LiveMaximumAdsPersonalizationTimeMilliseconds",
        e);
    timeout(
        t.vodMaximumAdsPersonalizationTimeMilliseconds(),
        base + "VodMaximumAdsPersonalizationTimeMilliseconds",
        e);
    timeout(
        t.prefetchAdsRequestTimeoutMilliseconds(),
        base + "PrefetchAdsRequestTimeoutMilliseconds",
        e);
    timeout(
        t.prefetchMaximumAdsPersonalizationTimeMilliseconds(),
        base + "PrefetchMaximumAdsPersonalizationTimeMilliseconds",
        e);
  }

  private static void timeout(@Nullable Integer ms, String pointer, List<ConfigError> e) {
    if (ms != null && (ms < 1 || ms > MAX_TIMEOUT_MS)) {
      e.add(new ConfigError(pointer, "must be 1.." + MAX_TIMEOUT_MS + " ms [" + ms + "]"));
    }
  }

  private static void concurrency(@Nullable AdsPersonalizationConcurrency c, List<ConfigError> e) {
    if (c != null && c.maxConcurrentAdsRequests() != null && c.maxConcurrentAdsRequests() < 1) {
      e.add(
          new ConfigError(
              "/AdsPersonalizationConcurrency/MaxConcurrentAdsRequests",
              "must be >= 1 [" + c.maxConcurrentAdsRequests() + "]"));
    }
  }

  private static void functionMapping(@Nullable Map<String, String> m, List<ConfigError> e) {
    if (m == null) {
      return;
    }
    m.forEach(
        (hook, function) -> {
          String p = ConfigError.child("/FunctionMapping", hook);
          if (!HOOKS.contains(hook)) {
            e.add(
                new ConfigError(
                    p, "key must be one of " + new java.util.TreeSet<>(HOOKS) + " [" + hook + "]"));
          }
          if (function.isBlank()) {
            e.add(new ConfigError(p, "must name a function"));
          }
        });
  }

  private static void tags(@Nullable Map<String, String> tags, List<ConfigError> e) {
    if (tags != null && tags.containsKey("")) {
      e.add(new ConfigError("/Tags/", "tag keys must not be empty"));
    }
  }
}
