package io.splicer.stitch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One ADS interaction (one break decision of one session), as the admin live view shows it. No
 * secrets: the URL's query values and user-info are masked ({@link UrlRedactor}).
 *
 * @param time when the decision was made
 * @param sessionId the session
 * @param configurationName the playback configuration
 * @param breakKey the break's stable key ({@code v<seq>}, {@code b<seq>}, {@code vod}, ...)
 * @param url the expanded ADS URL, query values masked ({@code ""} without an ADS URL)
 * @param status {@code OK} (ads returned), {@code EMPTY} (no ads), or the failure kind ({@code
 *     TIMEOUT}, {@code HTTP_STATUS}, {@code IO}, {@code MALFORMED}, ...)
 * @param failure the failure detail (URLs masked), or {@code ""}
 * @param latencyMillis from the request to the resolved response (wrappers included)
 * @param adsReturned ads in the (resolved) response
 * @param usedAdIds the ads the plan plays, in order
 * @param skipped ads left out, as {@code creativeKey=REASON} (URLs masked)
 * @param availableMicros ad time available in the break (its duration; for an insertion without a
 *     duration, the duration of the ads returned)
 * @param filledMicros ad time filled with ads (slate excluded)
 * @param slateMicros slate time
 */
public record AdsInteraction(
    Instant time,
    String sessionId,
    String configurationName,
    String breakKey,
    String url,
    String status,
    String failure,
    long latencyMillis,
    int adsReturned,
    List<String> usedAdIds,
    List<String> skipped,
    long availableMicros,
    long filledMicros,
    long slateMicros) {

  public AdsInteraction {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(configurationName, "configurationName");
    Objects.requireNonNull(breakKey, "breakKey");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(failure, "failure");
    usedAdIds = List.copyOf(usedAdIds);
    skipped = List.copyOf(skipped);
  }
}
