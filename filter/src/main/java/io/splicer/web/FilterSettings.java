package io.splicer.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The filter's init-params, parsed and validated once at {@code init()} (design.md rule 9). See
 * {@link SplicerFilter} for the table.
 *
 * @param maxManifestBytes manifests larger than this pass through unchanged
 * @param originConnectTimeout connect timeout for HTTP origins
 * @param originTimeout total time allowed for one HTTP origin request
 * @param originThreads worker threads of the HTTP origin client
 * @param rewriterClass class name of the {@code ManifestRewriter}, or {@code null}
 * @param configDir directory of playback configurations, or {@code null} for none
 * @param deploymentId the only accepted {@code {hash}} of entry URLs, or {@code null} for any
 */
public record FilterSettings(
    long maxManifestBytes,
    Duration originConnectTimeout,
    Duration originTimeout,
    int originThreads,
    @Nullable String rewriterClass,
    @Nullable Path configDir,
    @Nullable String deploymentId) {

  public static final String MAX_MANIFEST_BYTES = "maxManifestBytes";
  public static final String ORIGIN_CONNECT_TIMEOUT_MILLIS = "originConnectTimeoutMillis";
  public static final String ORIGIN_TIMEOUT_MILLIS = "originTimeoutMillis";
  public static final String ORIGIN_THREADS = "originThreads";
  public static final String REWRITER = "rewriter";
  public static final String CONFIG_DIR = "configDir";
  public static final String DEPLOYMENT_ID = "deploymentId";

  /** System property consulted when the {@value #CONFIG_DIR} init-param is absent. */
  public static final String CONFIG_DIR_PROPERTY = "splicer.configDir";

  static final long DEFAULT_MAX_MANIFEST_BYTES = 2L * 1024 * 1024;

  /**
   * Parses init-params.
   *
   * @param initParam returns an init-param's value, or {@code null} when it is not set
   * @throws IllegalArgumentException naming the parameter and the offending value
   */
  public static FilterSettings parse(UnaryOperator<@Nullable String> initParam) {
    String dir = blankToNull(initParam.apply(CONFIG_DIR));
    if (dir == null) {
      dir = blankToNull(System.getProperty(CONFIG_DIR_PROPERTY));
    }
    return new FilterSettings(
        positive(initParam, MAX_MANIFEST_BYTES, DEFAULT_MAX_MANIFEST_BYTES),
        Duration.ofMillis(positive(initParam, ORIGIN_CONNECT_TIMEOUT_MILLIS, 1000)),
        Duration.ofMillis(positive(initParam, ORIGIN_TIMEOUT_MILLIS, 2000)),
        Math.toIntExact(Math.min(positive(initParam, ORIGIN_THREADS, 4), 256)),
        blankToNull(initParam.apply(REWRITER)),
        dir == null ? null : Path.of(dir),
        blankToNull(initParam.apply(DEPLOYMENT_ID)));
  }

  private static long positive(UnaryOperator<@Nullable String> initParam, String name, long dflt) {
    String raw = blankToNull(initParam.apply(name));
    if (raw == null) {
      return dflt;
    }
    try {
      long value = Long.parseLong(raw);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "Init-param " + name + " must be a positive integer, got [" + raw + "]");
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
