package io.splicer.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * URL checks shared by the configuration fields. URLs here are templates: {@code [variable]}
 * placeholders (reference §1.4) may appear anywhere, including the host, where each must then be a
 * {@code ConfigurationAliases} key. Loopback, private and plain-HTTP hosts are allowed (design.md
 * §1).
 */
final class UrlRules {

  private UrlRules() {}

  static final String ORIGIN_FORMS =
      "must be http(s)://host/prefix/, context:/name/prefix/ or /prefix/";

  private static final Pattern HTTP = Pattern.compile("(?i)^https?://([^/?#]*)(.*)$");
  private static final Pattern CONTEXT = Pattern.compile("^context:/([^/]+)(/.*)?$");
  private static final Pattern VARIABLE = Pattern.compile("\\[([A-Za-z_][A-Za-z0-9_.]*)\\]");
  private static final Pattern HOST_CHARS = Pattern.compile("[A-Za-z0-9.\\-:\\[\\]%_]+");

  /** An absolute http(s) URL template. */
  static void httpUrl(
      @Nullable String url,
      int maxLength,
      String pointer,
      @Nullable Map<String, Map<String, String>> aliases,
      List<ConfigError> errors) {
    if (url == null || !basics(url, maxLength, pointer, errors)) {
      return;
    }
    Matcher m = HTTP.matcher(url);
    if (!m.matches()) {
      errors.add(new ConfigError(pointer, "must be an http:// or https:// URL " + shown(url)));
      return;
    }
    host(m.group(1), pointer, aliases, errors);
  }

  /** An absolute http(s) URL template or a path of this webapp ({@code /...}). */
  static void httpUrlOrPath(
      @Nullable String url,
      int maxLength,
      String pointer,
      @Nullable Map<String, Map<String, String>> aliases,
      List<ConfigError> errors) {
    if (url != null && isRootPath(url)) {
      basics(url, maxLength, pointer, errors);
      return;
    }
    if (url != null && !HTTP.matcher(url).matches()) {
      errors.add(new ConfigError(pointer, "must be an http(s):// URL or a /path " + shown(url)));
      return;
    }
    httpUrl(url, maxLength, pointer, aliases, errors);
  }

  /** {@code VideoContentSourceUrl}: one of the three origin forms of design.md §1. */
  static void origin(
      String url,
      int maxLength,
      String pointer,
      @Nullable Map<String, Map<String, String>> aliases,
      List<ConfigError> errors) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      httpUrl(url, maxLength, pointer, aliases, errors);
    } else if (url.startsWith("context:")) {
      if (basics(url, maxLength, pointer, errors) && !CONTEXT.matcher(url).matches()) {
        errors.add(new ConfigError(pointer, ORIGIN_FORMS + " " + shown(url)));
      }
    } else if (isRootPath(url)) {
      basics(url, maxLength, pointer, errors);
    } else {
      errors.add(new ConfigError(pointer, ORIGIN_FORMS + " " + shown(url)));
    }
  }

  private static boolean isRootPath(String url) {
    return url.startsWith("/") && !url.startsWith("//");
  }

  /** Length, emptiness and whitespace; false when an error was added. */
  private static boolean basics(String url, int maxLength, String pointer, List<ConfigError> e) {
    if (url.isEmpty()) {
      e.add(new ConfigError(pointer, "must not be empty"));
      return false;
    }
    if (url.length() > maxLength) {
      e.add(
          new ConfigError(
              pointer,
              "must be at most " + maxLength + " characters [" + url.length() + " characters]"));
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        e.add(
            new ConfigError(
                pointer, "must not contain whitespace or control characters " + shown(url)));
        return false;
      }
    }
    return true;
  }

  private static void host(
      String host,
      String pointer,
      @Nullable Map<String, Map<String, String>> aliases,
      List<ConfigError> errors) {
    Matcher v = VARIABLE.matcher(host);
    while (v.find()) {
      String name = v.group(1);
      if (aliases == null || !aliases.containsKey(name)) {
        // variables-domains: every variable in a domain must be a ConfigurationAliases key
        errors.add(
            new ConfigError(
                pointer,
                "variable [" + name + "] in the host must be a key of /ConfigurationAliases"));
      }
    }
    String literal = VARIABLE.matcher(host).replaceAll("x");
    if (host.isEmpty() || !HOST_CHARS.matcher(literal).matches()) {
      errors.add(new ConfigError(pointer, "has no valid host [" + host + "]"));
    }
  }

  static String shown(String value) {
    return "[" + (value.length() > 120 ? value.substring(0, 117) + "..." : value) + "]";
  }
}
