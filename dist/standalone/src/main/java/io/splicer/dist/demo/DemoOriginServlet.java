package io.splicer.dist.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The demo origin, mapped to {@code /origin/*}: {@code vod/...} serves the generated VOD files;
 * {@code live/index.m3u8} is the VOD's multivariant playlist and {@code live/<n>/index.m3u8} a
 * {@link LivePlaylist} over VOD rendition {@code n} (segments served from {@code vod/}). While the
 * content is being generated, everything answers 503 with {@code Retry-After}.
 */
public final class DemoOriginServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern LIVE_MEDIA = Pattern.compile("/live/([0-9]+)/index\\.m3u8");

  private final transient Path demoDir;
  private final transient BooleanSupplier ready;
  private final transient Clock clock;
  private final transient @Nullable LongFunction<String> scte35Out;
  private final transient Map<String, LivePlaylist> live = new ConcurrentHashMap<>();

  public DemoOriginServlet(
      Path demoDir, BooleanSupplier ready, Clock clock, @Nullable LongFunction<String> scte35Out) {
    this.demoDir = demoDir.toAbsolutePath().normalize();
    this.ready = ready;
    this.clock = clock;
    this.scte35Out = scte35Out;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
    if (!ready.getAsBoolean()) {
      resp.setHeader("Retry-After", "5");
      resp.sendError(
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "demo content is being generated (or ffmpeg is missing: apt-get install -y ffmpeg)");
      return;
    }
    if (path.equals("/live/index.m3u8")) {
      Http.sendFile(req, resp, demoDir.resolve("vod/index.m3u8"));
      return;
    }
    Matcher m = LIVE_MEDIA.matcher(path);
    if (m.matches()) {
      Optional<LivePlaylist> playlist = livePlaylist(req, m.group(1));
      if (playlist.isEmpty()) {
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      } else {
        Http.sendText(req, resp, Http.HLS, playlist.get().render());
      }
      return;
    }
    if (!path.startsWith("/vod/")) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<Path> file = Http.resolve(demoDir, path);
    if (file.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else {
      Http.sendFile(req, resp, file.get());
    }
  }

  private Optional<LivePlaylist> livePlaylist(HttpServletRequest req, String rendition)
      throws IOException {
    LivePlaylist cached = live.get(rendition);
    if (cached != null) {
      return Optional.of(cached);
    }
    Path vod = demoDir.resolve("vod").resolve(rendition).resolve("index.m3u8");
    if (!Files.isRegularFile(vod)) {
      return Optional.empty();
    }
    String prefix = req.getContextPath() + req.getServletPath() + "/vod/" + rendition + "/";
    LivePlaylist created =
        new LivePlaylist(
            VodSegment.parse(Files.readString(vod, StandardCharsets.UTF_8)),
            prefix,
            clock,
            scte35Out);
    live.putIfAbsent(rendition, created);
    return Optional.of(live.get(rendition));
  }
}
