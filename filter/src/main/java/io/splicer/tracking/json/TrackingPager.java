package io.splicer.tracking.json;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * {@code nextToken} paging of the tracking JSON (reference §7.3 "Paging"): the first call returns
 * every ad in the window and a token; a call with a token returns only events later than the
 * token's position, drops ads with no remaining events, and — when nothing new is there — returns
 * the same token. Tokens are opaque to players (base64url of a version, a position in exact
 * microseconds and the issue time) and expire after 24 hours; an expired or unreadable token is
 * {@link InvalidToken} (the web layer answers HTTP 400, as MediaTailor documents). Tokens carry no
 * secret: forging one only lets a player skip events it could have received anyway. Thread-safe.
 */
public final class TrackingPager {

  /** Reference §1.1 "Tracking endpoint": tokens expire after 24 h. */
  public static final Duration TOKEN_LIFETIME = Duration.ofHours(24);

  private static final String VERSION = "t1";

  /** The outcome of a tracking request. */
  public sealed interface Result permits Page, InvalidToken {}

  /** The JSON to send (HTTP 200). */
  public record Page(TrackingJson.Response body) implements Result {}

  /** The token was expired or unreadable (HTTP 400); the reason names it in {@code [...]}. */
  public record InvalidToken(String reason) implements Result {}

  private final Clock clock;

  public TrackingPager(Clock clock) {
    this.clock = clock;
  }

  /**
   * The page of {@code timeline} after {@code nextToken} ({@code null} or empty: the first call).
   */
  public Result page(TrackingTimeline timeline, @Nullable String nextToken) {
    long now = clock.millis();
    long after = Long.MIN_VALUE;
    if (nextToken != null && !nextToken.isEmpty()) {
      long[] decoded = decode(nextToken);
      if (decoded == null) {
        return new InvalidToken("unreadable nextToken [" + nextToken + "]");
      }
      if (now - decoded[1] > TOKEN_LIFETIME.toMillis() || decoded[1] > now + 60_000) {
        return new InvalidToken("expired nextToken [" + nextToken + "]");
      }
      after = decoded[0];
    }
    TrackingJsonBuilder.Built built = TrackingJsonBuilder.build(timeline, after);
    String token;
    if (built.latestEventMicros() == Long.MIN_VALUE && nextToken != null && !nextToken.isEmpty()) {
      token = nextToken; // nothing new: the same token back
    } else {
      token = encode(Math.max(after, built.latestEventMicros()), now);
    }
    return new Page(TrackingJsonBuilder.response(timeline, built, token));
  }

  static String encode(long positionMicros, long issuedMillis) {
    String raw = VERSION + "." + positionMicros + "." + issuedMillis;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }

  /** {@code [positionMicros, issuedMillis]}, or {@code null} if unreadable. */
  static long @Nullable [] decode(String token) {
    try {
      String raw =
          new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.US_ASCII);
      String[] parts = raw.split("\\.", -1);
      if (parts.length != 3 || !parts[0].equals(VERSION)) {
        return null;
      }
      return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    } catch (IllegalArgumentException e) { // includes NumberFormatException
      return null;
    }
  }
}
