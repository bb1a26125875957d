package io.splicer.hls;

import io.splicer.core.MediaTime;
import java.util.List;

/**
 * One media segment of a {@link MediaPlaylist}, as line indexes into its lines.
 *
 * @param index 0-based position in the playlist
 * @param firstLine index of the first line after the previous segment's URI line
 * @param uriLine index of the URI line
 * @param duration exact EXTINF duration (zero when EXTINF is missing, which is a problem)
 * @param uri the URI as written (stripped)
 * @param sequence media sequence number (RFC 8216 §6.2.1)
 * @param discontinuitySequence discontinuity sequence number (RFC 8216 §6.2.1)
 * @param discontinuity whether an EXT-X-DISCONTINUITY precedes it
 * @param keyLines indexes of the EXT-X-KEY lines in effect (several with different KEYFORMATs)
 * @param mapLine index of the EXT-X-MAP line in effect, or -1
 * @param pdtLine index of an EXT-X-PROGRAM-DATE-TIME line attached to this segment, or -1
 */
public record MediaSegment(
    int index,
    int firstLine,
    int uriLine,
    MediaTime duration,
    String uri,
    long sequence,
    long discontinuitySequence,
    boolean discontinuity,
    List<Integer> keyLines,
    int mapLine,
    int pdtLine) {}
