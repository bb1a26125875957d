package io.splicer.vast;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Ad tag URIs as found in the wild: relative, protocol-relative, with unescaped macro brackets. */
final class Uris {

  private static final String ILLEGAL = " \"<>{}|\\^`[]";

  private Uris() {}

  /**
   * Resolves an ad tag URI against the URI of the document that named it (VAST 4.3 §3.19.1 allows
   * relative VASTAdTagURIs in practice; RFC 3986 §5.2). Characters illegal in a URI (spaces,
   * brackets of unexpanded macros, non-ASCII) are percent-encoded first.
   *
   * @throws URISyntaxException with the offending value if it still cannot be read
   */
  static URI resolve(URI base, String reference) throws URISyntaxException {
    URI ref = new URI(escape(reference.strip()));
    return base.resolve(ref);
  }

  static String escape(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0x7e || c < 0x21 || ILLEGAL.indexOf(c) >= 0) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
          out.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
