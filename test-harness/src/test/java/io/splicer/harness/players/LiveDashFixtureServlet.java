package io.splicer.harness.players;

import io.splicer.core.MediaTime;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A single-period live DASH channel made of the content fixture's segments, mapped to {@code
 * /livedash/*}: {@code GET /livedash/<stream>/manifest.mpd}. Each {@code <stream>} has its own wall
 * clock, started by its first request with {@value #PUBLISHED_AT_START_SECONDS} s already
 * published; then segments are published as wall time passes, until the content ends (the MPD stays
 * dynamic: the stream just stops growing). Cue-outs are SCTE-35 Events announced {@value
 * #LEAD_SECONDS} s ahead, as encoders signal splice points in advance.
 */
final class LiveDashFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final int PUBLISHED_AT_START_SECONDS = 6;
  static final int LEAD_SECONDS = 8;
  private static final Pattern PATH = Pattern.compile("/[\\w-]+/manifest\\.mpd");

  private final transient DashStitch.Source content;
  private final transient List<DashStitch.Cue> cues;
  private final transient Map<String, Instant> starts = new ConcurrentHashMap<>();

  LiveDashFixtureServlet(DashStitch.Source content, List<DashStitch.Cue> cues) {
    this.content = content;
    this.cues = List.copyOf(cues);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    if (!PATH.matcher(path).matches()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Instant now = Instant.now();
    Instant availabilityStart =
        starts.computeIfAbsent(path, p -> now.minusSeconds(PUBLISHED_AT_START_SECONDS));
    MediaTime published =
        MediaTime.ofMicros(
            Math.min(
                java.time.Duration.between(availabilityStart, now).toNanos() / 1000,
                content.videoDuration().micros()));
    String mpd =
        DashStitch.liveSinglePeriod(
            content,
            published,
            cues,
            MediaTime.ofSeconds(LEAD_SECONDS),
            availabilityStart,
            now,
            MediaTime.ofSeconds(PUBLISHED_AT_START_SECONDS));
    byte[] body = mpd.getBytes(StandardCharsets.UTF_8);
    resp.setContentType("application/dash+xml");
    resp.setHeader("Cache-Control", "no-store");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }
}
