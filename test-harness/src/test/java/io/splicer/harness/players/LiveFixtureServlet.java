package io.splicer.harness.players;

import io.splicer.harness.players.HlsStitch.Rendition;
import io.splicer.harness.players.HlsStitch.Segment;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A live channel made of the content fixture's VOD segments, mapped to {@code /live/*}: {@code GET
 * /live/<stream>/<ts|fmp4>/master.m3u8} (one variant) and {@code .../index.m3u8} (the media
 * playlist). Each {@code <stream>} has its own clock, started by its first request: {@value
 * #PUBLISHED_AT_START} segments are published at once and one more every segment duration of wall
 * time, until the content ends (no {@code EXT-X-ENDLIST}: the stream just stops growing). The
 * window holds the last {@value #WINDOW} published segments. Breaks are SCTE-35-style cue tags
 * ({@code EXT-X-CUE-OUT:<duration>} on the first segment of a break, {@code EXT-X-CUE-OUT-CONT} on
 * the following ones, {@code EXT-X-CUE-IN} on the first segment after it), as live encoders write
 * them.
 */
final class LiveFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final int PUBLISHED_AT_START = 3;
  static final int WINDOW = 10;
  private static final Pattern PATH = Pattern.compile("/([\\w-]+)/(ts|fmp4)/(master|index)\\.m3u8");

  /** A break: first segment index and number of segments replaced. */
  record Break(int firstSegment, int segments) {}

  private final transient Map<String, Rendition> content;
  private final transient java.util.List<Break> breaks;
  private final transient Map<String, Long> startNanos = new ConcurrentHashMap<>();

  /**
   * @param content the content rendition per packaging ({@code ts}, {@code fmp4})
   * @param breaks the breaks, in order
   */
  LiveFixtureServlet(Map<String, Rendition> content, java.util.List<Break> breaks) {
    this.content = Map.copyOf(content);
    this.breaks = java.util.List.copyOf(breaks);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
    if (!m.matches()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long start = startNanos.computeIfAbsent(m.group(1), k -> System.nanoTime());
    Rendition r = content.get(m.group(2));
    String body =
        m.group(3).equals("master")
            ? HlsStitch.multivariant("index.m3u8")
            : playlist(r, published(r, System.nanoTime() - start));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    resp.setContentType("application/vnd.apple.mpegurl");
    resp.setHeader("Cache-Control", "no-cache");
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }

  private static int published(Rendition r, long elapsedNanos) {
    long segmentNanos = r.segments().get(0).duration().micros() * 1000;
    long n = PUBLISHED_AT_START + elapsedNanos / segmentNanos;
    return (int) Math.min(r.segments().size(), n);
  }

  /** The window ending at segment {@code published - 1}. */
  String playlist(Rendition r, int published) {
    int first = Math.max(0, published - WINDOW);
    long target =
        r.segments().stream().mapToLong(s -> s.duration().toCeilSeconds()).max().orElse(2);
    StringBuilder sb =
        new StringBuilder("#EXTM3U\n#EXT-X-VERSION:")
            .append(r.map() == null ? 3 : 7)
            .append("\n#EXT-X-TARGETDURATION:")
            .append(target)
            .append("\n#EXT-X-MEDIA-SEQUENCE:")
            .append(first)
            .append('\n');
    if (r.map() != null) {
      sb.append("#EXT-X-MAP:URI=\"").append(r.map()).append("\"\n");
    }
    for (int i = first; i < published; i++) {
      sb.append(cue(r, i));
      Segment s = r.segments().get(i);
      sb.append("#EXTINF:").append(s.duration().toSecondsString(6)).append(",\n");
      sb.append(s.uri()).append('\n');
    }
    return sb.toString();
  }

  /** The cue tag before segment {@code i}, if any. */
  private String cue(Rendition r, int i) {
    for (Break b : breaks) {
      if (i == b.firstSegment()) {
        return "#EXT-X-CUE-OUT:" + r.duration(i, i + b.segments()).toSecondsString(3) + "\n";
      }
      if (i > b.firstSegment() && i < b.firstSegment() + b.segments()) {
        return "#EXT-X-CUE-OUT-CONT:ElapsedTime="
            + r.duration(b.firstSegment(), i).toSecondsString(3)
            + ",Duration="
            + r.duration(b.firstSegment(), b.firstSegment() + b.segments()).toSecondsString(3)
            + "\n";
      }
      if (i == b.firstSegment() + b.segments()) {
        return "#EXT-X-CUE-IN\n";
      }
    }
    return "";
  }
}
