package io.splicer.session;

import org.jspecify.annotations.Nullable;

/**
 * Request facts captured once at session initialisation for {@code [session.client_ip]}, {@code
 * [session.user_agent]} and {@code [session.referer]} (reference §1.4) and for proxying {@code
 * User-Agent}/{@code X-Forwarded-For} to the ADS and beacon calls (§1.3). Absent headers are empty
 * strings, never null.
 *
 * @param clientIp the leftmost {@code X-Forwarded-For} entry if that header is set, else the peer
 *     address
 * @param forwardedFor the raw {@code X-Forwarded-For} header, or empty
 * @param userAgent the {@code User-Agent} header, or empty
 * @param referer the {@code Referer} header, or empty
 */
public record ClientInfo(String clientIp, String forwardedFor, String userAgent, String referer) {

  public static final ClientInfo NONE = new ClientInfo("", "", "", "");

  public ClientInfo {
    clientIp = nullToEmpty(clientIp);
    forwardedFor = nullToEmpty(forwardedFor);
    userAgent = nullToEmpty(userAgent);
    referer = nullToEmpty(referer);
  }

  /**
   * Builds the capture from the servlet request's values, passed as plain strings by the web layer.
   * MediaTailor: "[session.client_ip] remote IP; if X-Forwarded-For is set, that value" — we take
   * its leftmost (originating client) entry, so a proxy chain does not leak into the ADS macro.
   */
  public static ClientInfo of(
      @Nullable String remoteAddr,
      @Nullable String xForwardedFor,
      @Nullable String userAgent,
      @Nullable String referer) {
    String xff = nullToEmpty(xForwardedFor).trim();
    String ip = nullToEmpty(remoteAddr).trim();
    if (!xff.isEmpty()) {
      int comma = xff.indexOf(',');
      String first = (comma < 0 ? xff : xff.substring(0, comma)).trim();
      if (!first.isEmpty()) {
        ip = first;
      }
    }
    return new ClientInfo(ip, xff, nullToEmpty(userAgent), nullToEmpty(referer));
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
