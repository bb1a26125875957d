package io.splicer.admin.api;

/** The admin API's routes (below {@value #API_ROOT}); the OpenAPI document describes the same. */
public final class AdminRoutes {

  /** Path of the API root inside the webapp. */
  public static final String API_ROOT = "/admin/api/v1";

  private AdminRoutes() {}

  /**
   * Builds the route table.
   *
   * @param hash the deployment id used in the endpoint prefixes of responses
   */
  public static RouteTable create(ConfigurationService service, String hash) {
    return create(service, new LiveService(java.util.Optional::empty), hash);
  }

  /**
   * Builds the route table with the live view's endpoints.
   *
   * @param live the filter's live view of this node
   * @param hash the deployment id used in the endpoint prefixes of responses
   */
  public static RouteTable create(ConfigurationService service, LiveService live, String hash) {
    EndpointPrefixes prefixes = new EndpointPrefixes(hash);
    String one = "/playbackConfigurations/{name}";
    return RouteTable.builder()
        .add("GET", "/playbackConfigurations", new ListConfigurationsHandler(service, prefixes))
        .add("GET", one, new GetConfigurationHandler(service, prefixes))
        .add("PUT", one, new PutConfigurationHandler(service, prefixes))
        .add("DELETE", one, new DeleteConfigurationHandler(service))
        .add("GET", "/session", new SessionInfoHandler())
        .add("GET", "/sessions", new LiveSessionsHandler(live))
        .add("GET", "/sessions/{id}/timeline", new SessionTimelineHandler(live))
        .add("GET", "/stats", new LiveStatsHandler(live))
        .add("GET", "/adsInteractions", new AdsInteractionsHandler(live))
        .build();
  }
}
