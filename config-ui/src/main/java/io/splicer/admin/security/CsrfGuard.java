package io.splicer.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cross-site request forgery defence by origin (OWASP CSRF cheat sheet, "verifying origin with
 * standard headers"; RFC 6454 §7): a state-changing request whose {@code Origin} header, or lacking
 * it its {@code Referer}, names another origin than the request's own is refused, whatever its
 * credentials. Requests with neither header (command-line clients) pass; browsers always send
 * {@code Origin} on cross-origin {@code POST}/{@code PUT}/{@code DELETE}. Stateless.
 */
public final class CsrfGuard {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private CsrfGuard() {}

  /** Whether the method cannot change state (RFC 9110 §9.2.1). */
  public static boolean isSafe(String method) {
    return SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether the request may proceed: a safe method, or same-origin (or origin-less) headers.
   *
   * @return {@code null} if allowed, else the reason (without header values)
   */
  public static @Nullable String check(HttpServletRequest req) {
    if (isSafe(req.getMethod())) {
      return null;
    }
    String self = origin(req.getScheme(), req.getServerName(), req.getServerPort());
    String origin = req.getHeader("Origin");
    if (origin != null) {
      return self.equals(normalise(origin)) ? null : "cross-origin request refused (Origin)";
    }
    String referer = req.getHeader("Referer");
    if (referer != null) {
      return self.equals(normalise(referer)) ? null : "cross-origin request refused (Referer)";
    }
    return null;
  }

  /** scheme://host[:port] of a URL, lower-cased, default port omitted; "" if unusable. */
  static String normalise(String url) {
    try {
      URI u = new URI(url.trim());
      if (u.getScheme() == null || u.getHost() == null) {
        return ""; // "null" (opaque origin) or garbage never matches
      }
      return origin(u.getScheme(), u.getHost(), u.getPort());
    } catch (java.net.URISyntaxException e) {
      return "";
    }
  }

  private static String origin(String scheme, String host, int port) {
    String s = scheme.toLowerCase(Locale.ROOT);
    String h = host.toLowerCase(Locale.ROOT);
    if (h.contains(":") && !h.startsWith("[")) {
      h = "[" + h + "]";
    }
    boolean defaultPort =
        port < 0 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
    return s + "://" + h + (defaultPort ? "" : ":" + port);
  }
}
