package io.splicer.hls;

import io.splicer.core.MediaTime;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A media playlist (RFC 8216bis §4.4.3): its lines and the segments derived from them.
 *
 * @param lines every line, byte-exact
 * @param eol dominant line terminator
 * @param problems lenient-mode warnings
 * @param segments the media segments in order
 * @param version EXT-X-VERSION, or 1 when absent (RFC 8216 §4.3.1.2)
 * @param targetDuration EXT-X-TARGETDURATION seconds, if present
 * @param mediaSequence EXT-X-MEDIA-SEQUENCE (0 when absent)
 * @param discontinuitySequence EXT-X-DISCONTINUITY-SEQUENCE (0 when absent)
 * @param playlistType EXT-X-PLAYLIST-TYPE value, or null
 * @param endList whether EXT-X-ENDLIST is present
 */
public record MediaPlaylist(
    List<HlsLine> lines,
    String eol,
    List<HlsProblem> problems,
    List<MediaSegment> segments,
    long version,
    OptionalLong targetDuration,
    long mediaSequence,
    long discontinuitySequence,
    @Nullable String playlistType,
    boolean endList)
    implements Playlist {

  /** VOD when EXT-X-PLAYLIST-TYPE:VOD or EXT-X-ENDLIST (the content cannot grow). */
  public boolean isVod() {
    return endList || "VOD".equals(playlistType);
  }

  /** Sum of segment durations, exact. */
  public MediaTime totalDuration() {
    long micros = 0;
    for (MediaSegment s : segments) {
      micros += s.duration().micros();
    }
    return MediaTime.ofMicros(micros);
  }
}
