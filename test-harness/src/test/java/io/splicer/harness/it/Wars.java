package io.splicer.harness.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * Builds the WARs the ITs deploy: the real filter jar plus its runtime dependencies as resolved by
 * Maven (stack.md pitfall 16), so a missing jar shows; the fakes and fixtures as classes; the
 * corpus as static web resources.
 */
final class Wars {

  /** The corpus as copied into this module (see corpus/PROVENANCE.tsv). */
  static final Path CORPUS = Path.of("src/test/resources/corpus");

  private static File[] libraries;

  private Wars() {}

  /** A webapp with the Splicer filter; {@code initParams} are merged into the fragment's. */
  static WebArchive splicer(String name, Map<String, String> initParams) {
    WebArchive war = origin(name);
    war.addAsLibraries(libraries());
    war.setWebXML(new StringAsset(webXml(filterElement(initParams))));
    // Tomcat: allow cross-context dispatch from this webapp (design.md §1).
    war.addAsManifestResource(new StringAsset("<Context crossContext=\"true\"/>"), "context.xml");
    return war;
  }

  /**
   * The real drop-in WAR ({@code dist/target/splicer.war}: the filter and admin console jars with
   * their web fragments, nothing else) deployed as {@code name.war}, plus a {@code web.xml} that
   * only gives the filter its init-params: what an operator adds. Container security (users in role
   * {@code splicer-admin}) is the caller's: see {@link AdminRealm}.
   */
  static WebArchive distribution(String name, Map<String, String> initParams) {
    File file = new File(System.getProperty("splicer.war", "../dist/target/splicer.war"));
    if (!file.isFile()) {
      throw new IllegalStateException("Build the WAR first (dist/war): " + file);
    }
    WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
    war.merge(ShrinkWrap.createFromZipFile(WebArchive.class, file));
    war.setWebXML(
        new StringAsset(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n"
                + filterElement(initParams)
                + "</web-app>\n"));
    return war;
  }

  /** A {@code <filter>} element for the fragment's {@code SplicerFilter} with init-params. */
  private static String filterElement(Map<String, String> initParams) {
    StringBuilder params = new StringBuilder();
    initParams.forEach(
        (k, v) ->
            params
                .append("    <init-param><param-name>")
                .append(k)
                .append("</param-name><param-value>")
                .append(v)
                .append("</param-value></init-param>\n"));
    return "  <filter>\n    <filter-name>SplicerFilter</filter-name>\n" + params + "  </filter>\n";
  }

  /** A plain webapp (no filter): corpus, fakes and fixtures only. */
  static WebArchive origin(String name) {
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, name + ".war")
            .addPackages(true, "io.splicer.harness.fakes", "io.splicer.harness.capture")
            .setWebXML(new StringAsset(webXml("")));
    try (Stream<Path> files = Files.walk(CORPUS)) {
      files
          .filter(Files::isRegularFile)
          .forEach(
              f ->
                  war.addAsWebResource(
                      f.toFile(), "corpus/" + CORPUS.relativize(f).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return war;
  }

  /** Every corpus file's relative path (the HLS and DASH files, not the provenance list). */
  static List<Path> corpusFiles() {
    try (Stream<Path> files = Files.walk(CORPUS)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().equals("PROVENANCE.tsv"))
          .map(CORPUS::relativize)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one MediaTailor-shaped playback configuration file per entry into a new directory. */
  static Path configurations(Map<String, String> sourceUrlByName) {
    try {
      Path dir = Files.createTempDirectory("splicer-configs");
      for (Map.Entry<String, String> e : sourceUrlByName.entrySet()) {
        Files.writeString(
            dir.resolve(e.getKey() + ".json"),
            "{\"Name\":\""
                + e.getKey()
                + "\",\"VideoContentSourceUrl\":\""
                + e.getValue()
                + "\",\"AdDecisionServerUrl\":\"http://127.0.0.1/ads/vast\"}",
            StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes each playback configuration JSON ({@code name → json}) into a new directory. */
  static Path configurationJson(Map<String, String> jsonByName) {
    try {
      Path dir = Files.createTempDirectory("splicer-configs");
      for (Map.Entry<String, String> e : jsonByName.entrySet()) {
        Files.writeString(dir.resolve(e.getKey() + ".json"), e.getValue(), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The HTTP port of the container of this leg (fixed in arquillian.xml; a run beside another may
   * move it with {@code -Darq.container.<qualifier>.configuration.bindHttpPort=P
   * -Dsplicer.it.port=P}).
   */
  static int port() {
    Integer override = Integer.getInteger("splicer.it.port");
    if (override != null) {
      return override;
    }
    return "jetty".equals(System.getProperty("splicer.container")) ? 18081 : 18080;
  }

  private static synchronized File[] libraries() {
    if (libraries == null) {
      File[] deps =
          Maven.configureResolver()
              .workOffline()
              .loadPomFromFile(System.getProperty("splicer.filter.pom", "../filter/pom.xml"))
              .importCompileAndRuntimeDependencies()
              .resolve()
              .withTransitivity()
              .asFile();
      File[] binding =
          Maven.configureResolver()
              .workOffline()
              .resolve("org.slf4j:slf4j-simple:" + System.getProperty("slf4j.version"))
              .withoutTransitivity()
              .asFile();
      File filterJar = new File(System.getProperty("splicer.filter.jar"));
      if (!filterJar.isFile()) {
        throw new IllegalStateException("Build the filter jar first: " + filterJar);
      }
      File[] all = new File[deps.length + binding.length + 1];
      System.arraycopy(deps, 0, all, 0, deps.length);
      System.arraycopy(binding, 0, all, deps.length, binding.length);
      all[all.length - 1] = filterJar;
      libraries = all;
    }
    return libraries.clone();
  }

  private static String webXml(String filter) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n"
        + filter
        + servlet("live", "fakes.LiveOriginServlet", "/live/*")
        + servlet("livedash", "fakes.LiveDashOriginServlet", "/livedash/*")
        + servlet("ads", "fakes.FakeAdServerServlet", "/ads/*")
        + servlet("beacon", "fakes.BeaconSinkServlet", "/beacon/*")
        + servlet("gen", "capture.CaptureFixtureServlet", "/gen/*")
        + servlet("seg", "capture.SegmentServlet", "/seg/*")
        + servlet("metrics", "capture.MetricsServlet", "/_metrics")
        + mime("m3u8", "application/vnd.apple.mpegurl")
        + mime("mpd", "application/dash+xml")
        + mime("xml", "application/xml")
        + mime("json", "application/json")
        + "</web-app>\n";
  }

  private static String servlet(String name, String cls, String pattern) {
    return "  <servlet><servlet-name>"
        + name
        + "</servlet-name><servlet-class>io.splicer.harness."
        + cls
        + "</servlet-class><async-supported>true</async-supported></servlet>\n"
        + "  <servlet-mapping><servlet-name>"
        + name
        + "</servlet-name><url-pattern>"
        + pattern
        + "</url-pattern></servlet-mapping>\n";
  }

  private static String mime(String ext, String type) {
    return "  <mime-mapping><extension>"
        + ext
        + "</extension><mime-type>"
        + type
        + "</mime-type></mime-mapping>\n";
  }
}
