package io.splicer.admin.api;

import io.splicer.admin.security.BuiltInAuthFilter;
import io.splicer.admin.security.CsrfGuard;
import io.splicer.config.ConfigurationRepository;
import io.splicer.config.FileConfigurationStore;
import io.splicer.config.PlaybackConfigurationJson;
import io.splicer.config.VersionConflictException;
import io.splicer.stitch.LiveView;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin REST API for playback configurations and the live view of this node, mapped on {@code
 * /admin/api/*} (see {@link AdminRoutes} and {@code /admin/openapi.yaml}). It dispatches through
 * one {@link RouteTable} to small handlers over a {@link ConfigurationService}.
 *
 * <p><b>Security</b>: the caller must already be authenticated in role {@value
 * BuiltInAuthFilter#ROLE}, by the container (WAR: the security constraint of this jar's {@code
 * web-fragment.xml}) or by {@link BuiltInAuthFilter} (standalone launcher); otherwise 401/403 (fail
 * closed). State-changing requests from another origin get 403 ({@link CsrfGuard}).
 *
 * <p><b>Store</b>: the repository given to the constructor; otherwise the Splicer filter's, which
 * it publishes as the context attribute {@value #REPOSITORY_ATTRIBUTE}, so that changes apply to
 * new sessions without restart; otherwise a {@link FileConfigurationStore} on the init-param
 * {@value #CONFIG_DIR} or the system property {@value #CONFIG_DIR_PROPERTY}.
 *
 * <p><b>Live view</b>: {@code /sessions}, {@code /sessions/{id}/timeline}, {@code /stats} and
 * {@code /adsInteractions} read the filter's {@link LiveView} (context attribute {@link
 * LiveView#ATTRIBUTE}); without a filter in this webapp they answer 503.
 *
 * <table>
 *   <caption>Init-params</caption>
 *   <tr><th>name</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code deploymentId}</td><td>{@value #DEFAULT_HASH}</td>
 *       <td>{@code {hash}} in the endpoint prefixes of responses</td></tr>
 *   <tr><td>{@code configDir}</td><td>system property {@code splicer.configDir}</td>
 *       <td>store directory when the filter publishes no repository</td></tr>
 * </table>
 */
public class AdminApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Context attribute under which the filter publishes its {@link ConfigurationRepository}. */
  public static final String REPOSITORY_ATTRIBUTE = ConfigurationRepository.class.getName();

  public static final String CONFIG_DIR = "configDir";
  public static final String CONFIG_DIR_PROPERTY = "splicer.configDir";
  public static final String DEPLOYMENT_ID = "deploymentId";
  public static final String DEFAULT_HASH = "splicer";

  private static final Logger LOG = LoggerFactory.getLogger(AdminApiServlet.class);

  private transient @Nullable ConfigurationRepository repository;
  private transient @Nullable String hash;
  private transient @Nullable RouteTable routes;

  /** For {@code web.xml}/{@code web-fragment.xml}: the store is found at run time. */
  public AdminApiServlet() {}

  /** Programmatic registration with a given store. */
  public AdminApiServlet(ConfigurationRepository repository, String hash) {
    this.repository = repository;
    this.hash = hash;
  }

  @Override
  public void init() throws ServletException {
    String h = hash;
    if (h == null) {
      String param = getInitParameter(DEPLOYMENT_ID);
      h = param == null || param.isBlank() ? DEFAULT_HASH : param.trim();
    }
    routes =
        AdminRoutes.create(
            new ConfigurationService(this::repository), new LiveService(this::liveView), h);
  }

  /** The filter's live view (context attribute {@link LiveView#ATTRIBUTE}), if it runs here. */
  Optional<LiveView> liveView() {
    Object published = getServletContext().getAttribute(LiveView.ATTRIBUTE);
    return published instanceof LiveView v ? Optional.of(v) : Optional.empty();
  }

  /** Resolves the store (see the class comment). */
  ConfigurationRepository repository() {
    ConfigurationRepository r = repository;
    if (r != null) {
      return r;
    }
    Object published = getServletContext().getAttribute(REPOSITORY_ATTRIBUTE);
    if (published instanceof ConfigurationRepository p) {
      return p;
    }
    synchronized (this) {
      if (repository == null) {
        String dir = getInitParameter(CONFIG_DIR);
        if (dir == null || dir.isBlank()) {
          dir = System.getProperty(CONFIG_DIR_PROPERTY);
        }
        if (dir == null || dir.isBlank()) {
          throw new ApiException(
              503,
              "no configuration store: the Splicer filter has not started and no "
                  + CONFIG_DIR
                  + " is set");
        }
        repository = new FileConfigurationStore(Path.of(dir.trim()));
      }
      return repository;
    }
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    ApiResponse response;
    try {
      response = dispatch(req);
    } catch (ApiException e) {
      response = new ApiResponse(e.status(), e.headers(), Json.error(e.getMessage(), e.errors()));
    } catch (VersionConflictException e) {
      response =
          ApiResponse.json(
              412,
              Json.error(
                  "precondition failed: the configuration ["
                      + e.name()
                      + "] was changed or deleted by someone else",
                  List.of()));
    } catch (RuntimeException e) {
      LOG.error("Admin API {} {} failed", req.getMethod(), req.getRequestURI(), e);
      response = ApiResponse.json(500, Json.error("internal error", List.of()));
    }
    write(response, resp);
  }

  private ApiResponse dispatch(HttpServletRequest req) throws IOException {
    if (req.getUserPrincipal() == null) {
      throw new ApiException(
          401,
          "authentication required",
          List.of(),
          Map.of("WWW-Authenticate", "Basic realm=\"Splicer admin\""));
    }
    if (!req.isUserInRole(BuiltInAuthFilter.ROLE)) {
      throw new ApiException(403, "role " + BuiltInAuthFilter.ROLE + " required");
    }
    String refused = CsrfGuard.check(req);
    if (refused != null) {
      throw new ApiException(403, refused);
    }
    RouteTable table = routes;
    if (table == null) {
      throw new IllegalStateException("servlet not initialised");
    }
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    if (!path.startsWith("/v1/") && !path.equals("/v1")) {
      throw new ApiException(
          404, "no such resource (the API root is " + AdminRoutes.API_ROOT + ")");
    }
    RouteTable.Match match = table.match(req.getMethod(), path.substring(3));
    return match.route().handler().handle(toApiRequest(req, match.params()));
  }

  private static ApiRequest toApiRequest(HttpServletRequest req, Map<String, String> params)
      throws IOException {
    Map<String, String> query = new HashMap<>();
    req.getParameterMap().forEach((k, v) -> query.put(k, v.length == 0 ? "" : v[0]));
    Object csrf = req.getAttribute(BuiltInAuthFilter.CSRF_ATTRIBUTE);
    return new ApiRequest(
        req.getMethod(),
        params,
        query,
        req::getHeader,
        body(req),
        baseUrl(req),
        req.getRemoteUser() == null ? req.getUserPrincipal().getName() : req.getRemoteUser(),
        csrf instanceof String s ? s : null);
  }

  private static byte[] body(HttpServletRequest req) throws IOException {
    if (CsrfGuard.isSafe(req.getMethod())) {
      return new byte[0];
    }
    try (InputStream in = req.getInputStream()) {
      byte[] bytes = in.readNBytes(PlaybackConfigurationJson.MAX_DOCUMENT_BYTES + 1);
      if (bytes.length > PlaybackConfigurationJson.MAX_DOCUMENT_BYTES) {
        throw new ApiException(
            413, "body larger than " + PlaybackConfigurationJson.MAX_DOCUMENT_BYTES + " bytes");
      }
      return bytes;
    }
  }

  /** {@code scheme://host[:port]/context} as the client addressed us. */
  static String baseUrl(HttpServletRequest req) {
    String scheme = req.getScheme();
    int port = req.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    String host = req.getServerName();
    if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return scheme + "://" + host + (defaultPort ? "" : ":" + port) + req.getContextPath();
  }

  private static void write(ApiResponse response, HttpServletResponse resp) throws IOException {
    resp.setStatus(response.status());
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    response.headers().forEach(resp::setHeader);
    if (response.body() != null) {
      resp.setContentType("application/json");
      resp.setCharacterEncoding("UTF-8");
      resp.getOutputStream().write(Json.MAPPER.writeValueAsBytes(response.body()));
    }
  }
}
