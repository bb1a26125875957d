package io.splicer.tracking;

import io.splicer.session.ClientInfo;

/**
 * One beacon call: an expanded URL and the viewer headers to forward (reference §7.2 "Headers": the
 * player's {@code User-Agent} and {@code X-Forwarded-For} are sent on beacon calls).
 *
 * @param url the URL with macros already expanded
 * @param userAgent the viewer's {@code User-Agent}, or empty
 * @param forwardedFor the {@code X-Forwarded-For} value to send, or empty
 * @param event the event it reports, for logs and metrics
 */
public record BeaconRequest(String url, String userAgent, String forwardedFor, String event) {

  public BeaconRequest {
    userAgent = userAgent == null ? "" : userAgent;
    forwardedFor = forwardedFor == null ? "" : forwardedFor;
    event = event == null ? "" : event;
  }

  /**
   * A request forwarding the viewer's headers. {@code X-Forwarded-For} is the viewer's own header
   * if it had one (proxies in front of us), else the viewer's address, so the ad server sees the
   * viewer and not this server.
   */
  public static BeaconRequest of(String url, ClientInfo client, String event) {
    String xff = client.forwardedFor().isEmpty() ? client.clientIp() : client.forwardedFor();
    return new BeaconRequest(url, client.userAgent(), xff, event);
  }
}
