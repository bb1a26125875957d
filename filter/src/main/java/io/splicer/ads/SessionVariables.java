package io.splicer.ads;

import java.util.Objects;
import java.util.Optional;

/**
 * The viewer-session facts behind the {@code [session.*]} variables (reference §1.4).
 *
 * @param id the numeric session id ({@code [session.id]})
 * @param uuid the session UUID ({@code [session.uuid]})
 * @param remoteIp the remote address of the player request
 * @param forwardedFor the player request's {@code X-Forwarded-For}, if any; it wins for {@code
 *     [session.client_ip]} and is forwarded to the ADS
 * @param userAgent the session-initialisation request's {@code User-Agent}; forwarded to the ADS
 * @param referer the player request's {@code Referer}, if any
 * @param acceptLanguage the manifest request's {@code Accept-Language}, if any
 */
public record SessionVariables(
    String id,
    String uuid,
    String remoteIp,
    Optional<String> forwardedFor,
    String userAgent,
    Optional<String> referer,
    Optional<String> acceptLanguage) {

  public SessionVariables {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(remoteIp, "remoteIp");
    Objects.requireNonNull(forwardedFor, "forwardedFor");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(referer, "referer");
    Objects.requireNonNull(acceptLanguage, "acceptLanguage");
  }

  /** {@code [session.client_ip]}: the remote IP, or {@code X-Forwarded-For} when it is set. */
  public String clientIp() {
    return forwardedFor.filter(f -> !f.isBlank()).orElse(remoteIp);
  }
}
