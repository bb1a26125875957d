package io.splicer.ads;

/**
 * Why an ad of an ADS response was not played, named as MediaTailor names its skip reasons
 * (reference §5 and §6 "Other skip reasons", ad-skipping-reference-materials), plus our own {@link
 * #UNSUPPORTED_MEDIA_FILE}.
 */
public enum SkipReason {
  /** The ad does not fit within the remaining duration of the break. */
  AVAIL_DURATION_EXCEEDED,
  /** The break ended (cue-in) before the ad's turn came. */
  EARLY_CUE_IN,
  /** The creative has never been seen; preparation has been requested for next time. */
  NEW_CREATIVE,
  /** The creative is being prepared; it is usable on a later request. */
  TRANSCODE_IN_PROGRESS,
  /** Unfilled time would exceed the personalization threshold: the whole break is content. */
  LEFTOVER_AVAIL_EXCEEDED_THRESHOLD,
  PROFILE_NOT_FOUND,
  TRANSCODE_ERROR,
  INTERNAL_ERROR,
  VAST_PARSING_ERROR,
  ADS_TIMEOUT,
  MEDIA_FILE_UNAVAILABLE,
  SESSION_INITIALIZATION_FAILED,
  NO_VARIANT_MATCH,
  NO_MODEL_CREATIVE_MATCH,
  REJECTED_REPLICA_VAST,
  INVALID_VAST_WRAPPER_AD,
  IMPORT_ERROR,
  IMPORT_IN_PROGRESS,
  /**
   * Ours: the creative has no streaming HLS/DASH MediaFile and no preparation pipeline can make one
   * (used until the {@code prepare} package exists).
   */
  UNSUPPORTED_MEDIA_FILE
}
