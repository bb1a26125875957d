package io.splicer.session;

/**
 * A session-initialisation parameter that breaks a rule of reference §1.3 (manifest parameter
 * characters or length, a bad {@code reportingMode}, a malformed JSON body …). The web layer
 * answers it with HTTP 400, as MediaTailor does for invalid session parameters.
 */
public final class SessionParamException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String value;

  /**
   * @param path where: a query parameter name ({@code manifest.test}) or a JSON pointer ({@code
   *     /manifestParams/test})
   * @param value the offending value (shown in {@code [...]})
   * @param reason what is wrong
   */
  public SessionParamException(String path, String value, String reason) {
    super(path + ": " + reason + " [" + abbreviate(value) + "]");
    this.path = path;
    this.value = value;
  }

  public String path() {
    return path;
  }

  public String value() {
    return value;
  }

  private static String abbreviate(String v) {
    return v.length() <= 200 ? v : v.substring(0, 200) + "…";
  }
}
