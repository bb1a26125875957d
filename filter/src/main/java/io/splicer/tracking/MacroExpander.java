package io.splicer.tracking;

import io.splicer.core.MediaTime;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Substitutes the VAST 4 macros (VAST 4.1 §6 "Macros", kept by 4.2/4.3) in beacon URL templates.
 *
 * <ul>
 *   <li>Values are percent-encoded (VAST 4.1 §6.1: "values … must be URL-encoded"): every byte
 *       outside RFC 3986 §2.3 unreserved characters.
 *   <li>A macro we support whose value is unknown becomes {@code -1}, one that does not apply here
 *       (e.g. {@code [ERRORCODE]} on a non-error beacon) {@code -2} (VAST 4.1 §6.1 "unknown" and
 *       "not applicable" values).
 *   <li>A bracketed name that is not a macro listed below is left as-is: it may be literal text of
 *       the URL, and a receiving server can still see that it was not substituted.
 * </ul>
 *
 * Thread-safe if the random generator is ({@link #systemDefault()} draws from {@link
 * ThreadLocalRandom} on the calling thread). {@code [TIMESTAMP]} is the time of expansion, i.e.
 * when the event happened: a retried delivery reports the same time and cache-buster.
 */
public final class MacroExpander {

  /** VAST 4.1 §6.2.1 {@code [TIMESTAMP]}: ISO 8601 with milliseconds. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

  /** VAST 4.1 §6.2 macros we know but cannot fill on the server: replaced by {@code -1}. */
  private static final Set<String> UNKNOWN_ON_SERVER =
      Set.of(
          "CLIENTUA",
          "LIMITADTRACKING",
          "PLAYERSTATE",
          "PLAYERSIZE",
          "PLAYERCAPABILITIES",
          "CLICKTYPE",
          "CLICKPOS",
          "APPBUNDLE",
          "DOMAIN",
          "PAGEURL",
          "IFA",
          "IFATYPE",
          "LATLONG",
          "REGULATIONS",
          "GDPRCONSENT",
          "VERIFICATIONVENDORS",
          "BLOCKEDADCATEGORIES",
          "INVENTORYSTATE",
          "ADCATEGORIES",
          "MEDIAMIME",
          "CONTENTID",
          "CONTENTURI",
          "OMIDPARTNER",
          "STOREID",
          "DEVICEIP",
          "REASON");

  private final Clock clock;
  private final @Nullable RandomGenerator random;

  /**
   * @param random source of {@code [CACHEBUSTING]}, or {@code null} for {@link ThreadLocalRandom}
   */
  public MacroExpander(Clock clock, @Nullable RandomGenerator random) {
    this.clock = clock;
    this.random = random;
  }

  /** A system-clock expander with a thread-safe random source. */
  public static MacroExpander systemDefault() {
    return new MacroExpander(Clock.systemUTC(), null);
  }

  /** The template with every known macro substituted. */
  public String expand(String template, MacroValues values) {
    if (template.indexOf('[') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '[' ? macroEnd(template, i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String name = template.substring(i + 1, close);
      String value = value(name, values);
      out.append(value == null ? template.substring(i, close + 1) : encode(value));
      i = close + 1;
    }
    return out.toString();
  }

  /** Index of the {@code ]} closing a macro name {@code [A-Z0-9_]+} opened at {@code open}. */
  private static int macroEnd(String s, int open) {
    int j = open + 1;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == ']') {
        return j > open + 1 ? j : -1;
      }
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return -1;
      }
      j++;
    }
    return -1;
  }

  /** The raw (unencoded) value of a macro, or {@code null} if the name is not one we handle. */
  @Nullable String value(String name, MacroValues v) {
    AdContext ad = v.ad();
    return switch (name) {
      // VAST 4.1 §6.2.1: a random 8-digit integer
      case "CACHEBUSTING" -> Integer.toString(rng().nextInt(10_000_000, 100_000_000));
      case "TIMESTAMP" -> TIMESTAMP.format(clock.instant());
      case "ERRORCODE" -> v.errorCode() == null ? "-2" : v.errorCode().toString();
      case "CONTENTPLAYHEAD", "MEDIAPLAYHEAD" -> playhead(v.contentPlayhead());
      case "ADPLAYHEAD" -> playhead(v.adPlayhead());
      case "ASSETURI" -> orUnknown(ad.assetUri());
      case "ADSERVINGID" -> orUnknown(ad.adServingId());
      case "UNIVERSALADID" -> orUnknown(ad.universalAdId());
      case "PODSEQUENCE" -> ad.podSequence() == null ? "-1" : ad.podSequence().toString();
      case "BREAKPOSITION" ->
          ad.breakPosition() == null ? "-1" : Integer.toString(ad.breakPosition().code());
      case "ADTYPE" -> "video";
      // VAST 4.1 §6.2.5: 1 = server-side, on behalf of the client (its UA/IP are forwarded)
      case "SERVERSIDE" -> "1";
      case "DEVICEUA" -> orUnknown(v.client().userAgent());
      case "IPADDRESS" -> orUnknown(v.client().clientIp());
      default -> UNKNOWN_ON_SERVER.contains(name) ? "-1" : null;
    };
  }

  private RandomGenerator rng() {
    RandomGenerator r = random;
    return r != null ? r : ThreadLocalRandom.current();
  }

  private static String orUnknown(@Nullable String s) {
    return s == null || s.isEmpty() ? "-1" : s;
  }

  /** {@code HH:MM:SS.mmm} (VAST 4.1 §6.2.2), or {@code -1} if unknown. */
  static String playhead(@Nullable MediaTime t) {
    if (t == null || t.isNegative()) {
      return "-1";
    }
    long ms = t.toMillis();
    return String.format(
        "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
  }

  /** Percent-encodes everything but RFC 3986 §2.3 unreserved characters (UTF-8). */
  static String encode(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 16);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        sb.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return sb.toString();
  }

  /**
   * Collapses {@code //} in the path of a URL to {@code /} (reference §7.2 "URL hygiene":
   * MediaTailor collapses double slashes in tracking URLs). The scheme's {@code //} and the query
   * are kept.
   */
  public static String collapseSlashes(String url) {
    int scheme = url.indexOf("://");
    int pathStart = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
    if (pathStart < 0) {
      return url;
    }
    int end = url.length();
    for (int i = pathStart; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    String path = url.substring(pathStart, end);
    if (!path.contains("//")) {
      return url;
    }
    return url.substring(0, pathStart) + path.replaceAll("/{2,}", "/") + url.substring(end);
  }
}
