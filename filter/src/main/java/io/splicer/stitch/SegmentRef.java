package io.splicer.stitch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names one ad segment of a session in server-side reporting URLs (reference §1.1 "HLS ad
 * segment"): {@code /v1/segment/{hash}/{config}/{session}/{n}/{seq}} where {@code {seq}} is {@code
 * <mediaSequence>-<breakRef>-<ad>-<k>}: the segment's media sequence number in playlist {@code n}
 * (unique, as MediaTailor's), the break's reference, the ad's index in the break's decision and the
 * segment's index in the ad. Everything needed to find the real segment and the beacons due is in
 * the URL and the session's stored decision: no per-segment state. All parts are in the path (no
 * query), so a CDN that caches {@code /v1/segment} keys on the whole URL.
 *
 * <p>Break references: the decision key of a marked break ({@code v<seq>}, {@code v<seq>p}, {@code
 * b<seq>}, {@code j<seq>}), or {@code vod<i>} for the {@code i}-th insertion point of VOD content
 * without markers (one decision {@code vod} for all).
 *
 * @param n the media playlist of the session
 * @param sequence the segment's media sequence number in that playlist
 * @param breakRef the break
 * @param ad index of the ad in the break's decision
 * @param k index of the segment in the ad
 */
public record SegmentRef(int n, long sequence, String breakRef, int ad, int k) {

  public static final String PREFIX = "/v1/segment/";

  private static final Pattern SEQ =
      Pattern.compile("(\\d{1,18})-([a-z]{1,3}\\d{1,18}p?)-(\\d{1,4})-(\\d{1,6})");
  private static final Pattern REF = Pattern.compile("[a-z]{1,3}\\d{1,18}p?");

  public SegmentRef {
    if (!REF.matcher(breakRef).matches() || n < 0 || ad < 0 || k < 0 || sequence < 0) {
      throw new IllegalArgumentException("bad segment reference [" + breakRef + "]");
    }
  }

  /** Parses the {@code {n}} and {@code {seq}} path segments. */
  public static Optional<SegmentRef> parse(String n, String seq) {
    Matcher m = SEQ.matcher(seq);
    if (!n.matches("\\d{1,6}") || !m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new SegmentRef(
            Integer.parseInt(n),
            Long.parseLong(m.group(1)),
            m.group(2),
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4))));
  }

  /** The root-relative URL of this segment of {@code scope}'s session. */
  String url(StitchScope scope, String configName) {
    return urlPrefix(scope, configName, n) + sequence + "-" + breakRef + "-" + ad + "-" + k;
  }

  /** What every {@link #url} of playlist {@code n} of {@code scope}'s session starts with. */
  static String urlPrefix(StitchScope scope, String configName, int n) {
    return scope.contextPath()
        + PREFIX
        + scope.hash()
        + "/"
        + URLEncoder.encode(configName, StandardCharsets.UTF_8).replace("+", "%20")
        + "/"
        + scope.session().id()
        + "/"
        + n
        + "/";
  }

  /** The de-duplication-stable key of the ad within the session: {@code <breakRef>/<ad>}. */
  public String adKey() {
    return breakRef + "/" + ad;
  }
}
