package io.splicer.admin;

import io.splicer.admin.api.AdminApiServlet;
import io.splicer.admin.console.ClasspathResourceServlet;
import io.splicer.admin.security.AdminCredentials;
import io.splicer.admin.security.BuiltInAuthFilter;
import io.splicer.admin.security.PasswordHash;
import io.splicer.web.SplicerFilter;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * Embedded Tomcat on 127.0.0.1 wired like the standalone launcher with the real Splicer filter in
 * front, plus a local HLS and DASH origin ({@code /origin/}) and a local ADS with HLS and DASH
 * creatives ({@code /ads/}) in the same webapp. The origin's VOD asset {@code show/index.m3u8} has
 * a pre-roll marker (insertion) and a 20 s avail (replacement); {@code show/index.mpd} (60 s, one
 * Period) has a SCTE-35 splice_insert avail of 20 s at 30 s. The ADS answers a pod of a 15 s and a
 * 10 s ad, each with an HLS and a DASH streaming MediaFile; the slate is 2 s (HLS only). Everything
 * here is test data served from memory.
 */
public final class LiveTestServer implements AutoCloseable {

  public static final String CONFIG = "live-demo";

  private final Tomcat tomcat;
  private final int port;
  private final HttpClient client = HttpClient.newHttpClient();

  /** ADS requests seen (path + query). */
  public final AtomicInteger adsRequests = new AtomicInteger();

  private LiveTestServer(Tomcat tomcat, int port) {
    this.tomcat = tomcat;
    this.port = port;
  }

  public static LiveTestServer start(Path dir) throws Exception {
    Path base = Files.createDirectories(dir.resolve("tomcat"));
    Path configDir = Files.createDirectories(dir.resolve("config"));
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    tomcat.setConnector(connector);
    Context ctx = tomcat.addContext("", Files.createDirectories(base.resolve("doc")).toString());
    LiveTestServer[] self = new LiveTestServer[1];
    addFilter(
        ctx,
        "splicer",
        new SplicerFilter(),
        "/*",
        Map.of("configDir", configDir.toString(), "decisionWaitMillis", "5000"));
    SecureRandom random = new SecureRandom();
    AdminCredentials credentials =
        new AdminCredentials(
            AdminTestServer.USER,
            PasswordHash.create(AdminTestServer.PASSWORD, random, 1000),
            null);
    addFilter(
        ctx,
        "auth",
        new BuiltInAuthFilter(credentials, Clock.systemUTC(), random),
        "/admin/*",
        Map.of());
    addServlet(ctx, "api", new AdminApiServlet(), "/admin/api/*");
    addServlet(
        ctx, "console", new ClasspathResourceServlet("META-INF/resources/admin/"), "/admin/*");
    addServlet(
        ctx, "webjars", new ClasspathResourceServlet("META-INF/resources/webjars/"), "/webjars/*");
    addServlet(ctx, "fixtures", new Fixtures(() -> self[0]), "/fixtures/*");
    // Filters run only for mapped requests: a default servlet lets /v1/* reach the filter.
    addServlet(ctx, "default", new NotFound(), "/");
    tomcat.start();
    self[0] = new LiveTestServer(tomcat, connector.getLocalPort());
    return self[0];
  }

  private static void addFilter(
      Context ctx, String name, Filter filter, String pattern, Map<String, String> params) {
    FilterDef def = new FilterDef();
    def.setFilterName(name);
    def.setFilter(filter);
    params.forEach(def::addInitParameter);
    ctx.addFilterDef(def);
    FilterMap map = new FilterMap();
    map.setFilterName(name);
    map.addURLPattern(pattern);
    ctx.addFilterMap(map);
  }

