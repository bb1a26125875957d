package io.splicer.web;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a personalised media playlist path {@code {hash}/{config}/{session}/{n}.m3u8} (below
 * {@code /v1/manifest/}): the same language as {@code ([^/]+)/([^/]+)/([0-9a-fA-F-]{36})/(\d{1,6})
 * \.m3u8}, read by hand because every playlist refresh parses one.
 *
 * @param hash the deployment hash, as written
 * @param config the configuration name, still percent-encoded
 * @param session the 36 characters of the session id (hex digits and dashes, not yet validated)
 * @param n the playlist number (1 to 6 digits)
 */
record MediaPath(String hash, String config, String session, int n) {

  private static final int SESSION_CHARS = 36;
  private static final int MAX_DIGITS = 6;
  private static final String SUFFIX = ".m3u8";

  /** The parts of {@code path} from {@code from} on, or null when it is not of that form. */
  static @Nullable MediaPath parse(String path, int from) {
    int a = path.indexOf('/', from);
    int b = a < 0 ? -1 : path.indexOf('/', a + 1);
    int c = b < 0 ? -1 : path.indexOf('/', b + 1);
    if (a <= from || b <= a + 1 || c - b - 1 != SESSION_CHARS || path.indexOf('/', c + 1) >= 0) {
      return null;
    }
    for (int i = b + 1; i < c; i++) {
      if (!hexOrDash(path.charAt(i))) {
        return null;
      }
    }
    int digitsEnd = path.length() - SUFFIX.length();
    int digits = digitsEnd - (c + 1);
    if (digits < 1 || digits > MAX_DIGITS || !path.startsWith(SUFFIX, digitsEnd)) {
      return null;
    }
    int n = 0;
    for (int i = c + 1; i < digitsEnd; i++) {
      char d = path.charAt(i);
      if (d < '0' || d > '9') {
        return null;
      }
      n = n * 10 + (d - '0');
    }
    return new MediaPath(
        path.substring(from, a), path.substring(a + 1, b), path.substring(b + 1, c), n);
  }

  private static boolean hexOrDash(char ch) {
    return (ch >= '0' && ch <= '9')
        || (ch >= 'a' && ch <= 'f')
        || (ch >= 'A' && ch <= 'F')
        || ch == '-';
  }
}
