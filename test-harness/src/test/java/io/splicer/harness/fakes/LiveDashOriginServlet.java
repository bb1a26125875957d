package io.splicer.harness.fakes;

import java.time.Instant;

/**
 * A simulated multi-period live DASH channel, mapped to {@code /livedash/*}, driven by a
 * controllable clock (never the wall clock). Every {@value #CYCLE} s: a content Period {@code c<k>}
 * of {@value #CONTENT} s, then an avail Period {@code a<k>} of {@value #BREAK} s whose EventStream
 * ({@code urn:scte:scte35:2013:xml}) carries a splice_insert cue-out with a {@value #BREAK} s
 * BreakDuration (SCTE 214-1 §6.7). Segments are {@value #SEG} s, {@code SegmentTemplate} with
 * {@code SegmentTimeline} and {@code $Time$} names; the window is {@value #WINDOW} s.
 *
 * <ul>
 *   <li>{@code GET /livedash/<name>.mpd}: the dynamic MPD at the current clock ({@code
 *       availabilityStartTime} 1970-01-01T00:00:00Z);
 *   <li>{@code POST /livedash/_clock?set=<seconds>} or {@code ?advance=<seconds>} moves the clock;
 *       {@code GET /livedash/_clock} answers it.
 * </ul>
 */
public class LiveDashOriginServlet extends ClockedOriginServlet {
  private static final long serialVersionUID = 1L;

  public static final int SEG = 2;
  public static final int CYCLE = 30;
  public static final int CONTENT = 20;
  public static final int BREAK = CYCLE - CONTENT;
  public static final int WINDOW = 30;

  public LiveDashOriginServlet() {
    super(0);
  }

  @Override
  String contentType(String path) {
    return path.endsWith(".mpd") ? "application/dash+xml" : null;
  }

  @Override
  String manifest(String path, long now) {
    return mpd(now);
  }

  @Override
  int maxAgeSeconds() {
    return 1;
  }

  /** The MPD at clock {@code now}: Periods with at least one available segment in the window. */
  public static String mpd(long now) {
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\"")
        .append(" xmlns:scte35=\"http://www.scte.org/schemas/35/2016\" type=\"dynamic\"")
        .append(" profiles=\"urn:mpeg:dash:profile:isoff-live:2011\"")
        .append(" availabilityStartTime=\"1970-01-01T00:00:00Z\" publishTime=\"")
        .append(Instant.ofEpochSecond(now))
        .append("\" minimumUpdatePeriod=\"PT2S\" timeShiftBufferDepth=\"PT")
        .append(WINDOW)
        .append("S\" minBufferTime=\"PT2S\">\n");
    long windowStart = Math.max(0, now - WINDOW) / SEG * SEG;
    for (long start = windowStart / CYCLE * CYCLE; start + SEG <= now; start += CYCLE) {
      long k = start / CYCLE;
      period(sb, "c" + k, start, start + CONTENT, windowStart, now, -1);
      period(sb, "a" + k, start + CONTENT, start + CYCLE, windowStart, now, k);
    }
    return sb.append("</MPD>\n").toString();
  }

  private static void period(
      StringBuilder sb, String id, long start, long end, long windowStart, long now, long avail) {
    long first = Math.max(start, windowStart);
    long last = Math.min(end, now); // segments [first, last) that are complete
    long count = (last - first) / SEG;
    if (end <= windowStart || count <= 0) {
      return;
    }
    sb.append("  <Period id=\"").append(id).append("\" start=\"PT").append(start).append("S\">\n");
    if (avail >= 0) {
      sb.append("    <EventStream schemeIdUri=\"urn:scte:scte35:2013:xml\" timescale=\"90000\"")
          .append(" presentationTimeOffset=\"")
          .append(start * 90000)
          .append("\">\n      <Event presentationTime=\"")
          .append(start * 90000)
          .append("\" duration=\"")
          .append(BREAK * 90000)
          .append("\" id=\"")
          .append(avail)
          .append("\">\n        <scte35:SpliceInfoSection protocolVersion=\"0\" tier=\"4095\">\n")
          .append("          <scte35:SpliceInsert spliceEventId=\"")
          .append(avail)
          .append("\" spliceEventCancelIndicator=\"false\" outOfNetworkIndicator=\"true\"")
          .append(" spliceImmediateFlag=\"false\">\n")
          .append("            <scte35:Program><scte35:SpliceTime ptsTime=\"")
          .append(start * 90000)
          .append("\"/></scte35:Program>\n")
          .append("            <scte35:BreakDuration autoReturn=\"true\" duration=\"")
          .append(BREAK * 90000)
          .append("\"/>\n          </scte35:SpliceInsert>\n")
          .append("        </scte35:SpliceInfoSection>\n      </Event>\n    </EventStream>\n");
    }
    set(
        sb,
        "video",
        "v",
        "width=\"640\" height=\"360\" codecs=\"avc1.4d401e\"",
        start,
        first,
        count);
    set(sb, "audio", "a", "codecs=\"mp4a.40.2\"", start, first, count);
    sb.append("  </Period>\n");
  }

  private static void set(
      StringBuilder sb, String type, String rep, String attrs, long start, long first, long n) {
    sb.append("    <AdaptationSet contentType=\"")
        .append(type)
        .append("\" mimeType=\"")
        .append(type)
        .append("/mp4\" segmentAlignment=\"true\">\n")
        .append("      <SegmentTemplate timescale=\"1000\" presentationTimeOffset=\"")
        .append(start * 1000)
        .append("\" initialization=\"")
        .append(rep)
        .append("_init.mp4\" media=\"")
        .append(rep)
        .append("_$Time$.m4s\">\n        <SegmentTimeline><S t=\"")
        .append(first * 1000)
        .append("\" d=\"")
        .append(SEG * 1000)
        .append("\" r=\"")
        .append(n - 1)
        .append("\"/></SegmentTimeline>\n      </SegmentTemplate>\n")
        .append("      <Representation id=\"")
        .append(rep)
        .append("\" bandwidth=\"800000\" ")
        .append(attrs)
        .append("/>\n    </AdaptationSet>\n");
  }
}
