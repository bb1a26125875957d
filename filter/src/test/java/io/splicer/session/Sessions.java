package io.splicer.session;

import io.splicer.core.SessionId;
import java.time.Duration;
import java.time.Instant;

/** Typical sessions for tests and size measurements. */
public final class Sessions {

  private Sessions() {}

  /** A Safari/iPhone User-Agent: 139 characters, a realistic upper-middle length. */
  public static final String USER_AGENT =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
          + " (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

  /**
   * An implicit session as a real player creates it: configuration, a multi-segment asset path, two
   * ADS parameters, a manifest parameter, an origin auth token, the client headers.
   */
  public static Session typical(Instant now) {
    SessionParams params =
        SessionParamsParser.parseImplicitQuery(
            "ads.deviceType=ipad&ads.cust_params=section%3Dsports%26tier%3Dgold"
                + "&manifest.test=123&auth_token=kjhdsaf7gh0123456789abcdef");
    ClientInfo client =
        ClientInfo.of(
            "10.0.0.7", "203.0.113.195, 10.0.0.1", USER_AGENT, "https://www.example.com/watch/42");
    return new Session(
        SessionId.random(),
        "my-playback-config",
        "shows/season-1/episode-01/index.m3u8",
        ReportingMode.SERVER,
        params,
        client,
        now,
        now,
        Duration.ofMinutes(10));
  }
}
