package io.splicer.ads;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ADS URL template with {@code [name]} dynamic variables ({@code AdDecisionServerUrl}, reference
 * §1.4). Parse once per configuration, {@link #expand} per request; thread-safe.
 *
 * <p>Values are URL-encoded according to where the variable stands, so that a viewer-supplied value
 * can never change the host or add parameters (design §1): in the query only RFC 3986 unreserved
 * characters and {@code : @ / , ! * ' ( )} stay literal ({@code & = + ; # ?} and the rest are
 * {@code %XX}); elsewhere only unreserved characters. {@code player_params.*} and {@code asset.*}
 * values arrive in the form MediaTailor passes through (decoded once / as-is / still encoded), so
 * their valid {@code %XX} escapes are kept as they are. Viewer values are refused in the authority
 * (host) part. An unknown or unresolved variable becomes the empty string and is reported ({@code
 * WARNING_URL_VARIABLE_SUBSTITUTION_FAILED}). Brackets that do not hold a {@code family.name} (an
 * IPv6 literal such as {@code [::1]}) are kept as text.
 */
public final class UrlTemplate {

  /** {@code family.rest}: starts with a letter, has a dot, no brackets or white space. */
  private static final Pattern VARIABLE =
      Pattern.compile("[A-Za-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.\\-]+");

  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
  private static final String QUERY_SAFE = UNRESERVED + ":@/,!*'()";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  enum Context {
    AUTHORITY,
    PATH,
    QUERY,
    FRAGMENT
  }

  /** A literal piece of text, or a variable standing in a context. */
  private record Part(String text, boolean variable, Context context) {}

  /**
   * The result of one expansion.
   *
   * @param uri the expanded URL, or empty when it is not a valid absolute URL or its host differs
   *     from the template's
   * @param text the expanded text (for logs: MediaTailor's {@code adsRequestUrl})
   * @param unresolved the names of the variables that became empty, in template order
   * @param problem why {@code uri} is empty, with the offending value in {@code [...]}
   */
  public record Expansion(
      Optional<URI> uri, String text, List<String> unresolved, Optional<String> problem) {
    public Expansion {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(text, "text");
      unresolved = List.copyOf(unresolved);
      Objects.requireNonNull(problem, "problem");
    }
  }

  private final String template;
  private final List<Part> parts;
  private final Optional<String> literalHost;

  private UrlTemplate(String template, List<Part> parts, Optional<String> literalHost) {
    this.template = template;
    this.parts = List.copyOf(parts);
    this.literalHost = literalHost;
  }

  public static UrlTemplate parse(String template) {
    Objects.requireNonNull(template, "template");
    int schemeEnd = template.indexOf("://");
    int authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
    int authorityEnd = indexOfAny(template, "/?#", authorityStart);
    int queryStart = indexOfAny(template, "?#", authorityEnd);
    int fragmentStart = indexOfAny(template, "#", authorityEnd);
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    boolean authorityHasVariable = false;
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '[' ? template.indexOf(']', i + 1) : -1;
      if (close > 0 && VARIABLE.matcher(template.substring(i + 1, close)).matches()) {
        Context ctx =
            i < authorityEnd
                ? Context.AUTHORITY
                : i < queryStart
                    ? Context.PATH
                    : i < fragmentStart ? Context.QUERY : Context.FRAGMENT;
        authorityHasVariable |= ctx == Context.AUTHORITY;
        flush(literal, parts);
        parts.add(new Part(template.substring(i + 1, close), true, ctx));
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    flush(literal, parts);
    Optional<String> host =
        authorityHasVariable
            ? Optional.empty()
            : hostOf(template.substring(0, Math.min(authorityEnd, template.length())));
    return new UrlTemplate(template, parts, host);
  }

  /** The template text as configured. */
  public String template() {
    return template;
  }

  /** The variable names of the template, in order (duplicates kept). */
  public List<String> variableNames() {
    return parts.stream().filter(Part::variable).map(Part::text).toList();
  }

  /** Expands the template for one request; {@code avail.random} is drawn once per expansion. */
  public Expansion expand(AdsVariables variables) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    List<String> unresolved = new ArrayList<>();
    Map<String, Optional<AdsVariables.Value>> drawn = new HashMap<>();
    for (Part part : parts) {
      if (!part.variable()) {
        out.append(part.text());
        continue;
      }
      Optional<AdsVariables.Value> value = drawn.computeIfAbsent(part.text(), variables::resolve);
      if (value.isEmpty() || (part.context() == Context.AUTHORITY && value.get().viewerEncoded())) {
        unresolved.add(part.text());
      } else {
        encode(value.get(), part.context(), out);
      }
    }
    return finish(out.toString(), unresolved);
  }

  private Expansion finish(String text, List<String> unresolved) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return failed(text, unresolved, "not a URL: [" + text + "] (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return failed(text, unresolved, "not an http(s) URL: [" + text + "]");
    }
    if (uri.getHost() == null) {
      return failed(text, unresolved, "no host in: [" + text + "]");
    }
    if (literalHost.isPresent() && !literalHost.get().equalsIgnoreCase(uri.getHost())) {
      // Defence in depth: encoding already makes this impossible.
      return failed(text, unresolved, "host changed to: [" + uri.getHost() + "]");
    }
    return new Expansion(Optional.of(uri), text, unresolved, Optional.empty());
  }

  private static Expansion failed(String text, List<String> unresolved, String problem) {
    return new Expansion(Optional.empty(), text, unresolved, Optional.of(problem));
  }

  @Override
  public String toString() {
    return template;
  }

  static void encode(AdsVariables.Value value, Context context, StringBuilder out) {
    String safe = context == Context.QUERY ? QUERY_SAFE : UNRESERVED;
    String s = value.text();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (safe.indexOf(c) >= 0) {
        out.append(c);
      } else if (c == '%' && value.viewerEncoded() && isEscape(s, i)) {
        out.append(s, i, i + 3);
        i += 2;
      } else {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp) - 1;
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
      }
    }
  }

  private static boolean isEscape(String s, int i) {
    return i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = Math.max(from, 0); i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  private static void flush(StringBuilder literal, List<Part> parts) {
    if (literal.length() > 0) {
      parts.add(new Part(literal.toString(), false, Context.PATH));
      literal.setLength(0);
    }
  }

  private static Optional<String> hostOf(String schemeAndAuthority) {
    try {
      return Optional.ofNullable(new URI(schemeAndAuthority).getHost())
          .map(h -> h.toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
