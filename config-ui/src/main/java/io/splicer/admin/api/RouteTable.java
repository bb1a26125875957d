package io.splicer.admin.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The admin API's one route table: (method, path template) → {@link Handler}. Templates are {@code
 * /}-separated literals and {@code {param}} segments, each matching one non-empty path segment.
 * Unknown paths are 404; known paths with another method are 405 with {@code Allow}. Immutable once
 * built; thread-safe.
 */
public final class RouteTable {

  /**
   * One route.
   *
   * @param method HTTP method
   * @param template e.g. {@code /playbackConfigurations/{name}}
   * @param handler the endpoint
   */
  public record Route(String method, String template, Handler handler) {
    List<String> segments() {
      return split(template);
    }
  }

  /**
   * A matched route.
   *
   * @param route the route
   * @param params its {@code {param}} values
   */
  public record Match(Route route, Map<String, String> params) {}

  private final List<Route> routes;

  private RouteTable(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Route> routes() {
    return routes;
  }

  /**
   * Finds the route of a request.
   *
   * @param path the path below the API root, e.g. {@code /playbackConfigurations/x}
   * @throws ApiException 404 if no template matches, 405 if only other methods do
   */
  public Match match(String method, String path) {
    List<String> segments = split(path);
    TreeSet<String> allowed = new TreeSet<>();
    for (Route r : routes) {
      Map<String, String> params = bind(r.segments(), segments);
      if (params == null) {
        continue;
      }
      if (r.method().equals(method)) {
        return new Match(r, params);
      }
      allowed.add(r.method());
    }
    if (allowed.isEmpty()) {
      throw new ApiException(404, "no such resource");
    }
    throw new ApiException(
        405,
        "method " + method + " not allowed here",
        List.of(),
        Map.of("Allow", String.join(", ", allowed)));
  }

  private static @Nullable Map<String, String> bind(List<String> template, List<String> path) {
    if (template.size() != path.size()) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < template.size(); i++) {
      String t = template.get(i);
      String p = path.get(i);
      if (t.startsWith("{") && t.endsWith("}")) {
        if (p.isEmpty()) {
          return null;
        }
        params.put(t.substring(1, t.length() - 1), p);
      } else if (!t.equals(p)) {
        return null;
      }
    }
    return params;
  }

  private static List<String> split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.isEmpty()) {
      return List.of();
    }
    return Arrays.asList(p.split("/", -1));
  }

  /** Collects routes; a duplicate (method, template) is a programming error. */
  public static final class Builder {
    private final List<Route> routes = new ArrayList<>();

    private Builder() {}

    public Builder add(String method, String template, Handler handler) {
      for (Route r : routes) {
        if (r.method().equals(method) && r.template().equals(template)) {
          throw new IllegalArgumentException("duplicate route " + method + " " + template);
        }
      }
      routes.add(new Route(method, template, handler));
      return this;
    }

    public RouteTable build() {
      return new RouteTable(routes);
    }
  }
}
