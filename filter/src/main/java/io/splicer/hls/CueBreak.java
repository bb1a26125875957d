package io.splicer.hls;

import io.splicer.core.MediaTime;
import io.splicer.scte35.SpliceInfoSection;
import java.util.Map;
import java.util.Optional;

/**
 * An ad break found in a media playlist by {@link CueDetector}.
 *
 * <p>For a {@link Kind#REPLACEMENT} break the content segments {@code [startSegment, endSegment)}
 * are the avail. For an {@link Kind#INSERTION} point (VOD {@code EXT-X-CUE-OUT:0}) ads go before
 * segment {@code startSegment}, or after it when {@code postRoll}; {@code endSegment ==
 * startSegment}.
 *
 * @param kind replacement (live, or VOD with a duration) or insertion (VOD zero duration)
 * @param startSegment first segment of the avail, or the insertion segment
 * @param endSegment exclusive end segment; equal to the segment count when the break is still open
 * @param closed whether the end is known (an IN marker or the duration was reached)
 * @param postRoll for an insertion: the ads go after {@code startSegment} (the last segment)
 * @param duration the signalled duration, if any (CUE-OUT, else DATERANGE, else SCTE-35)
 * @param elapsedAtStart break time already elapsed when {@code startSegment} starts (non-zero when
 *     the playlist window joins the break in its middle, from EXT-X-CUE-OUT-CONT)
 * @param openLine index of the first line of the opening marker(s)
 * @param closeLine index of the last line of the closing marker(s), or -1
 * @param sourceTag name of the tag that decided the break (e.g. EXT-X-CUE-OUT)
 * @param id DATERANGE ID or SCTE-35 event id when known, else empty
 * @param scte35 the decoded SCTE-35 section of the opening marker, if any
 * @param asset EXT-X-ASSET key/values attached to the break (for {@code [asset.KEY]})
 */
public record CueBreak(
    Kind kind,
    int startSegment,
    int endSegment,
    boolean closed,
    boolean postRoll,
    Optional<MediaTime> duration,
    MediaTime elapsedAtStart,
    int openLine,
    int closeLine,
    String sourceTag,
    String id,
    Optional<SpliceInfoSection> scte35,
    Map<String, String> asset) {

  /** How the ads relate to the content. */
  public enum Kind {
    /** Ads replace the content segments of the avail. */
    REPLACEMENT,
    /** Ads are inserted between content segments (nothing is replaced). */
    INSERTION
  }

  public CueBreak {
    asset = Map.copyOf(asset);
  }

  /** Number of content segments of the avail present in this playlist. */
  public int segmentCount() {
    return endSegment - startSegment;
  }
}
