package io.splicer.bench;

import io.splicer.web.SplicerFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * The server of {@code test-harness/bench/wrk-live.sh} (not a test): one embedded Tomcat on
 * 127.0.0.1 whose webapp is a live origin ({@code /live/master.m3u8}, {@code /live/index.m3u8}: a
 * fixed 10 × 6 s window with one 30 s break, see {@link ManifestPathBenchmark#liveWindow}), a VAST
 * ADS ({@code /ads/vast}) and a creative ({@code /creative/index.m3u8}), with the Splicer filter
 * mapped to {@code /v1/*} only. So {@code /live/index.m3u8} is the unfiltered playlist and {@code
 * /v1/manifest/...} the personalised one of the same origin (configuration {@code bench}, origin
 * {@code /live/} in the same webapp, reached by in-process dispatch).
 *
 * <p>Usage: {@code java -cp <test classpath> io.splicer.bench.WrkServer PORT}, or {@code
 * --print-classpath FILE} to write the class path it runs with (how wrk-live.sh gets it from the
 * {@code bench} profile).
 */
public final class WrkServer {

  private WrkServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--print-classpath")) {
      Files.writeString(Path.of(args[1]), System.getProperty("java.class.path"));
      return;
    }
    int port = Integer.parseInt(args[0]);
    Path configs = Files.createTempDirectory("splicer-wrk-configs");
    Files.writeString(
        configs.resolve("bench.json"),
        "{\"Name\":\"bench\",\"VideoContentSourceUrl\":\"/live/\",\"AdDecisionServerUrl\":"
            + "\"http://127.0.0.1:"
            + port
            + "/ads/vast?s=[session.id]\"}",
        StandardCharsets.UTF_8);
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(Files.createTempDirectory("splicer-wrk-tomcat").toString());
    Connector connector = new Connector();
    connector.setPort(port);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    Context context =
        tomcat.addContext("", Files.createTempDirectory("splicer-wrk-doc").toString());
    Tomcat.addServlet(context, "origin", new Origin(port));
    context.addServletMappingDecoded("/", "origin");
    FilterDef filter = new FilterDef();
    filter.setFilterName("SplicerFilter");
    filter.setFilterClass(SplicerFilter.class.getName());
    filter.addInitParameter("configDir", configs.toString());
    context.addFilterDef(filter);
    FilterMap map = new FilterMap();
    map.setFilterName("SplicerFilter");
    map.addURLPatternDecoded("/v1/*");
    context.addFilterMap(map);
    tomcat.start();
    System.out.println("WrkServer ready on http://127.0.0.1:" + port + "/");
    tomcat.getServer().await();
  }

  /** Live origin, ADS and creative of the benchmark. */
  static final class Origin extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final int port;

    Origin(int port) {
      this.port = port;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String path = req.getRequestURI();
      String body;
      String type = "application/vnd.apple.mpegurl";
      switch (path) {
        case "/live/master.m3u8" ->
            body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360\nindex.m3u8\n";
        case "/live/index.m3u8" -> body = ManifestPathBenchmark.liveWindow();
        case "/creative/index.m3u8" -> body = ManifestPathBenchmark.creative();
        case "/ads/vast" -> {
          body = ManifestPathBenchmark.vast("http://127.0.0.1:" + port + "/creative/");
          type = "application/xml";
        }
        default -> {
          resp.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      resp.setContentType(type);
      resp.setContentLength(bytes.length);
      resp.getOutputStream().write(bytes);
    }
  }
}
