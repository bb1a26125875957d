package io.splicer.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.admin.api.AdminApiServlet;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WAR shape: a webapp with this module's classes packed as {@code WEB-INF/lib/*.jar}, so that
 * Tomcat reads its {@code META-INF/web-fragment.xml} (API servlet, security constraint, BASIC login
 * against the container realm) and serves the console from its {@code META-INF/resources}.
 */
class WebFragmentContainerTest {

  @TempDir Path dir;
  private Tomcat tomcat;
  private int port;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    Path webapp = Files.createDirectories(dir.resolve("webapp"));
    Path lib = Files.createDirectories(webapp.resolve("WEB-INF/lib"));
    jar(
        Path.of(AdminApiServlet.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
        lib.resolve("splicer-config-ui.jar"));
    System.setProperty(AdminApiServlet.CONFIG_DIR_PROPERTY, dir.resolve("config").toString());
    tomcat = new Tomcat();
    tomcat.setBaseDir(Files.createDirectories(dir.resolve("tomcat")).toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    tomcat.setConnector(connector);
    tomcat.addUser("ops", "ops-pw");
    tomcat.addRole("ops", "splicer-admin");
    tomcat.addUser("viewer", "viewer-pw");
    tomcat.addRole("viewer", "other");
    Context ctx = tomcat.addWebapp("/splicer", webapp.toString());
    ctx.setParentClassLoader(getClass().getClassLoader());
    // Only WEB-INF/lib, as in a deployed WAR (target/classes is on the test classpath too).
    ((StandardJarScanner) ctx.getJarScanner()).setScanClassPath(false);
    tomcat.start();
    port = connector.getLocalPort();
  }

  @AfterEach
  void stop() throws Exception {
    System.clearProperty(AdminApiServlet.CONFIG_DIR_PROPERTY);
    tomcat.stop();
    tomcat.destroy();
  }

  private static void jar(Path classes, Path target) throws IOException {
    try (OutputStream out = Files.newOutputStream(target);
        JarOutputStream jar = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        jar.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        Files.copy(p, jar);
        jar.closeEntry();
      }
    }
  }

  private HttpResponse<String> send(String path, String method, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/splicer" + path));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    b.method(
        method,
        method.equals("PUT")
            ? HttpRequest.BodyPublishers.ofString(
                "{\"VideoContentSourceUrl\":\"https://origin.example.com/\"}")
            : HttpRequest.BodyPublishers.noBody());
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void webFragment_containerBasicAuthWithRole_guardsApiAndConsole() throws Exception {
    String ops = AdminTestServer.basic("ops", "ops-pw");
    HttpResponse<String> anonymous = send("/admin/api/v1/playbackConfigurations", "GET");
    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(401, send("/admin/index.html", "GET").statusCode());
    String viewer = AdminTestServer.basic("viewer", "viewer-pw");
    assertEquals(
        403,
        send("/admin/api/v1/playbackConfigurations", "GET", "Authorization", viewer).statusCode());

    HttpResponse<String> put =
        send("/admin/api/v1/playbackConfigurations/war-made", "PUT", "Authorization", ops);
    assertEquals(201, put.statusCode(), put.body());
    assertTrue(Files.exists(dir.resolve("config/war-made.json")));
    HttpResponse<String> list =
        send("/admin/api/v1/playbackConfigurations", "GET", "Authorization", ops);
    assertEquals(200, list.statusCode());
    assertTrue(
        list.body()
            .contains("\"PlaybackEndpointPrefix\":\"http://127.0.0.1:" + port + "/splicer\""),
        list.body());
    HttpResponse<String> csrf =
        send(
            "/admin/api/v1/playbackConfigurations/war-made",
            "DELETE",
            "Authorization",
            ops,
            "Origin",
            "https://evil.example.com");
    assertEquals(403, csrf.statusCode());

    for (String page : List.of("/admin/", "/admin/openapi.yaml", "/admin/console.js")) {
      HttpResponse<String> r = send(page, "GET", "Authorization", ops);
      assertEquals(200, r.statusCode(), page);
    }
    assertTrue(
        send("/admin/", "GET", "Authorization", ops).body().contains("Playback configurations"));
  }
}
