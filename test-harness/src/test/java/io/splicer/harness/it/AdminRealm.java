package io.splicer.harness.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The users of the admin ITs, given to each container the way an operator gives them. The WAR's
 * {@code config-ui} web fragment demands role {@code splicer-admin} on {@code /admin/*} (HTTP
 * BASIC, realm name {@code Splicer admin}); who holds the role is the container's business:
 *
 * <ul>
 *   <li><b>Tomcat 10.1 / 11</b>: a {@code Realm}. In an installed Tomcat the {@code
 *       UserDatabaseRealm} of {@code conf/server.xml} already reads {@code conf/tomcat-users.xml}:
 *       add {@code <role rolename="splicer-admin"/>} and a {@code <user ...
 *       roles="splicer-admin"/>} there. Here (embedded, no {@code conf/}) the webapp's {@code
 *       META-INF/context.xml} nests a {@code MemoryRealm} reading a file of the same format; an
 *       operator may do the same in {@code conf/Catalina/localhost/splicer.xml}.
 *   <li><b>Jetty 12 (ee10)</b>: a {@code LoginService} named like the realm. Here {@code
 *       WEB-INF/jetty-ee10-web.xml} sets a {@code HashLoginService} named {@code Splicer admin}
 *       with its users on the webapp's security handler; in a Jetty base the same XML goes into the
 *       context file {@code webapps/splicer.xml}, or a server-wide {@code HashLoginService} named
 *       {@code Splicer admin} reads {@code etc/realm.properties} ({@code admin: secret,
 *       splicer-admin}).
 * </ul>
 *
 * Each container ignores the other's file, so one WAR serves every leg.
 */
final class AdminRealm {

  static final String ROLE = "splicer-admin";

  /** A user in role {@value #ROLE}. */
  static final String ADMIN = "it-admin";

  static final String ADMIN_PASSWORD = "it-admin-secret";

  /** An authenticated user without the role. */
  static final String VIEWER = "it-viewer";

  static final String VIEWER_PASSWORD = "it-viewer-secret";

  private AdminRealm() {}

  /** Adds the Tomcat and Jetty realm configuration with both users to {@code war}. */
  static WebArchive addTo(WebArchive war) {
    war.addAsManifestResource(new StringAsset(tomcatContext(tomcatUsers())), "context.xml");
    war.addAsWebInfResource(new StringAsset(jettyWebXml()), "jetty-ee10-web.xml");
    return war;
  }

  /** The {@code Authorization} header value of HTTP BASIC (RFC 7617 §2). */
  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String admin() {
    return basic(ADMIN, ADMIN_PASSWORD);
  }

  static String viewer() {
    return basic(VIEWER, VIEWER_PASSWORD);
  }

  /** A {@code tomcat-users.xml} with both users, in a new temporary file. */
  private static Path tomcatUsers() {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tomcat-users>\n"
            + "  <role rolename=\""
            + ROLE
            + "\"/>\n"
            + user(ADMIN, ADMIN_PASSWORD, ROLE)
            + user(VIEWER, VIEWER_PASSWORD, "viewer")
            + "</tomcat-users>\n";
    try {
      Path file = Files.createTempFile("splicer-it-tomcat-users", ".xml");
      Files.writeString(file, xml, StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String user(String name, String password, String roles) {
    return "  <user username=\""
        + name
        + "\" password=\""
        + password
        + "\" roles=\""
        + roles
        + "\"/>\n";
  }

  /** Tomcat: cross-context dispatch allowed (design.md §1) and the users' realm. */
  private static String tomcatContext(Path users) {
    return "<Context crossContext=\"true\">\n"
        + "  <Realm className=\"org.apache.catalina.realm.MemoryRealm\" pathname=\""
        + users.toAbsolutePath()
        + "\"/>\n"
        + "</Context>\n";
  }

  /** Jetty 12 ee10: a HashLoginService named like the fragment's realm, users in memory. */
  private static String jettyWebXml() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        // the public id resolves to the DTD inside jetty-xml (no download)
        + "<!DOCTYPE Configure PUBLIC \"-//Jetty//Configure//EN\""
        + " \"https://jetty.org/configure_10_0.dtd\">\n"
        + "<Configure class=\"org.eclipse.jetty.ee10.webapp.WebAppContext\">\n"
        + "  <Get name=\"securityHandler\">\n"
        + "    <Set name=\"loginService\">\n"
        + "      <New class=\"org.eclipse.jetty.security.HashLoginService\">\n"
        + "        <Set name=\"name\">Splicer admin</Set>\n"
        + "        <Set name=\"userStore\">\n"
        + "          <New class=\"org.eclipse.jetty.security.UserStore\">\n"
        + jettyUser(ADMIN, ADMIN_PASSWORD, ROLE)
        + jettyUser(VIEWER, VIEWER_PASSWORD, "viewer")
        + "          </New>\n"
        + "        </Set>\n"
        + "      </New>\n"
        + "    </Set>\n"
        + "  </Get>\n"
        + "</Configure>\n";
  }

  private static String jettyUser(String name, String password, String role) {
    return "            <Call name=\"addUser\">\n"
        + "              <Arg>"
        + name
        + "</Arg>\n"
        + "              <Arg><Call class=\"org.eclipse.jetty.util.security.Credential\""
        + " name=\"getCredential\"><Arg>"
        + password
        + "</Arg></Call></Arg>\n"
        + "              <Arg><Array type=\"String\"><Item>"
        + role
        + "</Item></Array></Arg>\n"
        + "            </Call>\n";
  }
}
