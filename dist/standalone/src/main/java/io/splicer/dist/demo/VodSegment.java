package io.splicer.dist.demo;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One segment of a demo VOD media playlist.
 *
 * @param uri the segment URI as written in the playlist (relative)
 * @param duration its {@code EXTINF} duration
 */
public record VodSegment(String uri, MediaTime duration) {

  /** The segments of a simple media playlist (RFC 8216 §4.3.2.1 {@code EXTINF} + URI lines). */
  public static List<VodSegment> parse(String mediaPlaylist) {
    List<VodSegment> segments = new ArrayList<>();
    MediaTime pending = null;
    for (String line : mediaPlaylist.split("\r?\n")) {
      if (line.startsWith("#EXTINF:")) {
        String value = line.substring("#EXTINF:".length());
        int comma = value.indexOf(',');
        pending = MediaTime.parseSeconds(comma < 0 ? value : value.substring(0, comma));
      } else if (!line.isBlank() && !line.startsWith("#") && pending != null) {
        segments.add(new VodSegment(line.trim(), pending));
        pending = null;
      }
    }
    return List.copyOf(segments);
  }
}
