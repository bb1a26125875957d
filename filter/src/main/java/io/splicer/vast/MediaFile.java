package io.splicer.vast;

import org.jspecify.annotations.Nullable;

/**
 * A VAST {@code MediaFile} (VAST 4.3 §3.9.1.1). Integer attributes that were absent or not numbers
 * are {@code null}.
 */
public record MediaFile(
    String uri,
    @Nullable String id,
    @Nullable String delivery,
    @Nullable String type,
    @Nullable Integer width,
    @Nullable Integer height,
    @Nullable Integer bitrate,
    @Nullable Integer minBitrate,
    @Nullable Integer maxBitrate,
    @Nullable String codec,
    @Nullable String apiFramework,
    @Nullable Boolean scalable,
    @Nullable Boolean maintainAspectRatio) {

  /**
   * {@code delivery="streaming"} (HLS/DASH renditions that may be stitched without transcoding).
   */
  public boolean isStreaming() {
    return "streaming".equalsIgnoreCase(delivery);
  }

  /** A VPAID/SIMID executable rather than a video: never stitched server-side. */
  public boolean isExecutable() {
    return "VPAID".equalsIgnoreCase(apiFramework)
        || "application/javascript".equalsIgnoreCase(type)
        || "application/x-shockwave-flash".equalsIgnoreCase(type);
  }
}
