package io.splicer.harness.players;

import io.splicer.web.SplicerFilter;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/** Embedded Tomcat on 127.0.0.1 (ephemeral port) serving a fixture folder as static files. */
public final class FixtureServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "m3u8", "application/vnd.apple.mpegurl",
          "ts", "video/mp2t",
          "m4s", "video/iso.segment",
          "mp4", "video/mp4",
          "mpd", "application/dash+xml",
          "xml", "application/xml");

  /** Path prefix of the requests whose status is recorded (server-side reporting routes). */
  static final String RECORDED_PREFIX = "/v1/dashsegment/";

  private final Tomcat tomcat;
  private final Path baseDir;
  private final int port;
  private final java.util.Queue<String> recorded;

  private FixtureServer(Tomcat tomcat, Path baseDir, int port, java.util.Queue<String> recorded) {
    this.tomcat = tomcat;
    this.baseDir = baseDir;
    this.port = port;
    this.recorded = recorded;
  }

  /**
   * The requests below {@link #RECORDED_PREFIX} so far, each as {@code "<status> <uri>"}: how the
   * players' DASH ad segment requests went through the filter's reporting route.
   */
  public List<String> recorded() {
    return List.copyOf(recorded);
  }

  public static FixtureServer start(Path root) throws IOException, LifecycleException {
    return start(root, null);
  }

  /**
   * The same, with Splicer's filter in front of the files (mapped to {@code /*}, REQUEST
   * dispatches, as its web-fragment does) configured by {@code filterInitParams}: the fixtures are
   * then both the origin ({@code VideoContentSourceUrl} {@code /}) and the ad creatives. {@code
   * servlets} (by URL pattern) serve generated origins such as a live channel.
   */
  public static FixtureServer startWithSplicer(
      Path root, Map<String, String> filterInitParams, Map<String, HttpServlet> servlets)
      throws IOException, LifecycleException {
    return start(root, filterInitParams, servlets);
  }

  private static FixtureServer start(Path root, Map<String, String> filterInitParams)
      throws IOException, LifecycleException {
    return start(root, filterInitParams, Map.of());
  }

  private static FixtureServer start(
      Path root, Map<String, String> filterInitParams, Map<String, HttpServlet> servlets)
      throws IOException, LifecycleException {
    Path baseDir = Files.createTempDirectory("splicer-players-tomcat");
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", root.toAbsolutePath().toString());
    Wrapper files = Tomcat.addServlet(context, "files", new DefaultServlet());
    files.addInitParameter("listings", "false");
    context.addServletMappingDecoded("/", "files");
    TYPES.forEach(context::addMimeMapping);
    servlets.forEach(
        (pattern, servlet) -> {
          String name = servlet.getClass().getSimpleName() + pattern;
          Tomcat.addServlet(context, name, servlet);
          context.addServletMappingDecoded(pattern, name);
        });
    if (filterInitParams != null) {
      FilterDef def = new FilterDef();
      def.setFilterName("SplicerFilter");
      def.setFilterClass(SplicerFilter.class.getName());
      def.setAsyncSupported("true");
      filterInitParams.forEach(def::addInitParameter);
      context.addFilterDef(def);
      FilterMap map = new FilterMap();
      map.setFilterName("SplicerFilter");
      map.addURLPattern("/*");
      map.setDispatcher("REQUEST");
      context.addFilterMap(map);
    }
    java.util.Queue<String> recorded = new java.util.concurrent.ConcurrentLinkedQueue<>();
    context
        .getPipeline()
        .addValve(
            new org.apache.catalina.valves.ValveBase(true) {
              @Override
              public void invoke(
                  org.apache.catalina.connector.Request request,
                  org.apache.catalina.connector.Response response)
                  throws IOException, jakarta.servlet.ServletException {
                getNext().invoke(request, response);
                String uri = request.getRequestURI();
                if (uri != null && uri.startsWith(RECORDED_PREFIX)) {
                  recorded.add(response.getStatus() + " " + uri);
                }
              }
            });
    tomcat.start();
    return new FixtureServer(tomcat, baseDir, connector.getLocalPort(), recorded);
  }

  /** The absolute URL of a root-relative path, e.g. {@code /stitched/x.m3u8}. */
  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  @Override
  public void close() throws LifecycleException, IOException {
    tomcat.stop();
    tomcat.destroy();
    try (var files = Files.walk(baseDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
