package io.splicer.stitch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in URLs shown to operators (the admin live view): every query parameter value and
 * any user-info become {@value #MASK}; names, host and path stay readable. ADS URLs often carry API
 * keys and viewer data in their query (RFC 3986 §3.4), so the live view never shows a value.
 * Stateless and thread-safe.
 */
final class UrlRedactor {

  static final String MASK = "***";

  /** An absolute http(s) URL inside free text (e.g. a failure detail). */
  private static final Pattern URL_IN_TEXT = Pattern.compile("https?://[^\\s\\]\\[\"'<>]+");

  private UrlRedactor() {}

  /** {@code https://u:p@h/p?k=v&f#x} → {@code https://***@h/p?k=***&f}. */
  static String url(String url) {
    String s = url.strip();
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash); // RFC 3986 §3.5: the fragment is not sent; drop it
    }
    int q = s.indexOf('?');
    String head = q < 0 ? s : s.substring(0, q);
    head = userInfo(head);
    if (q < 0) {
      return head;
    }
    StringBuilder out = new StringBuilder(head).append('?');
    String[] params = s.substring(q + 1).split("&", -1);
    for (int i = 0; i < params.length; i++) {
      if (i > 0) {
        out.append('&');
      }
      String p = params[i];
      int eq = p.indexOf('=');
      out.append(eq < 0 ? p : p.substring(0, eq + 1) + MASK);
    }
    return out.toString();
  }

  /** Masks every http(s) URL found in {@code text}. */
  static String text(String text) {
    Matcher m = URL_IN_TEXT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(url(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** RFC 3986 §3.2.1: user information in the authority is a credential. */
  private static String userInfo(String head) {
    int scheme = head.indexOf("://");
    if (scheme < 0) {
      return head;
    }
    int start = scheme + 3;
    int slash = head.indexOf('/', start);
    int end = slash < 0 ? head.length() : slash;
    int at = head.lastIndexOf('@', end - 1);
    if (at < start) {
      return head;
    }
    return head.substring(0, start) + MASK + head.substring(at);
  }
}
