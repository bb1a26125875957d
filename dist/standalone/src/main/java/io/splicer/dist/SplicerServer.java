package io.splicer.dist;

import io.splicer.admin.api.AdminApiServlet;
import io.splicer.admin.console.ClasspathResourceServlet;
import io.splicer.admin.security.AdminCredentials;
import io.splicer.admin.security.BuiltInAuthFilter;
import io.splicer.admin.security.PasswordHash;
import io.splicer.config.FileConfigurationStore;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.dist.demo.DemoAdServlet;
import io.splicer.dist.demo.DemoConfiguration;
import io.splicer.dist.demo.DemoContent;
import io.splicer.dist.demo.DemoOriginServlet;
import io.splicer.dist.demo.PageServlet;
import io.splicer.dist.demo.Scte35Cues;
import io.splicer.dist.demo.StaticFilesServlet;
import io.splicer.web.FilterSettings;
import io.splicer.web.SplicerFilter;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.jspecify.annotations.Nullable;

/**
 * Embedded Tomcat with a programmatic root context (no WAR, no scanning; stack.md pitfall 13): the
 * Splicer filter on {@code /*} (REQUEST dispatches) and, with the demo, the demo origin ({@code
 * /origin/*}), ad clips ({@code /ad-media/*}), demo ADS ({@code /ads/*}), player page ({@code
 * /demo/}), and always the admin console and REST API ({@code /admin/}, {@code /admin/api/v1/})
 * with WebJars ({@code /webjars/*}).
 */
