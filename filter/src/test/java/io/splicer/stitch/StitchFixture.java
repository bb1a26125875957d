package io.splicer.stitch;

import com.sun.net.httpserver.HttpServer;
import io.splicer.ads.AdsClient;
import io.splicer.ads.AdsClientSettings;
import io.splicer.ads.AdsEvents;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.session.ClientInfo;
import io.splicer.session.InMemorySessionStore;
import io.splicer.session.Session;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionParams;
import io.splicer.session.SessionSettings;
import io.splicer.session.SessionStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The stitch pipeline with fakes: a fake ADS (JDK HttpServer on 127.0.0.1, counting requests and
 * answering what {@link #ads} says), creatives served from memory, an in-memory session store.
 */
final class StitchFixture implements AutoCloseable {

  static final String ORIGIN = "http://origin.test/content/";
  static final String CREATIVES = "http://cdn.ads.test/";

  final HttpServer server;
  final AtomicInteger adsRequests = new AtomicInteger();
  final Map<String, String> creatives = new ConcurrentHashMap<>();

  /** What the fake ADS answers to a request URI: status and body (status 0 = hang up). */
  volatile Function<URI, Answer> ads = uri -> new Answer(200, vast(15, 10), 0);

  final SessionManager sessions;
  final AdsClient adsClient;
  final HlsStitcher stitcher;
  final DashStitcher dash;

  record Answer(int status, String body, long delayMillis) {}

  StitchFixture() throws IOException {
    this(Duration.ofSeconds(3), new InMemorySessionStore());
  }

  StitchFixture(Duration adsTimeout, SessionStore store) throws IOException {
    this(adsTimeout, store, null);
  }

  /** With server-side reporting: ad segments of beacon-firing sessions go via /v1/segment. */
  StitchFixture(
      Duration adsTimeout,
      SessionStore store,
      java.util.function.@org.jspecify.annotations.Nullable Function<
              SessionManager, io.splicer.tracking.BeaconService>
          beacons)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          adsRequests.incrementAndGet();
          Answer a = ads.apply(exchange.getRequestURI());
          try {
            if (a.delayMillis() > 0) {
              Thread.sleep(a.delayMillis());
            }
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          } catch (InterruptedException | IOException e) {
            exchange.close();
          }
        });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    creative("c15", 15);
    creative("c10", 10);
    creative("slate", 2);
    for (int seconds : new int[] {6, 10, 15}) {
      creatives.put(
          CREATIVES + "c" + seconds + "/manifest.mpd", dashCreative("c" + seconds, seconds));
    }
    creatives.put(CREATIVES + "slate/manifest.mpd", dashCreative("slate", 4));
    sessions = new SessionManager(store, SessionSettings.DEFAULTS, Clock.systemUTC());
    adsClient =
        new AdsClient(
            AdsClientSettings.defaults().withTimeouts(adsTimeout, adsTimeout.multipliedBy(2)),
            new AdsEvents());
    TextFetcher fetcher =
        uri -> {
          String body = creatives.get(uri.toString());
          return body == null
              ? CompletableFuture.failedFuture(new IOException("404 [" + uri + "]"))
              : CompletableFuture.completedFuture(body);
        };
    io.splicer.tracking.BeaconService beaconService =
        beacons == null ? null : beacons.apply(sessions);
    stitcher =
        new HlsStitcher(
            sessions,
            adsClient,
            fetcher,
            new StitchSettings(Duration.ofSeconds(10), Duration.ofSeconds(2), 64),
            beaconService);
    dash =
        new DashStitcher(
            sessions,
            adsClient,
            fetcher,
            new StitchSettings(Duration.ofSeconds(10), Duration.ofSeconds(2), 64),
            stitcher.metrics(),
            beaconService == null ? null : stitcher.liveView(),
            beaconService);
  }

  /** Personalises origin MPD {@code mpd} fetched from {@code originUrl} for session {@code s}. */
  String stitchDash(PlaybackConfiguration config, Session s, String originUrl, String mpd)
      throws UnparseableManifestException {
    RewriteResult r =
        dash.rewrite(
            new ManifestRequest(
                ManifestType.DASH,
                "GET",
                "/app/v1/dash/h/cfg/index.mpd",
                null,
                config,
                originUrl,
                new StitchScope(s, "/app", "h", -1, ORIGIN, null, "https://splicer.test")),
            new OriginManifest(mpd.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null));
    return r.isUnchanged() ? mpd : new String(r.body(), StandardCharsets.UTF_8);
  }

  /**
   * A creative's DASH rendition: static MPD, 2 s segments (the last one shorter), a 640x360 video
   * AdaptationSet and an audio one; segment names carry {@code id}.
   */
  static String dashCreative(String id, int seconds) {
    return "<?xml version=\"1.0\"?>\n<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"static\""
        + " mediaPresentationDuration=\"PT"
        + seconds
        + "S\" profiles=\"urn:mpeg:dash:profile:isoff-live:2011\" minBufferTime=\"PT2S\">\n"
        + "<Period id=\"0\">\n"
        + "<AdaptationSet contentType=\"video\" mimeType=\"video/mp4\" segmentAlignment=\"true\">\n"
        + "<Representation id=\"v\" bandwidth=\"800000\" width=\"640\" height=\"360\" codecs=\"avc1.4d401e\">\n"
        + "<SegmentTemplate timescale=\"90000\" startNumber=\"1\" initialization=\""
        + id
        + "_v_init.mp4\" media=\""
        + id
        + "_v_$Number$.m4s\"><SegmentTimeline>"
        + timeline(seconds, 90000)
        + "</SegmentTimeline></SegmentTemplate>\n</Representation>\n</AdaptationSet>\n"
        + "<AdaptationSet contentType=\"audio\" mimeType=\"audio/mp4\" lang=\"und\">\n"
        + "<Representation id=\"a\" bandwidth=\"96000\" codecs=\"mp4a.40.2\">\n"
        + "<SegmentTemplate timescale=\"48000\" startNumber=\"1\" initialization=\""
        + id
        + "_a_init.mp4\" media=\""
        + id
        + "_a_$Number$.m4s\"><SegmentTimeline>"
        + timeline(seconds, 48000)
        + "</SegmentTimeline></SegmentTemplate>\n</Representation>\n</AdaptationSet>\n"
        + "</Period>\n</MPD>\n";
  }

  private static String timeline(int seconds, long scale) {
    int full = seconds / 2;
    String s = "<S t=\"0\" d=\"" + 2 * scale + "\" r=\"" + (full - 1) + "\"/>";
    return seconds % 2 == 0 ? s : s + "<S d=\"" + scale + "\"/>";
  }

  /** {@link #vast} with each ad's streaming rendition in DASH ({@code c<s>/manifest.mpd}). */
  static String dashVast(int... seconds) {
    return vast(seconds)
        .replace("application/x-mpegURL", "application/dash+xml")
        .replace("/index.m3u8", "/manifest.mpd");
  }

  String adsUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/vast";
  }

  PlaybackConfiguration config() {
    return PlaybackConfiguration.builder("cfg")
        .videoContentSourceUrl(ORIGIN)
        .adDecisionServerUrl(adsUrl() + "?d=[session.avail_duration_secs]&s=[session.id]")
        .build();
  }

  Session session() {
    return sessions.create(
        SessionManager.Kind.IMPLICIT, "cfg", "index.m3u8", SessionParams.NONE, ClientInfo.NONE);
  }

  StitchScope scope(Session s, int n) {
    return new StitchScope(s, "/app", "h", n, ORIGIN, null);
  }

  /** Stitches origin {@code text} fetched from {@code originUrl} as playlist {@code n}. */
  String stitch(PlaybackConfiguration config, Session s, int n, String originUrl, String text)
      throws UnparseableManifestException {
    RewriteResult r =
        stitcher.rewrite(
            new ManifestRequest(
                io.splicer.stitch.ManifestType.HLS,
                "GET",
                "/v1/x",
                null,
                config,
                originUrl,
                scope(s, n)),
            new OriginManifest(
                text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null));
    return r.isUnchanged() ? text : new String(r.body(), StandardCharsets.UTF_8);
  }

  /** A creative with a 2-variant multivariant, an audio rendition and 1 s... segments. */
  void creative(String id, int seconds) {
    String base = CREATIVES + id + "/";
    creatives.put(
        base + "index.m3u8",
        "#EXTM3U\n"
            + "#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"a\",NAME=\"en\",DEFAULT=YES,URI=\"audio.m3u8\"\n"
            + "#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,CODECS=\"avc1.4d401e,mp4a.40.2\"\n"
            + "low.m3u8\n"
            + "#EXT-X-STREAM-INF:BANDWIDTH=3000000,RESOLUTION=1280x720,CODECS=\"avc1.640029,mp4a.40.2\"\n"
            + "high.m3u8\n");
    for (String r : new String[] {"low", "high", "audio"}) {
      creatives.put(base + r + ".m3u8", media(id + "-" + r, seconds));
    }
  }

  /** A VOD media playlist of {@code seconds} in segments of at most 5 s. */
  static String media(String prefix, int seconds) {
    StringBuilder sb = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:5\n");
    int left = seconds;
    int i = 0;
    while (left > 0) {
      int d = Math.min(5, left);
      sb.append("#EXTINF:")
          .append(d)
          .append(".0,\n")
          .append(prefix)
          .append('-')
          .append(i++)
          .append(".ts\n");
      left -= d;
    }
    return sb.append("#EXT-X-ENDLIST\n").toString();
  }

  /** A VAST 4 pod with one streaming HLS ad per duration (creatives c15, c10, ...). */
  static String vast(int... seconds) {
    StringBuilder sb = new StringBuilder("<VAST version=\"4.2\">");
    int seq = 1;
    for (int s : seconds) {
      sb.append("<Ad id=\"ad")
          .append(s)
          .append("\" sequence=\"")
          .append(seq++)
          .append("\"><InLine><AdSystem>fake</AdSystem><AdTitle>t</AdTitle>")
          .append("<Impression><![CDATA[http://127.0.0.1:9/imp]]></Impression><Creatives>")
          .append("<Creative id=\"c")
          .append(s)
          .append("\"><Linear><Duration>00:00:")
          .append(String.format("%02d", s))
          .append(".000</Duration><MediaFiles><MediaFile delivery=\"streaming\"")
          .append(" type=\"application/x-mpegURL\" width=\"640\" height=\"360\"><![CDATA[")
          .append(CREATIVES)
          .append('c')
          .append(s)
          .append("/index.m3u8]]></MediaFile></MediaFiles></Linear></Creative></Creatives>")
          .append("</InLine></Ad>");
    }
    return sb.append("</VAST>").toString();
  }

  @Override
  public void close() {
    adsClient.close();
    server.stop(0);
  }
}
