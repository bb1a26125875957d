package io.splicer.harness.fakes;

import java.time.Instant;

/**
 * A simulated live channel, mapped to {@code /live/*}, driven by a controllable clock (never the
 * wall clock): a sliding window of {@value #WINDOW} segments of {@value #SEGMENT_SECONDS} s with a
 * splice-out cue every {@value #BREAK_EVERY} segments: {@code EXT-X-CUE-OUT:12} on sequence 10k,
 * {@code EXT-X-CUE-OUT-CONT} on 10k+1, {@code EXT-X-CUE-IN} on 10k+2.
 *
 * <ul>
 *   <li>{@code GET /live/<name>.m3u8}: HLS media playlist of the window at the current clock;
 *   <li>{@code GET /live/<name>.mpd}: dynamic DASH MPD of the same window;
 *   <li>{@code POST /live/_clock?advance=<seconds>} or {@code ?set=<seconds>} moves the clock;
 *       {@code GET /live/_clock} answers the clock in seconds.
 * </ul>
 */
public class LiveOriginServlet extends ClockedOriginServlet {
  private static final long serialVersionUID = 1L;

  static final int WINDOW = 5;
  static final int SEGMENT_SECONDS = 6;
  static final int BREAK_EVERY = 10;

  public LiveOriginServlet() {
    super(600);
  }

  @Override
  String contentType(String path) {
    if (path.endsWith(".m3u8")) {
      return "application/vnd.apple.mpegurl";
    }
    return path.endsWith(".mpd") ? "application/dash+xml" : null;
  }

  @Override
  String manifest(String path, long now) {
    return path.endsWith(".m3u8") ? hls(now) : dash(now);
  }

  @Override
  int maxAgeSeconds() {
    return SEGMENT_SECONDS / 2;
  }

  /** RFC 8216 §4.3.3.2: the media sequence number of the first segment in the window. */
  static long firstSequence(long now) {
    return Math.max(0, now / SEGMENT_SECONDS - WINDOW);
  }

  static String hls(long now) {
    long first = firstSequence(now);
    StringBuilder sb = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n");
    sb.append("#EXT-X-TARGETDURATION:").append(SEGMENT_SECONDS).append('\n');
    sb.append("#EXT-X-MEDIA-SEQUENCE:").append(first).append('\n');
    for (long seq = first; seq < first + WINDOW; seq++) {
      if (seq % BREAK_EVERY == 0) {
        sb.append("#EXT-X-CUE-OUT:").append(2 * SEGMENT_SECONDS).append('\n');
      } else if (seq % BREAK_EVERY == 1) {
        // as live encoders write it, so a window starting inside the break still shows it
        sb.append("#EXT-X-CUE-OUT-CONT:ElapsedTime=")
            .append(SEGMENT_SECONDS)
            .append(".000,Duration=")
            .append(2 * SEGMENT_SECONDS)
            .append('\n');
      } else if (seq % BREAK_EVERY == 2) {
        sb.append("#EXT-X-CUE-IN\n");
      }
      sb.append("#EXT-X-PROGRAM-DATE-TIME:")
          .append(Instant.ofEpochSecond(seq * SEGMENT_SECONDS))
          .append('\n');
      sb.append("#EXTINF:").append(SEGMENT_SECONDS).append(".000,\n");
      sb.append("seg_").append(seq).append(".ts\n");
    }
    return sb.toString();
  }

  static String dash(long now) {
    long first = firstSequence(now);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"dynamic\""
        + " profiles=\"urn:mpeg:dash:profile:isoff-live:2011\""
        + " availabilityStartTime=\"1970-01-01T00:00:00Z\""
        + " publishTime=\""
        + Instant.ofEpochSecond(now)
        + "\" minimumUpdatePeriod=\"PT"
        + SEGMENT_SECONDS
        + "S\" timeShiftBufferDepth=\"PT"
        + (WINDOW * SEGMENT_SECONDS)
        + "S\" minBufferTime=\"PT2S\">\n"
        + "  <Period id=\"p0\" start=\"PT0S\">\n"
        + "    <AdaptationSet mimeType=\"video/mp4\" segmentAlignment=\"true\">\n"
        + "      <SegmentTemplate timescale=\"1\" duration=\""
        + SEGMENT_SECONDS
        + "\" startNumber=\"0\" media=\"seg_$Number$.m4s\" initialization=\"init.mp4\"/>\n"
        + "      <Representation id=\"v0\" bandwidth=\"800000\" codecs=\"avc1.4d401f\""
        + " width=\"640\" height=\"360\"/>\n"
        + "    </AdaptationSet>\n"
        + "  </Period>\n"
        + "  <!-- window starts at segment "
        + first
        + " -->\n"
        + "</MPD>\n";
  }
}
