package io.splicer.admin.api;

import io.splicer.config.ConfigurationValidator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * MediaTailor-style opaque {@code NextToken}: the base64url of {@code v1:<last name of the page>}.
 * Names sort stably, so a token stays meaningful while configurations are added or removed (a page
 * may then hold fewer items, as MediaTailor's may).
 */
final class PageToken {

  private static final String PREFIX = "v1:";

  private PageToken() {}

  static String encode(String lastName) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + lastName).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws ApiException 400 when the token was not made by {@link #encode}
   */
  static String decode(String token) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "invalid NextToken");
    }
    String name = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : "";
    if (!ConfigurationValidator.isValidName(name)) {
      throw new ApiException(400, "invalid NextToken");
    }
    return name;
  }
}
