package io.splicer.ads;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The viewer's {@code [player_params.*]} values (reference §1.3, §1.4): from the {@code ads.*}
 * query parameters of an implicit session (URL-decoded exactly once, prefix stripped) or from the
 * {@code adsParams} object of an explicit session (used as-is). Keys are looked up without regard
 * to case. Values are still viewer-supplied: the URL template encodes them so that they can never
 * change the ADS host or add parameters.
 */
public final class PlayerParams {

  private static final String PREFIX = "ads.";
  public static final PlayerParams EMPTY = new PlayerParams(Map.of());

  private final Map<String, String> values;

  private PlayerParams(Map<String, String> values) {
    TreeMap<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    map.putAll(values);
    this.values = Collections.unmodifiableMap(map);
  }

  /**
   * The {@code ads.*} parameters of a raw (still encoded) query string, each name and value decoded
   * once (variables-player: {@code ?ads.param1=value1%3A} gives {@code value1:}). Other parameters
   * are ignored (they go to the origin or to our URLs). The first of repeated names wins.
   */
  public static PlayerParams fromQuery(String rawQuery) {
    Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String name = decodeOnce(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decodeOnce(pair.substring(eq + 1));
        if (name.toLowerCase(Locale.ROOT).startsWith(PREFIX) && name.length() > PREFIX.length()) {
          map.putIfAbsent(name.substring(PREFIX.length()), value);
        }
      }
    }
    return new PlayerParams(map);
  }

  /** The {@code adsParams} object of an explicit session, as-is. */
  public static PlayerParams fromJson(Map<String, String> adsParams) {
    return new PlayerParams(adsParams);
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** All values, keyed case-insensitively. */
  public Map<String, String> asMap() {
    return values;
  }

  private static String decodeOnce(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformedEscape) {
      // A broken %-escape from a player: keep the text as sent rather than failing the session.
      return s;
    }
  }
}
