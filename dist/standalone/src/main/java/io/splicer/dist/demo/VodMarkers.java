package io.splicer.dist.demo;

import java.util.List;
import java.util.Set;

/**
 * Adds VOD ad-insertion markers to a media playlist: {@code #EXT-X-CUE-OUT:0} + {@code
 * #EXT-X-CUE-IN} decorating a segment mean "insert a break before this segment"; on the last
 * segment they mean a post-roll (MediaTailor ad-behavior, HLS ad marker guidelines: post-roll
 * markers must precede the last content segment, because tags decorate the segment that follows).
 */
public final class VodMarkers {

  private VodMarkers() {}

  /**
   * Inserts the marker pair before the {@code #EXTINF} of each listed segment (0-based; -1 = the
   * last segment, i.e. a post-roll). Other lines are kept byte for byte.
   */
  public static String insert(String mediaPlaylist, List<Integer> beforeSegments) {
    String[] lines = mediaPlaylist.split("\n", -1);
    int segments = 0;
    for (String line : lines) {
      if (line.startsWith("#EXTINF:")) {
        segments++;
      }
    }
    int total = segments;
    Set<Integer> targets =
        Set.copyOf(beforeSegments.stream().map(i -> i < 0 ? total + i : i).toList());
    StringBuilder sb = new StringBuilder(mediaPlaylist.length() + 64 * targets.size());
    int index = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("#EXTINF:")) {
        if (targets.contains(index)) {
          sb.append("#EXT-X-CUE-OUT:0\n#EXT-X-CUE-IN\n");
        }
        index++;
      }
      sb.append(line);
      if (i < lines.length - 1) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
