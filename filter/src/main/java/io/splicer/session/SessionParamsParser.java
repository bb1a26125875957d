package io.splicer.session;

import io.splicer.core.SessionId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Routes session-initialisation parameters (reference §1.2–1.3) from a raw query string or an
 * explicit-session JSON body into a {@link SessionParams}. Pure functions on strings: the web layer
 * passes {@code request.getQueryString()} (still encoded) or the body text. Stateless and
 * thread-safe.
 *
 * <p>Query routing ({@code GET /v1/master/…}, {@code /v1/dash/…}, {@code GET /v1/session/…}):
 *
 * <ul>
 *   <li>{@code ads.K=V} → {@code [player_params.K]} = V decoded exactly once ({@code %3A} → {@code
 *       :}; {@code +} → space); a repeated name keeps the last value;
 *   <li>{@code manifest.K=V} → appended to our URLs as {@code K=V}, validated against {@link
 *       ManifestParamRules} (a violation throws {@link SessionParamException});
 *   <li>{@code aws.K=V} → {@link SessionControls}; {@code aws.sessionId} is not routed (see {@link
 *       #sessionIdOf});
 *   <li>everything else → the origin query, byte-exact (no decode/re-encode, so signed tokens
 *       survive).
 * </ul>
 *
 * The explicit GET form ({@code GET /v1/session/…}) also accepts {@code manifestParams.K}, {@code
 * adsParams.K}, {@code playerParams.K} and {@code reportingMode}.
 */
public final class SessionParamsParser {

  private SessionParamsParser() {}

  /** Parameters of an implicit session ({@code GET /v1/master/…} or {@code /v1/dash/…}). */
  public static SessionParams parseImplicitQuery(@Nullable String rawQuery) {
    return parseQuery(rawQuery, false);
  }

  /** Parameters of an explicit session initialised by {@code GET /v1/session/…?…}. */
  public static SessionParams parseExplicitQuery(@Nullable String rawQuery) {
    return parseQuery(rawQuery, true);
  }

  /** Parameters of an explicit session initialised by {@code POST /v1/session/…} with JSON. */
  public static SessionParams parseExplicitJson(@Nullable String body) {
    return SessionJsonParser.parse(body == null ? "" : body);
  }

  /**
   * The {@code aws.sessionId} of a request, if present and a well-formed id. An absent or malformed
   * value gives empty; the web layer decides whether that means "new implicit session" or 400.
   */
  public static Optional<String> rawSessionIdOf(@Nullable String rawQuery) {
    if (rawQuery == null) {
      return Optional.empty();
    }
    for (QueryCodec.RawPair p : QueryCodec.split(rawQuery)) {
      if (p.name().equals("aws.sessionId")) {
        return Optional.of(QueryCodec.decode(p.value()));
      }
    }
    return Optional.empty();
  }

  /** {@link #rawSessionIdOf} parsed strictly as a {@link SessionId}. */
  public static Optional<SessionId> sessionIdOf(@Nullable String rawQuery) {
    return rawSessionIdOf(rawQuery).flatMap(SessionId::parse);
  }

  private static SessionParams parseQuery(@Nullable String rawQuery, boolean explicit) {
    ParamsBuilder b = new ParamsBuilder();
    if (rawQuery == null) {
      return b.build();
    }
    for (QueryCodec.RawPair p : QueryCodec.split(rawQuery)) {
      route(b, p, explicit);
    }
    return b.build();
  }

  private static void route(ParamsBuilder b, QueryCodec.RawPair p, boolean explicit) {
    String name = p.name();
    if (name.startsWith("ads.")) {
      b.player(QueryCodec.decode(name.substring(4)), QueryCodec.decode(p.value()));
    } else if (name.startsWith("manifest.")) {
      b.manifest(name, name.substring(9), p.value());
    } else if (name.startsWith("aws.")) {
      awsControl(b, name, QueryCodec.decode(p.value()));
    } else if (explicit && name.startsWith("manifestParams.")) {
      b.manifest(name, name.substring(15), p.value());
    } else if (explicit && name.startsWith("adsParams.")) {
      b.player(QueryCodec.decode(name.substring(10)), QueryCodec.decode(p.value()));
    } else if (explicit && name.startsWith("playerParams.")) {
      b.player(QueryCodec.decode(name.substring(13)), QueryCodec.decode(p.value()));
    } else if (explicit && name.equals("reportingMode")) {
      b.reportingMode(name, QueryCodec.decode(p.value()));
    } else {
      b.originRaw(p.raw());
    }
  }

  /** Reference §1.2 "Reserved query params (implicit)". */
  private static void awsControl(ParamsBuilder b, String name, String value) {
    switch (name) {
      case "aws.sessionId" -> {
        // identifies an existing session; never routed
      }
      case "aws.logMode" -> b.debugLog("DEBUG".equals(value)); // debug-log-mode: case-sensitive
      case "aws.availSuppressionMode" -> b.suppression("aws.availSuppression", value, null, "");
      case "aws.availSuppressionValue" -> b.suppression("aws.availSuppression", null, value, "");
      case "aws.availSuppressionFillPolicy" ->
          b.suppression("aws.availSuppression", null, null, value);
      case "aws.streamId" -> b.streamId(value);
      case "aws.overlayAvails" -> b.overlayAvails(!value.equalsIgnoreCase("off"));
      case "aws.adSignalingEnabled" -> b.adSignaling(value.equalsIgnoreCase("true"));
      case "aws.insertionMode" -> b.insertionMode(name, value);
      default -> b.otherControl(name.substring(4), value);
    }
  }
}
