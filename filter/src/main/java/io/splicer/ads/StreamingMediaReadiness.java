package io.splicer.ads;

import io.splicer.vast.MediaFile;
import io.splicer.vast.ResolvedAd;
import java.util.Locale;
import java.util.Set;

/**
 * The production readiness hook until the {@code prepare} package exists: a creative is usable only
 * if it has a streaming HLS or DASH {@code MediaFile} (pre-conditioned ads, MediaTailor's {@code
 * StreamingMediaFileConditioning=NONE}, reference §6 "Streaming vs progressive"); otherwise it is
 * skipped with {@link SkipReason#UNSUPPORTED_MEDIA_FILE}. Nothing to prepare: there is no
 * transcoder yet.
 */
public final class StreamingMediaReadiness implements CreativeReadiness<ResolvedAd> {

  /** MIME types of stitchable streaming renditions. */
  public static final Set<String> STREAMING_TYPES =
      Set.of("application/x-mpegurl", "application/vnd.apple.mpegurl", "application/dash+xml");

  @Override
  public Readiness check(Candidate<ResolvedAd> candidate) {
    for (MediaFile f : candidate.ad().mediaFiles()) {
      if (isStreamingRendition(f)) {
        return Readiness.ready();
      }
    }
    return Readiness.notReady(SkipReason.UNSUPPORTED_MEDIA_FILE);
  }

  /** An HLS/DASH type that is not declared {@code delivery="progressive"}. */
  public static boolean isStreamingRendition(MediaFile f) {
    if (f.type() == null || "progressive".equalsIgnoreCase(f.delivery())) {
      return false;
    }
    String type = f.type().toLowerCase(Locale.ROOT);
    int semicolon = type.indexOf(';');
    return STREAMING_TYPES.contains((semicolon < 0 ? type : type.substring(0, semicolon)).trim());
  }
}