public final class SplicerServer implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Any {@code {hash}} is accepted by the filter; this one is used in printed URLs. */
  public static final String HASH = "splicer";

  private final Tomcat tomcat;
  private final LauncherOptions options;
  private final @Nullable DemoContent demo;
  private final int port;

  private final @Nullable String generatedAdminPassword;

  private SplicerServer(
      Tomcat tomcat,
      LauncherOptions options,
      @Nullable DemoContent demo,
      int port,
      @Nullable String generatedAdminPassword) {
    this.tomcat = tomcat;
    this.options = options;
    this.demo = demo;
    this.port = port;
    this.generatedAdminPassword = generatedAdminPassword;
  }

  /**
   * Admin console and API (config-ui): built-in authentication on {@code /admin/*} (user {@value
   * AdminCredentials#USER}), the REST API on {@code /admin/api/*} over the filter's configuration
   * directory, the console and its WebJars from the classpath.
   */
  private static void addAdmin(Context ctx, Path configDir, AdminCredentials credentials) {
    FilterDef def = new FilterDef();
    def.setFilterName("SplicerAdminAuth");
    def.setFilter(new BuiltInAuthFilter(credentials, Clock.systemUTC(), RANDOM));
    ctx.addFilterDef(def);
    FilterMap map = new FilterMap();
    map.setFilterName("SplicerAdminAuth");
    map.addURLPattern("/admin/*");
    ctx.addFilterMap(map);
    addServlet(
        ctx,
        "admin-api",
        new AdminApiServlet(new FileConfigurationStore(configDir), HASH),
        "/admin/api/*");
    addServlet(
        ctx,
        "admin-console",
        new ClasspathResourceServlet("META-INF/resources/admin/"),
        "/admin/*");
    addServlet(
        ctx, "webjars", new ClasspathResourceServlet("META-INF/resources/webjars/"), "/webjars/*");
  }

  /** The admin password generated at this first start (print it once), else {@code null}. */
  public @Nullable String generatedAdminPassword() {
    return generatedAdminPassword;
  }

  /** Starts the server; demo content (if any) is generated afterwards by {@link #prepareDemo}. */
  public static SplicerServer start(LauncherOptions o, Clock clock) throws Exception {
    Path base = o.dataDir().resolve("tomcat").toAbsolutePath();
    Files.createDirectories(base.resolve("webapps"));
    Path docBase = Files.createDirectories(base.resolve("ROOT"));
    Files.createDirectories(o.configDir());
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    Connector connector = new Connector();
    connector.setPort(o.port());
    connector.setProperty("address", o.bind());
    tomcat.getService().addConnector(connector);
    tomcat.setConnector(connector);
    Context ctx = tomcat.addContext("", docBase.toString());
    addFilter(ctx, o.configDir());
    AdminCredentials admin =
        AdminCredentials.resolve(
            o.dataDir(), o.adminPassword(), RANDOM, PasswordHash.DEFAULT_ITERATIONS);
    addAdmin(ctx, o.configDir(), admin);
    DemoContent demo = null;
    if (o.demo()) {
      demo = new DemoContent(o.dataDir().resolve("demo").toAbsolutePath(), ffmpeg());
      addDemo(ctx, demo, o, clock);
    }
    addServlet(ctx, "root", new RootServlet(o.demo()), "/");
    try {
      tomcat.start();
    } catch (LifecycleException e) {
      tomcat.destroy();
      throw e;
    }
    int port = connector.getLocalPort();
    if (port <= 0) {
      tomcat.stop();
      tomcat.destroy();
      throw new IOException("cannot listen on " + o.bind() + ":" + o.port());
    }
    SplicerServer server = new SplicerServer(tomcat, o, demo, port, admin.generatedPassword());
    if (demo != null) {
      DemoConfiguration.install(new FileConfigurationStore(o.configDir()), server.localUrl());
    }
    return server;
  }

  private static void addFilter(Context ctx, Path configDir) {
    FilterDef def = new FilterDef();
    def.setFilterName("SplicerFilter");
    def.setFilterClass(SplicerFilter.class.getName());
    def.setAsyncSupported("true");
    def.addInitParameter(FilterSettings.CONFIG_DIR, configDir.toAbsolutePath().toString());
    ctx.addFilterDef(def);
    FilterMap map = new FilterMap();
    map.setFilterName("SplicerFilter");
    map.addURLPattern("/*");
    map.setDispatcher("REQUEST");
    ctx.addFilterMap(map);
  }

  private static void addDemo(Context ctx, DemoContent demo, LauncherOptions o, Clock clock)
      throws IOException {
    addServlet(
        ctx,
        "demo-origin",
        new DemoOriginServlet(demo.directory(), demo::isComplete, clock, Scte35Cues::spliceOutHex),
        "/origin/*");
    addServlet(
        ctx,
        "demo-ad-media",
        StaticFilesServlet.directory(demo.directory().resolve("ads")),
        "/ad-media/*");
    addServlet(ctx, "demo-ads", new DemoAdServlet(), "/ads/*");
    Map<String, String> page = new LinkedHashMap<>();
    page.put("HLSJS", "/webjars/hls.js/" + hlsJsVersion() + "/dist/hls.min.js");
    page.put("VOD_URL", masterPath("vod/index.m3u8"));
    page.put("LIVE_URL", masterPath("live/index.m3u8"));
    page.put("ADS_URL", "/ads/vast");
    page.put("VMAP_URL", "/ads/vmap");
    addServlet(
        ctx,
        "demo-page",
        new PageServlet(
            "/io/splicer/dist/demo/index.html",
            () -> {
              Map<String, String> values = new LinkedHashMap<>(page);
              values.put(
                  "STATUS",
                  demo.isComplete()
                      ? "Ads from the demo ad server are stitched into both streams, per viewer"
                          + " session (HLS)."
                      : "Demo content is being generated (or ffmpeg is missing:"
                          + " apt-get install -y ffmpeg). Reload in a few seconds.");
              return values;
            }),
        "/demo/*");
  }

  private static void addServlet(Context ctx, String name, Servlet servlet, String mapping) {
    Wrapper wrapper = Tomcat.addServlet(ctx, name, servlet);
    wrapper.setAsyncSupported(true);
    wrapper.addMapping(mapping);
  }

  /** The root-relative entry URL of an asset of the demo configuration. */
  public static String masterPath(String asset) {
    return "/v1/master/" + HASH + "/" + DemoConfiguration.NAME + "/" + asset;
  }

  static String ffmpeg() {
    String env = System.getenv("SPLICER_FFMPEG");
    return env == null || env.isBlank() ? "ffmpeg" : env;
  }

  static String hlsJsVersion() throws IOException {
    try (InputStream in =
        SplicerServer.class
            .getClassLoader()
            .getResourceAsStream("META-INF/maven/org.webjars.npm/hls.js/pom.properties")) {
      if (in == null) {
        throw new IOException("hls.js WebJar missing from the classpath");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }

  /**
   * Generates the demo content if needed (blocking; run it off the main thread). Prints {@value
   * DemoContent#INSTALL_HINT} when ffmpeg is missing and carries on without demo content.
   */
  public void prepareDemo(Consumer<String> log) {
    if (demo == null || demo.isComplete()) {
      return;
    }
    if (!DemoContent.ffmpegAvailable(ffmpeg())) {
      log.accept("ffmpeg not found: the demo runs without media until it is installed:");
      log.accept(DemoContent.INSTALL_HINT);
      return;
    }
    try {
      demo.generate(log);
      log.accept("demo content ready in " + demo.directory());
    } catch (IOException e) {
      log.accept("demo content generation failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public int port() {
    return port;
  }

  /** http://host:port for this machine (127.0.0.1 when bound to all interfaces). */
  public String localUrl() {
    String host = options.bind();
    if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
      host = "127.0.0.1";
    } else if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port;
  }

  public @Nullable DemoContent demo() {
    return demo;
  }

  public LauncherOptions options() {
    return options;
  }

  /** The configurations currently stored (for the banner). */
  public java.util.List<PlaybackConfiguration> configurations() {
    return new FileConfigurationStore(options.configDir()).list();
  }

  public void await() {
    tomcat.getServer().await();
  }

  @Override
  public void close() throws LifecycleException {
    tomcat.stop();
    tomcat.destroy();
  }

  /** {@code /}: to the demo page, or a short note in front-real-origins mode. */
  static final class RootServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final boolean demo;

    RootServlet(boolean demo) {
      this.demo = demo;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      if (!"/".equals(req.getServletPath()) || req.getPathInfo() != null) {
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      } else if (demo) {
        resp.sendRedirect(req.getContextPath() + "/demo/");
      } else {
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter()
            .println(
                "Splicer: playback URLs are /v1/master/{hash}/{config}/{asset-path}"
                    + " (see the configuration directory)");
      }
    }
  }
}
