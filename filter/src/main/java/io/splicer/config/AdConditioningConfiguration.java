package io.splicer.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * MediaTailor {@code AdConditioningConfiguration}: whether streaming (HLS/DASH) ad media files are
 * stitched as-is or progressive ones are transcoded.
 *
 * @param streamingMediaFileConditioning required inside the object
 */
public record AdConditioningConfiguration(
    @JsonProperty("StreamingMediaFileConditioning")
        @Nullable StreamingMediaFileConditioning streamingMediaFileConditioning) {

  /** TRANSCODE prefers progressive files; NONE stitches streaming files as they are. */
  public enum StreamingMediaFileConditioning {
    TRANSCODE,
    NONE
  }
}
