package io.splicer.admin;

import io.splicer.admin.api.AdminApiServlet;
import io.splicer.admin.console.ClasspathResourceServlet;
import io.splicer.admin.security.AdminCredentials;
import io.splicer.admin.security.BuiltInAuthFilter;
import io.splicer.admin.security.PasswordHash;
import io.splicer.config.ConfigurationRepository;
import io.splicer.config.FileConfigurationStore;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * Embedded Tomcat on 127.0.0.1, ephemeral port, wired like the standalone launcher: built-in
 * authentication on {@code /admin/*}, the API on {@code /admin/api/*}, the console and WebJars from
 * the classpath.
 */
public final class AdminTestServer implements AutoCloseable {

  public static final String USER = "admin";
  public static final String PASSWORD = "correct horse battery staple";
  public static final String HASH = "dep1";

  private final Tomcat tomcat;
  private final int port;
  private final FileConfigurationStore store;
  private final HttpClient client = HttpClient.newHttpClient();

  private AdminTestServer(Tomcat tomcat, int port, FileConfigurationStore store) {
    this.tomcat = tomcat;
    this.port = port;
    this.store = store;
  }

  /**
   * @param builtInAuth whether the built-in filter authenticates (false = a container without a
   *     security constraint: the servlet must refuse)
   */
  public static AdminTestServer start(Path dir, String contextPath, boolean builtInAuth)
      throws Exception {
    Path base = Files.createDirectories(dir.resolve("tomcat"));
    FileConfigurationStore store = new FileConfigurationStore(dir.resolve("config"));
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    tomcat.setConnector(connector);
    Context ctx =
        tomcat.addContext(contextPath, Files.createDirectories(base.resolve("doc")).toString());
    if (builtInAuth) {
      SecureRandom random = new SecureRandom();
      AdminCredentials credentials =
          new AdminCredentials(USER, PasswordHash.create(PASSWORD, random, 1000), null);
      addFilter(ctx, new BuiltInAuthFilter(credentials, Clock.systemUTC(), random), "/admin/*");
    }
    addServlet(ctx, "api", new AdminApiServlet(store, HASH), "/admin/api/*");
    addServlet(
        ctx, "console", new ClasspathResourceServlet("META-INF/resources/admin/"), "/admin/*");
    addServlet(
        ctx, "webjars", new ClasspathResourceServlet("META-INF/resources/webjars/"), "/webjars/*");
    tomcat.start();
    return new AdminTestServer(tomcat, connector.getLocalPort(), store);
  }

  private static void addFilter(Context ctx, Filter filter, String pattern) {
    FilterDef def = new FilterDef();
    def.setFilterName("auth");
    def.setFilter(filter);
    ctx.addFilterDef(def);
    FilterMap map = new FilterMap();
    map.setFilterName("auth");
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

  public String origin() {
    return "http://127.0.0.1:" + port;
  }

  public ConfigurationRepository store() {
    return store;
  }

  public Path storeDirectory() {
    return store.directory();
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A request builder with valid Basic credentials. */
  public HttpRequest.Builder authed(String path) {
    return HttpRequest.newBuilder(URI.create(url(path)))
        .header("Authorization", basic(USER, PASSWORD));
  }

  public HttpResponse<String> send(HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws LifecycleException {
    tomcat.stop();
    tomcat.destroy();
  }
}
