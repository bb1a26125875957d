package io.splicer.harness.players;

import io.splicer.harness.fakes.FakeAdServerServlet;
import io.splicer.web.SplicerFilter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * Embedded Tomcat on 127.0.0.1 with the Splicer filter in front of the player fixtures: the fixture
 * folder as static files (origin content and ad creatives), a live channel ({@code /live/*}), the
 * fake ADS ({@code /ads/*}) — one origin, so the player pages need no CORS.
 */
final class StitchServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "m3u8", "application/vnd.apple.mpegurl",
          "ts", "video/mp2t",
          "m4s", "video/iso.segment",
          "mp4", "video/mp4",
          "xml", "application/xml");

  private final Tomcat tomcat;
  private final Path baseDir;
  final int port;

  private StitchServer(Tomcat tomcat, Path baseDir, int port) {
    this.tomcat = tomcat;
    this.baseDir = baseDir;
    this.port = port;
  }

  /** A free loopback port, to write configurations that name it before the server starts. */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  static StitchServer start(int port, Path root, Path configDir, LiveFixtureServlet live)
      throws IOException, LifecycleException {
    Path baseDir = Files.createTempDirectory("splicer-stitch-tomcat");
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(port);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", root.toAbsolutePath().toString());
    Wrapper files = Tomcat.addServlet(context, "files", new DefaultServlet());
    files.addInitParameter("listings", "false");
    context.addServletMappingDecoded("/", "files");
    Tomcat.addServlet(context, "live", live);
    context.addServletMappingDecoded("/live/*", "live");
    Tomcat.addServlet(context, "ads", new FakeAdServerServlet());
    context.addServletMappingDecoded("/ads/*", "ads");
    TYPES.forEach(context::addMimeMapping);
    FilterDef filter = new FilterDef();
    filter.setFilterName("SplicerFilter");
    filter.setFilterClass(SplicerFilter.class.getName());
    filter.addInitParameter("configDir", configDir.toString());
    context.addFilterDef(filter);
    FilterMap map = new FilterMap();
    map.setFilterName("SplicerFilter");
    map.addURLPatternDecoded("/*");
    context.addFilterMap(map);
    tomcat.start();
    return new StitchServer(tomcat, baseDir, port);
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  @Override
  public void close() throws LifecycleException, IOException {
    tomcat.stop();
    tomcat.destroy();
    try (var files = Files.walk(baseDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