  private static void addServlet(Context ctx, String name, Servlet servlet, String mapping) {
    Wrapper w = Tomcat.addServlet(ctx, name, servlet);
    w.addMapping(mapping);
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** The origin prefix: this webapp's {@code /fixtures/origin/} (in-process dispatch). */
  public String originPrefix() {
    return "/fixtures/origin/";
  }

  /** The ADS URL template, with a key in its query that the live view must mask. */
  public String adsUrl() {
    return url(
        "/fixtures/ads/vast?key=SECRET-KEY&sid=[session.id]&dur=[session.avail_duration_secs]");
  }

  public String slateUrl() {
    return url("/fixtures/ads/slate/index.m3u8");
  }

  /** The playback configuration pointing at the local origin, ADS and slate (JSON, PascalCase). */
  public String configurationJson() {
    return "{\"Name\":\""
        + CONFIG
        + "\",\"VideoContentSourceUrl\":\""
        + originPrefix()
        + "\",\"AdDecisionServerUrl\":\""
        + adsUrl()
        + "\",\"SlateAdUrl\":\""
        + slateUrl()
        + "\"}";
  }

  public HttpRequest.Builder authed(String path) {
    return HttpRequest.newBuilder(URI.create(url(path)))
        .header(
            "Authorization", AdminTestServer.basic(AdminTestServer.USER, AdminTestServer.PASSWORD));
  }

  public HttpResponse<String> send(HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Creates the configuration through the API. */
  public void putConfiguration() throws Exception {
    HttpResponse<String> r =
        send(
            authed("/admin/api/v1/playbackConfigurations/" + CONFIG)
                .PUT(HttpRequest.BodyPublishers.ofString(configurationJson()))
                .build());
    if (r.statusCode() != 201 && r.statusCode() != 200) {
      throw new IllegalStateException("PUT configuration: " + r.statusCode() + " " + r.body());
    }
  }

  /**
   * Plays like a player would: the multivariant playlist (implicit session), then its first media
   * playlist (ads stitched). Returns {@code [session id, media playlist text]}.
   */
  public String[] playSession() throws Exception {
    HttpResponse<String> master =
        send(
            HttpRequest.newBuilder(
                    URI.create(url("/v1/master/dep1/" + CONFIG + "/show/index.m3u8")))
                .build());
    if (master.statusCode() != 200) {
      throw new IllegalStateException("master: " + master.statusCode() + " " + master.body());
    }
    String child =
        master.body().lines().filter(l -> l.contains("/v1/manifest/")).findFirst().orElseThrow();
    String path = child.startsWith("http") ? URI.create(child).getPath() : child;
    String[] parts = path.split("/"); // "", v1, manifest, hash, config, session, n.m3u8
    HttpResponse<String> media = send(HttpRequest.newBuilder(URI.create(url(path))).build());
    if (media.statusCode() != 200) {
      throw new IllegalStateException("media: " + media.statusCode() + " " + media.body());
    }
    return new String[] {parts[5], media.body()};
  }

  /** A played DASH session: its id and the personalised MPD it was answered. */
  public record DashPlay(String sessionId, String mpd) {}

  /**
   * Plays a DASH session like a player would: {@code /v1/dash/...} without a session (302 to the
   * same URL with {@code aws.sessionId}), then the session URL (the personalised MPD). Fails unless
   * the MPD has ad Periods (server-side reporting: BaseURL under {@code /v1/dashsegment/}).
   */
  public DashPlay playDashSession() throws Exception {
    URI entry = URI.create(url("/v1/dash/dep1/" + CONFIG + "/show/index.mpd"));
    HttpResponse<String> redirect = send(HttpRequest.newBuilder(entry).build());
    String location = redirect.headers().firstValue("Location").orElse("");
    if (redirect.statusCode() != 302 || !location.contains("aws.sessionId=")) {
      throw new IllegalStateException(
          "DASH entry: " + redirect.statusCode() + " [" + location + "] " + redirect.body());
    }
    URI session = entry.resolve(location);
    String id = session.getQuery().replaceFirst(".*aws\\.sessionId=([^&]+).*", "$1");
    HttpResponse<String> mpd = send(HttpRequest.newBuilder(session).build());
    if (mpd.statusCode() != 200 || !mpd.body().contains("/v1/dashsegment/")) {
      throw new IllegalStateException(
          "DASH MPD without ad Periods: " + mpd.statusCode() + " " + mpd.body());
    }
    return new DashPlay(id, mpd.body());
  }

  @Override
  public void close() throws LifecycleException {
    tomcat.stop();
    tomcat.destroy();
  }

  /** 404 for everything the filter does not answer. */
  private static final class NotFound extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.sendError(404);
    }
  }

