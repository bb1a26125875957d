package io.splicer.dist.demo;

import io.splicer.core.MediaTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The demo live stream: a sliding window over a looped VOD rendition whose media sequence advances
 * with the wall clock (segment {@code k} covers {@code [k·2 s, (k+1)·2 s)} since the Unix epoch, so
 * every server and every restart agrees). Every {@value #BREAK_PERIOD_SEGMENTS} segments (60 s)
 * there is a {@value #BREAK_SEGMENTS}-segment ad break signalled with {@code
 * EXT-X-CUE-OUT:DURATION} / {@code EXT-X-CUE-OUT-CONT} / {@code EXT-X-CUE-IN} and, when an encoder
 * is supplied, an {@code EXT-X-DATERANGE} with {@code SCTE35-OUT} (RFC 8216 §4.3.2.7.1). Stateless
 * and thread-safe.
 */
public final class LivePlaylist {

  /** Nominal segment duration (the VOD is cut with 2 s GOPs). */
  public static final MediaTime SEGMENT = MediaTime.ofSeconds(2);

  public static final int WINDOW_SEGMENTS = 6;
  public static final int BREAK_PERIOD_SEGMENTS = 30;
  public static final int BREAK_SEGMENTS = 10;

  /** Position of the break inside each period: 20 s after a period starts. */
  public static final int BREAK_OFFSET_SEGMENTS = 10;

  private final List<VodSegment> loop;
  private final String segmentPrefix;
  private final Clock clock;
  private final @Nullable LongFunction<String> scte35Out;
  private final long targetDurationSeconds;

  /**
   * @param loop the VOD rendition's segments, looped
   * @param segmentPrefix prefix for segment URIs (e.g. {@code /origin/vod/0/})
   * @param clock wall clock (a fixed clock in tests)
   * @param scte35Out hex {@code 0x...} SCTE-35 splice_info_section for the break starting at
   *     segment {@code k}, or {@code null} to write CUE tags only
   */
  public LivePlaylist(
      List<VodSegment> loop,
      String segmentPrefix,
      Clock clock,
      @Nullable LongFunction<String> scte35Out) {
    if (loop.isEmpty()) {
      throw new IllegalArgumentException("live loop needs at least one segment");
    }
    this.loop = List.copyOf(loop);
    this.segmentPrefix = segmentPrefix;
    this.clock = clock;
    this.scte35Out = scte35Out;
    this.targetDurationSeconds =
        this.loop.stream().mapToLong(s -> s.duration().toCeilSeconds()).max().orElseThrow();
  }

  /** Index of the newest complete segment at the clock's current time. */
  public long latestSegment() {
    long nowMicros = Math.multiplyExact(clock.millis(), 1000L);
    return nowMicros / SEGMENT.micros() - 1;
  }

  /** The media playlist for the current time. */
  public String render() {
    long last = latestSegment();
    long first = Math.max(0, last - WINDOW_SEGMENTS + 1);
    StringBuilder sb = new StringBuilder(1024);
    sb.append("#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-TARGETDURATION:")
        .append(targetDurationSeconds)
        .append('\n')
        .append("#EXT-X-MEDIA-SEQUENCE:")
        .append(first)
        .append('\n')
        // RFC 8216 §4.3.3.3: discontinuity number of the first segment; the loop restarts
        // (timestamps jump back) at every multiple of the loop length.
        .append("#EXT-X-DISCONTINUITY-SEQUENCE:")
        .append(first / loop.size())
        .append('\n');
    for (long k = first; k <= last; k++) {
      segment(sb, k, k == first);
    }
    return sb.toString();
  }

  private void segment(StringBuilder sb, long k, boolean firstInWindow) {
    if (k % loop.size() == 0 && !firstInWindow) {
      sb.append("#EXT-X-DISCONTINUITY\n");
    }
    Instant start = Instant.ofEpochMilli(k * SEGMENT.toMillis());
    sb.append("#EXT-X-PROGRAM-DATE-TIME:").append(start).append('\n');
    long inPeriod = Math.floorMod(k, (long) BREAK_PERIOD_SEGMENTS) - BREAK_OFFSET_SEGMENTS;
    MediaTime breakDuration = MediaTime.ofMicros(SEGMENT.micros() * BREAK_SEGMENTS);
    String duration = breakDuration.toSecondsString(3);
    if (inPeriod == 0) {
      if (scte35Out != null) {
        sb.append("#EXT-X-DATERANGE:ID=\"splice-")
            .append(k)
            .append("\",START-DATE=\"")
            .append(start)
            .append("\",PLANNED-DURATION=")
            .append(duration)
            .append(",SCTE35-OUT=")
            .append(scte35Out.apply(k))
            .append('\n');
      }
      sb.append("#EXT-X-CUE-OUT:DURATION=").append(duration).append('\n');
    } else if (inPeriod > 0 && inPeriod < BREAK_SEGMENTS) {
      MediaTime elapsed = MediaTime.ofMicros(SEGMENT.micros() * inPeriod);
      sb.append("#EXT-X-CUE-OUT-CONT:ElapsedTime=")
          .append(elapsed.toSecondsString(3))
          .append(",Duration=")
          .append(duration)
          .append('\n');
    } else if (inPeriod == BREAK_SEGMENTS) {
      sb.append("#EXT-X-CUE-IN\n");
    }
    VodSegment source = loop.get((int) Math.floorMod(k, (long) loop.size()));
    sb.append("#EXTINF:")
        .append(source.duration().toSecondsString(3))
        .append(",\n")
        .append(segmentPrefix)
        .append(source.uri())
        .append('\n');
  }
}
