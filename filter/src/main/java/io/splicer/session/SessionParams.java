package io.splicer.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A session's parameter routing (reference §1.3), computed once at initialisation by {@link
 * SessionParamsParser} and immutable afterwards ("parameter-session-behavior": later multivariant
 * requests do not update it).
 *
 * @param playerParams values for {@code [player_params.KEY]}: {@code ads.KEY} query values decoded
 *     exactly once; JSON {@code adsParams}/{@code playerParams} values as-is. Insertion order kept.
 * @param manifestParams {@code manifest.KEY} (prefix stripped) → value, both in their validated
 *     URL-encoded form, ready to append to the URLs we write
 * @param originQuery every parameter without a reserved prefix, as a raw, already encoded query
 *     ({@code a=1&b=2}, byte-exact as received, repeated names kept) to forward to the origin on
 *     every manifest request; empty if none
 * @param controls the {@code aws.*} controls
 * @param serverReportingRequested {@code "reportingMode": "server"} was asked for (explicit
 *     sessions: hybrid mode)
 */
public record SessionParams(
    Map<String, String> playerParams,
    Map<String, String> manifestParams,
    String originQuery,
    SessionControls controls,
    boolean serverReportingRequested) {

  public static final SessionParams NONE =
      new SessionParams(Map.of(), Map.of(), "", SessionControls.DEFAULTS, false);

  public SessionParams {
    playerParams = ordered(playerParams);
    manifestParams = ordered(manifestParams);
  }

  /**
   * The value of {@code [player_params.KEY]}: an exact match first, else a case-insensitive one
   * (MediaTailor: adsParams keys are "not case sensitive").
   */
  public Optional<String> playerParam(String key) {
    String exact = playerParams.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    String lower = key.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : playerParams.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The manifest parameters as a query to append to our URLs ({@code test=123}), or empty.
   * Reference §1.5: {@code ?manifest.test=123} → {@code …/0.m3u8?test=123}.
   */
  public String manifestQuery() {
    StringJoiner q = new StringJoiner("&");
    manifestParams.forEach((k, v) -> q.add(k + "=" + v));
    return q.toString();
  }

  private static Map<String, String> ordered(Map<String, String> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
