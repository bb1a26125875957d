package io.splicer.stitch;

import io.splicer.dash.AdInsert;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names one segment request of a DASH ad Period in server-side reporting URLs (reference §1.1 "DASH
 * ad period"): {@code /v1/dashsegment/{hash}/{config}/{session}/{availId}/{adPeriodId}/{path}}. The
 * ad Period's BaseURL is everything up to {@code {adPeriodId}/}; {@code {path}} is what the player
 * appended from the ad's {@code SegmentTemplate} ({@code @media} or {@code @initialization}). The
 * ad is found through the session's {@link DashTrackingIndex} and stored decision, the segment by
 * matching {@code {path}} against the creative's templates: no per-segment state.
 *
 * <p>{@code {path}} is only ever appended to the creative's own BaseURL, so it must stay a plain
 * relative path: no {@code ..} or {@code .} segment, no empty segment, no leading {@code /}, no
 * scheme, no backslash, no encoded slash, backslash, dot or control character; at most {@value
 * #MAX_PATH} characters. Anything else is refused (404), never redirected.
 *
 * @param availId the Period id of the avail (decoded)
 * @param adPeriodId the ad Period's id (decoded)
 * @param path the raw relative path (percent-encoding as the player sent it)
 */
public record DashSegmentRef(String availId, String adPeriodId, String path) {

  public static final String PREFIX = "/v1/dashsegment/";

  static final int MAX_PATH = 512;
  private static final int MAX_ID = 256;
  private static final Pattern PATH_CHARS = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=@%/-]+");

  /**
   * Parses the raw path elements after the session id; empty if any is malformed or the segment
   * path is not a safe relative path.
   */
  public static Optional<DashSegmentRef> parse(
      String rawAvailId, String rawAdPeriodId, String path) {
    Optional<String> avail = decodeId(rawAvailId);
    Optional<String> ad = decodeId(rawAdPeriodId);
    if (avail.isEmpty() || ad.isEmpty() || !safePath(path)) {
      return Optional.empty();
    }
    return Optional.of(new DashSegmentRef(avail.get(), ad.get(), path));
  }

  /** The path percent-decoded (for matching against templates); safe by construction. */
  String decodedPath() {
    return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /**
   * The BaseURL prefix of the ad Periods of {@code scope}'s session: absolute when the public
   * origin is known (MediaTailor writes absolute BaseURLs), else root-relative; ends in {@code /}.
   */
  static String routePrefix(StitchScope scope, String configName) {
    return (scope.publicOrigin() == null ? "" : scope.publicOrigin())
        + scope.contextPath()
        + PREFIX
        + scope.hash()
        + "/"
        + AdInsert.pathSegment(configName)
        + "/"
        + scope.session().id()
        + "/";
  }

  static boolean safePath(String path) {
    if (path.isEmpty()
        || path.length() > MAX_PATH
        || path.startsWith("/")
        || !PATH_CHARS.matcher(path).matches()) {
      return false;
    }
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e")) {
      return false;
    }
    for (int i = lower.indexOf('%'); i >= 0; i = lower.indexOf('%', i + 1)) {
      if (i + 2 >= lower.length()
          || Character.digit(lower.charAt(i + 1), 16) < 0
          || Character.digit(lower.charAt(i + 2), 16) < 0
          || lower.charAt(i + 1) < '2') {
        return false; // malformed escape or a control character (%00-%1F)
      }
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> decodeId(String raw) {
    if (raw.isEmpty() || raw.length() > MAX_ID * 3 || raw.contains("/")) {
      return Optional.empty();
    }
    try {
      String id = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
      return id.isEmpty() || id.length() > MAX_ID ? Optional.empty() : Optional.of(id);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
