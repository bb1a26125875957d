package io.splicer.session;

/**
 * MediaTailor's manifest query parameter rules (reference §1.3;
 * "parameter-comprehensive-reference"): raw characters only {@code A-Z a-z 0-9 . - _ \}; anything
 * else (notably {@code : ? & = % /}) only as a valid {@code %XX} escape, which also rules out
 * {@code %%%} and {@code ==}; no full URLs as values; all keys plus values together at most {@value
 * #MAX_TOTAL_CHARS} characters.
 */
final class ManifestParamRules {

  static final int MAX_TOTAL_CHARS = 2000;

  private ManifestParamRules() {}

  /**
   * Checks one encoded name or value.
   *
   * @throws SessionParamException naming {@code path} and the offending text
   */
  static void checkEncoded(String path, String encoded) {
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (!QueryCodec.isEscape(encoded, i)) {
          throw new SessionParamException(path, encoded, "'%' must start a %XX escape");
        }
        i += 2;
      } else if (!QueryCodec.isUnreservedAlnum(c)
          && c != '.'
          && c != '-'
          && c != '_'
          && c != '\\') {
        throw new SessionParamException(
            path, encoded, "character '" + c + "' must be URL-encoded in manifest parameters");
      }
    }
  }

  /** Rejects a value that is a full URL once decoded ("full URLs are not allowed as values"). */
  static void checkNotUrl(String path, String decodedValue) {
    if (decodedValue.contains("://")) {
      throw new SessionParamException(path, decodedValue, "full URLs are not allowed as values");
    }
  }

  static void checkTotal(String path, int total) {
    if (total > MAX_TOTAL_CHARS) {
      throw new SessionParamException(
          path,
          Integer.toString(total),
          "manifest parameters exceed " + MAX_TOTAL_CHARS + " characters in total");
    }
  }
}
