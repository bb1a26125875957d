package io.splicer.bench;

import com.sun.net.httpserver.HttpServer;
import io.splicer.ads.AdsClient;
import io.splicer.ads.AdsClientSettings;
import io.splicer.ads.AdsEvents;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.hls.HlsParseException;
import io.splicer.hls.HlsParser;
import io.splicer.hls.HlsWriter;
import io.splicer.session.ClientInfo;
import io.splicer.session.InMemorySessionStore;
import io.splicer.session.Session;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionParams;
import io.splicer.session.SessionSettings;
import io.splicer.stitch.HlsStitcher;
import io.splicer.stitch.ManifestRequest;
import io.splicer.stitch.ManifestType;
import io.splicer.stitch.OriginManifest;
import io.splicer.stitch.RewriteResult;
import io.splicer.stitch.StitchScope;
import io.splicer.stitch.StitchSettings;
import io.splicer.stitch.TextFetcher;
import io.splicer.stitch.UnparseableManifestException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The whole manifest path of a personalised live media playlist with a cached plan: {@link
 * HlsStitcher#rewrite} of a 10 × 6 s live window holding one 30 s break whose ad decision the
 * session has already memoised (parse, cue detection, break registry, memoised decision, rendition
 * assembly, splice with counters, write), against the floor of the same bytes parsed and written
 * unchanged. Sessions live in the in-memory store (the JCache store adds its serialisation; see the
 * wrk figures for the end-to-end cost). Run: {@code ./test-harness/bench.sh 'ManifestPath.*'}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ManifestPathBenchmark {

  private static final String ORIGIN = "http://origin.bench/live/";
  private static final String CREATIVES = "http://cdn.bench/";

  private HttpServer ads;
  private AdsClient adsClient;
  private HlsStitcher stitcher;
  private ManifestRequest request;
  private OriginManifest window;
  private String windowText;

  @Setup
  public void setUp() throws IOException, UnparseableManifestException {
    ads = startAds();
    SessionManager sessions =
        new SessionManager(new InMemorySessionStore(), SessionSettings.DEFAULTS, Clock.systemUTC());
    adsClient = new AdsClient(AdsClientSettings.defaults(), new AdsEvents());
    stitcher =
        new HlsStitcher(
            sessions,
            adsClient,
            creatives(),
            new StitchSettings(Duration.ofSeconds(10), Duration.ofSeconds(2), 64));
    request = liveRequest(sessions, ads);
    windowText = liveWindow();
    window =
        new OriginManifest(
            windowText.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
    String first = new String(stitcher.rewrite(request, window).body(), StandardCharsets.UTF_8);
    if (!first.contains(CREATIVES + "a/a-5.ts")) {
      throw new IllegalStateException("the break was not filled in set-up:\n" + first);
    }
  }

  @TearDown
  public void tearDown() {
    adsClient.close();
    ads.stop(0);
  }

  /** The personalised refresh: the decision is memoised, nothing leaves the process. */
  @Benchmark
  public RewriteResult stitchedRefreshWithCachedPlan() throws UnparseableManifestException {
    return stitcher.rewrite(request, window);
  }

  /** The floor: parse the same window and write it back. */
  @Benchmark
  public String parseAndWriteOnly() throws HlsParseException {
    return HlsWriter.write(HlsParser.parse(windowText));
  }

  /** A local ADS answering {@link #vast(String)} for the creative under {@code CREATIVES/a/}. */
  static HttpServer startAds() throws IOException {
    HttpServer ads =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ads.createContext(
        "/",
        exchange -> {
          byte[] body = vast(CREATIVES + "a/").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    ads.start();
    return ads;
  }

  /** Fetches the one creative playlist ({@link #creative()}) from memory. */
  static TextFetcher creatives() {
    Map<String, String> creatives = new ConcurrentHashMap<>();
    creatives.put(CREATIVES + "a/index.m3u8", creative());
    return uri -> CompletableFuture.completedFuture(creatives.get(uri.toString()));
  }

  /**
   * Media playlist 0 of a new implicit session of configuration {@code bench} using {@code ads}.
   */
  static ManifestRequest liveRequest(SessionManager sessions, HttpServer ads) {
    PlaybackConfiguration config =
        PlaybackConfiguration.builder("bench")
            .videoContentSourceUrl(ORIGIN)
            .adDecisionServerUrl(
                "http://127.0.0.1:" + ads.getAddress().getPort() + "/vast?s=[session.id]")
            .build();
    Session session =
        sessions.create(
            SessionManager.Kind.IMPLICIT,
            "bench",
            "index.m3u8",
            SessionParams.NONE,
            ClientInfo.NONE);
    StitchScope scope = new StitchScope(session, "", "h", 0, ORIGIN, null);
    return new ManifestRequest(
        ManifestType.HLS,
        "GET",
        "/v1/manifest/h/bench/x/0.m3u8",
        null,
        config,
        ORIGIN + "index.m3u8",
        scope);
  }

  /** 10 × 6 s segments; a 30 s break opens on the 4th (sequence 1003) and closes on the 9th. */
  static String liveWindow() {
    StringBuilder sb =
        new StringBuilder(
            "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\n#EXT-X-MEDIA-SEQUENCE:1000\n");
    for (int i = 0; i < 10; i++) {
      long seq = 1000 + i;
      if (i == 3) {
        sb.append("#EXT-OATCLS-SCTE35:/DAlAAAAAsvhAP/wFAXwAAAGf+/+AdLfiP4AG3dAAAEBAQAAXytxmQ==\n");
        sb.append("#EXT-X-CUE-OUT:30.000\n");
      } else if (i > 3 && i < 8) {
        sb.append("#EXT-X-CUE-OUT-CONT:ElapsedTime=")
            .append((i - 3) * 6)
            .append(".000,Duration=30\n");
      } else if (i == 8) {
        sb.append("#EXT-X-CUE-IN\n");
      }
      sb.append("#EXT-X-PROGRAM-DATE-TIME:2026-11-21T10:")
          .append(String.format("%02d:%02d", seq * 6 / 60 % 60, seq * 6 % 60))
          .append(".000Z\n#EXTINF:6.000,\nseg_")
          .append(seq)
          .append(".ts?token=abc\n");
    }
    return sb.toString();
  }

  static String creative() {
    StringBuilder sb =
        new StringBuilder(
            "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\n#EXT-X-PLAYLIST-TYPE:VOD\n");
    for (int i = 0; i < 6; i++) {
      sb.append("#EXTINF:5.000,\na-").append(i).append(".ts\n");
    }
    return sb.append("#EXT-X-ENDLIST\n").toString();
  }

  /** VAST with one 30 s streaming ad whose playlist is {@code base + "index.m3u8"}. */
  static String vast(String base) {
    return "<VAST version=\"4.2\"><Ad id=\"a\"><InLine><AdSystem>b</AdSystem><AdTitle>a</AdTitle>"
        + "<Impression><![CDATA[http://127.0.0.1:9/imp]]></Impression><Creatives>"
        + "<Creative id=\"ca\"><Linear><Duration>00:00:30.000</Duration><MediaFiles>"
        + "<MediaFile delivery=\"streaming\" type=\"application/x-mpegURL\" width=\"640\""
        + " height=\"360\"><![CDATA["
        + base
        + "index.m3u8]]></MediaFile></MediaFiles></Linear></Creative></Creatives>"
        + "</InLine></Ad></VAST>";
  }
}
