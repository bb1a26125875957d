package io.splicer.vast;

/**
 * The IAB VAST error codes (VAST 4.3 §2.3.6.3 "VAST Error Codes"; 100–405 and 500–603 since VAST
 * 3.0, the rest added by VAST 4.x) and the VMAP 1.0 error codes (VMAP 1.0 §3.5, 1000–1008). They
 * replace {@code [ERRORCODE]} in {@code <Error>} URLs.
 */
public enum IabErrorCode {
  /** XML parsing error. */
  XML_PARSE(100),
  /** VAST schema validation error. */
  SCHEMA_VALIDATION(101),
  /** VAST version of response not supported. */
  VERSION_UNSUPPORTED(102),
  /** Trafficking error: an ad type the player cannot display. */
  TRAFFICKING(200),
  /** Expecting different linearity. */
  UNEXPECTED_LINEARITY(201),
  /** Expecting different duration. */
  UNEXPECTED_DURATION(202),
  /** Expecting different size. */
  UNEXPECTED_SIZE(203),
  /** Ad category was required but not provided. */
  CATEGORY_REQUIRED(204),
  /** InLine category violates the Wrapper's BlockedAdCategories. */
  CATEGORY_BLOCKED(205),
  /** Ad break shortened; ad not served. */
  BREAK_SHORTENED(206),
  /** General Wrapper error. */
  WRAPPER(300),
  /** Timeout (or unavailability) of the VAST URI of a Wrapper. */
  WRAPPER_TIMEOUT(301),
  /** Wrapper limit reached: too many Wrappers with no InLine. */
  WRAPPER_LIMIT(302),
  /** No VAST response (no ads) after one or more Wrappers. */
  NO_ADS(303),
  /** InLine ad failed to display within the time limit. */
  INLINE_DISPLAY_TIMEOUT(304),
  /** General Linear error. */
  LINEAR(400),
  /** File not found: MediaFile URI unavailable. */
  MEDIA_FILE_NOT_FOUND(401),
  /** Timeout of MediaFile URI. */
  MEDIA_FILE_TIMEOUT(402),
  /** No MediaFile supported by the player (by its attributes). */
  NO_SUPPORTED_MEDIA_FILE(403),
  /** Problem displaying a MediaFile. */
  MEDIA_FILE_DISPLAY(405),
  /** Mezzanine required but not provided. */
  MEZZANINE_REQUIRED(406),
  /** Mezzanine is being downloaded for the first time. */
  MEZZANINE_DOWNLOADING(407),
  /** Conditional ad rejected. */
  CONDITIONAL_AD_REJECTED(408),
  /** InteractiveCreativeFile not executed. */
  INTERACTIVE_NOT_EXECUTED(409),
  /** Verification unit not executed. */
  VERIFICATION_NOT_EXECUTED(410),
  /** Mezzanine provided but not meeting the specification. */
  MEZZANINE_INVALID(411),
  /** General NonLinearAds error. */
  NONLINEAR(500),
  /** NonLinear dimensions do not fit. */
  NONLINEAR_SIZE(501),
  /** Unable to fetch NonLinearAds resource. */
  NONLINEAR_FETCH(502),
  /** No supported NonLinear resource type. */
  NONLINEAR_UNSUPPORTED(503),
  /** General CompanionAds error. */
  COMPANION(600),
  /** Companion dimensions do not fit. */
  COMPANION_SIZE(601),
  /** Required companion could not be displayed. */
  COMPANION_REQUIRED(602),
  /** Unable to fetch CompanionAds resource. */
  COMPANION_FETCH(603),
  /** No supported Companion resource type. */
  COMPANION_UNSUPPORTED(604),
  /** Undefined error. */
  UNDEFINED(900),
  /** General VPAID error. */
  VPAID(901),
  /** General InteractiveCreativeFile error. */
  INTERACTIVE(902),
  /** VMAP schema error. */
  VMAP_SCHEMA(1000),
  /** VMAP version of response not supported. */
  VMAP_VERSION_UNSUPPORTED(1001),
  /** VMAP parsing error. */
  VMAP_PARSE(1002),
  /** AdBreak type not supported. */
  VMAP_BREAK_TYPE_UNSUPPORTED(1003),
  /** General ad response document error. */
  VMAP_AD_RESPONSE(1004),
  /** Ad response template type not supported. */
  VMAP_TEMPLATE_UNSUPPORTED(1005),
  /** Ad response document extraction or parsing error. */
  VMAP_AD_RESPONSE_PARSE(1006),
  /** Ad response document retrieval timeout. */
  VMAP_AD_RESPONSE_TIMEOUT(1007),
  /** Ad response document retrieval error. */
  VMAP_AD_RESPONSE_RETRIEVAL(1008);

  private final int code;

  IabErrorCode(int code) {
    this.code = code;
  }

  /** The numeric code, as substituted for {@code [ERRORCODE]}. */
  public int code() {
    return code;
  }

  /** The constant with this numeric code, or {@link #UNDEFINED}. */
  public static IabErrorCode of(int code) {
    for (IabErrorCode c : values()) {
      if (c.code == code) {
        return c;
      }
    }
    return UNDEFINED;
  }
}
