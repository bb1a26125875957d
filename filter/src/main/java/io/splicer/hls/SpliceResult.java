package io.splicer.hls;

import io.splicer.core.MediaTime;
import java.util.List;

/**
 * A personalised playlist.
 *
 * @param text the playlist text
 * @param state counters to store in the session and pass to the next splice of this rendition
 * @param placements every ad/slate segment written, in order
 * @param problems plan mismatches met (e.g. a break without room for its ads)
 * @param segments every media segment of {@code text} (content and ads), in order: what parsing
 *     {@code text} again would give, without the parse
 */
public record SpliceResult(
    String text,
    SpliceState state,
    List<Placement> placements,
    List<HlsProblem> problems,
    List<Segment> segments) {

  public SpliceResult {
    segments = List.copyOf(segments);
  }

  /**
   * One media segment of the personalised playlist.
   *
   * @param sequence its media sequence number (RFC 8216 §6.3.5)
   * @param duration its EXTINF duration
   */
  public record Segment(long sequence, MediaTime duration) {}

  /**
   * Where one ad segment went.
   *
   * @param breakIndex index into the planned breaks
   * @param adIndex index of the ad in the break ({@code ads} then {@code slate})
   * @param segmentIndex index of the segment in the ad
   * @param outputSequence its media sequence number in the personalised playlist
   * @param breakOffset its start time within the break
   * @param slate whether it belongs to slate
   * @param adId the ad's id
   * @param uri the segment URI as given in the plan
   * @param duration its duration
   */
  public record Placement(
      int breakIndex,
      int adIndex,
      int segmentIndex,
      long outputSequence,
      MediaTime breakOffset,
      boolean slate,
      String adId,
      String uri,
      MediaTime duration) {}
}