  /** The local origin, ADS and creatives. */
  private static final class Fixtures extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient java.util.function.Supplier<LiveTestServer> server;
    private final transient Map<String, String> files = new ConcurrentHashMap<>();

    Fixtures(java.util.function.Supplier<LiveTestServer> server) {
      this.server = server;
      files.put(
          "/origin/show/index.m3u8",
          "#EXTM3U\n#EXT-X-VERSION:3\n"
              + "#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,CODECS=\"avc1.4d401e,mp4a.40.2\"\n"
              + "low.m3u8\n");
      StringBuilder media =
          new StringBuilder(
              "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:5\n#EXT-X-MEDIA-SEQUENCE:0\n"
                  + "#EXT-X-PLAYLIST-TYPE:VOD\n#EXT-X-CUE-OUT:0\n#EXT-X-CUE-IN\n");
      for (int i = 0; i < 12; i++) {
        if (i == 6) {
          media.append("#EXT-X-CUE-OUT:20.000\n");
        }
        if (i == 10) {
          media.append("#EXT-X-CUE-IN\n");
        }
        media.append("#EXTINF:5.000,\ncontent-").append(i).append(".ts\n");
      }
      files.put("/origin/show/low.m3u8", media.append("#EXT-X-ENDLIST\n").toString());
      creative("c15", 15);
      creative("c10", 10);
      creative("slate", 2);
      files.put("/origin/show/index.mpd", dashContent());
      files.put("/ads/c15/index.mpd", dashCreative(15));
      files.put("/ads/c10/index.mpd", dashCreative(10));
    }

    /**
     * The DASH VOD asset: one Period, 60 s of 2 s segments (SegmentTemplate + SegmentTimeline,
     * video and audio) and a SCTE-35 splice_insert (SCTE 214-1 §6.7 XML EventStream) marking a 20 s
     * avail at 30 s. Event times are in the EventStream timescale (90 kHz), relative to the Period
     * start (ISO/IEC 23009-1 §5.10.2.2: no presentationTimeOffset here).
     */
    private static String dashContent() {
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\""
          + " xmlns:scte35=\"http://www.scte.org/schemas/35/2016\" type=\"static\""
          + " mediaPresentationDuration=\"PT60S\" minBufferTime=\"PT2S\""
          + " profiles=\"urn:mpeg:dash:profile:isoff-live:2011\">\n"
          + " <Period id=\"1\" start=\"PT0S\">\n"
          + "  <EventStream schemeIdUri=\"urn:scte:scte35:2013:xml\" timescale=\"90000\">\n"
          + "   <Event presentationTime=\"2700000\" duration=\"1800000\" id=\"1\">\n"
          + "    <scte35:SpliceInfoSection protocolVersion=\"0\" ptsAdjustment=\"0\" tier=\"4095\">\n"
          + "     <scte35:SpliceInsert spliceEventId=\"1\" spliceEventCancelIndicator=\"false\""
          + " outOfNetworkIndicator=\"true\" spliceImmediateFlag=\"false\" uniqueProgramId=\"1\""
          + " availNum=\"1\" availsExpected=\"1\">\n"
          + "      <scte35:Program><scte35:SpliceTime ptsTime=\"2700000\"/></scte35:Program>\n"
          + "      <scte35:BreakDuration autoReturn=\"true\" duration=\"1800000\"/>\n"
          + "     </scte35:SpliceInsert>\n"
          + "    </scte35:SpliceInfoSection>\n"
          + "   </Event>\n"
          + "  </EventStream>\n"
          + adaptationSets("", 60)
          + " </Period>\n</MPD>\n";
    }

    /** A DASH creative of {@code seconds} (2 s segments, the last one shorter). */
    private static String dashCreative(int seconds) {
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"static\""
          + " mediaPresentationDuration=\"PT"
          + seconds
          + "S\" minBufferTime=\"PT2S\" profiles=\"urn:mpeg:dash:profile:isoff-live:2011\">\n"
          + " <Period id=\"ad\">\n"
          + adaptationSets("ad_", seconds)
          + " </Period>\n</MPD>\n";
    }

