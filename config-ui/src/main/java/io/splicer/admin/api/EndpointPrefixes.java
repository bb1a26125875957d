package io.splicer.admin.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.config.PlaybackConfigurationJson;

/**
 * The read-only fields that MediaTailor's {@code GetPlaybackConfiguration} generates (reference
 * §2.2), computed for this deployment from the request's base URL and the deployment id ({@code
 * {hash}} of design.md §2):
 *
 * <ul>
 *   <li>{@code PlaybackEndpointPrefix}: {@code <base>} (players' host);
 *   <li>{@code HlsConfiguration.ManifestEndpointPrefix}: {@code <base>/v1/master/<hash>/<Name>/};
 *   <li>{@code DashConfiguration.ManifestEndpointPrefix}: {@code <base>/v1/dash/<hash>/<Name>/};
 *   <li>{@code SessionInitializationEndpointPrefix}: {@code <base>/v1/session/<hash>/<Name>/}.
 * </ul>
 *
 * They are ignored when the document is PUT back.
 *
 * @param hash the deployment id used in playback URLs
 */
record EndpointPrefixes(String hash) {

  /** The configuration's JSON with the read-only fields added. */
  ObjectNode render(PlaybackConfiguration config, String baseUrl) {
    ObjectNode tree = (ObjectNode) PlaybackConfigurationJson.toTree(config);
    String name = config.name();
    tree.put("PlaybackEndpointPrefix", baseUrl);
    tree.put("SessionInitializationEndpointPrefix", prefix(baseUrl, "session", name));
    object(tree, "HlsConfiguration").put("ManifestEndpointPrefix", prefix(baseUrl, "master", name));
    object(tree, "DashConfiguration").put("ManifestEndpointPrefix", prefix(baseUrl, "dash", name));
    return tree;
  }

  private String prefix(String baseUrl, String kind, String name) {
    return baseUrl + "/v1/" + kind + "/" + hash + "/" + name + "/";
  }

  private static ObjectNode object(ObjectNode parent, String field) {
    JsonNode existing = parent.get(field);
    return existing instanceof ObjectNode o ? o : parent.putObject(field);
  }
}