    /**
     * Video (90 kHz) and audio (48 kHz) AdaptationSets with 2 s segments covering {@code seconds}.
     */
    private static String adaptationSets(String prefix, int seconds) {
      return "  <AdaptationSet contentType=\"video\" mimeType=\"video/mp4\""
          + " segmentAlignment=\"true\" startWithSAP=\"1\">\n"
          + "   <Representation id=\"v360\" bandwidth=\"800000\" width=\"640\" height=\"360\""
          + " codecs=\"avc1.4d401e\">\n"
          + template(prefix + "v", 90000, seconds)
          + "   </Representation>\n  </AdaptationSet>\n"
          + "  <AdaptationSet contentType=\"audio\" mimeType=\"audio/mp4\" lang=\"en\""
          + " segmentAlignment=\"true\">\n"
          + "   <Representation id=\"a\" bandwidth=\"96000\" codecs=\"mp4a.40.2\">\n"
          + template(prefix + "a", 48000, seconds)
          + "   </Representation>\n  </AdaptationSet>\n";
    }

    private static String template(String name, int timescale, int seconds) {
      StringBuilder sb =
          new StringBuilder("    <SegmentTemplate timescale=\"")
              .append(timescale)
              .append("\" startNumber=\"1\" initialization=\"")
              .append(name)
              .append("_init.mp4\" media=\"")
              .append(name)
              .append("_$Number$.m4s\"><SegmentTimeline>");
      int full = seconds / 2;
      sb.append("<S t=\"0\" d=\"").append(2 * timescale).append('"');
      sb.append(full > 1 ? " r=\"" + (full - 1) + "\"/>" : "/>");
      if (seconds % 2 != 0) {
        sb.append("<S d=\"").append(timescale).append("\"/>");
      }
      return sb.append("</SegmentTimeline></SegmentTemplate>\n").toString();
    }

    private void creative(String id, int seconds) {
      StringBuilder sb = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:5\n");
      for (int left = seconds, i = 0; left > 0; left -= 5, i++) {
        sb.append("#EXTINF:").append(Math.min(5, left)).append(".0,\n");
        sb.append(id).append('-').append(i).append(".ts\n");
      }
      files.put("/ads/" + id + "/index.m3u8", sb.append("#EXT-X-ENDLIST\n").toString());
    }

    private String vast() {
      StringBuilder sb = new StringBuilder("<VAST version=\"4.2\">");
      int seq = 1;
      for (int s : new int[] {15, 10}) {
        sb.append("<Ad id=\"ad-")
            .append(s)
            .append("s\" sequence=\"")
            .append(seq++)
            .append("\"><InLine><AdSystem>local</AdSystem><AdTitle>t</AdTitle>")
            .append("<Impression><![CDATA[http://127.0.0.1:9/imp]]></Impression><Creatives>")
            .append("<Creative id=\"c")
            .append(s)
            .append("\"><Linear><Duration>00:00:")
            .append(s)
            .append(".000</Duration><MediaFiles><MediaFile delivery=\"streaming\"")
            .append(" type=\"application/x-mpegURL\" width=\"640\" height=\"360\"><![CDATA[")
            .append(server.get().url("/fixtures/ads/c" + s + "/index.m3u8"))
            .append("]]></MediaFile><MediaFile delivery=\"streaming\"")
            .append(" type=\"application/dash+xml\" width=\"640\" height=\"360\"><![CDATA[")
            .append(server.get().url("/fixtures/ads/c" + s + "/index.mpd"))
            .append("]]></MediaFile></MediaFiles></Linear></Creative></Creatives>")
            .append("</InLine></Ad>");
      }
      return sb.append("</VAST>").toString();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String path = req.getPathInfo() == null ? "" : req.getPathInfo();
      String body;
      String type;
      if (path.equals("/ads/vast")) {
        server.get().adsRequests.incrementAndGet();
        body = vast();
        type = "application/xml";
      } else {
        body = files.get(path);
        type = path.endsWith(".mpd") ? "application/dash+xml" : "application/vnd.apple.mpegurl";
      }
      if (body == null) {
        resp.sendError(404);
        return;
      }
      resp.setContentType(type);
      resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
  }
}
