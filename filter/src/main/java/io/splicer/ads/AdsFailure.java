package io.splicer.ads;

import io.splicer.vast.IabErrorCode;
import java.util.Objects;

/**
 * Why the ADS gave no usable ads: a timeout, an HTTP error, an empty or malformed response. The
 * stitcher reacts with slate or content (reference §5.1 matrix); never an exception.
 *
 * @param kind the class of failure
 * @param code the IAB VAST error code to report through the response's {@code <Error>} URLs
 * @param detail a short human-readable description with the offending value in {@code [...]}
 */
public record AdsFailure(Kind kind, IabErrorCode code, String detail) {

  public AdsFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detail, "detail");
  }

  /** A failure with the kind's usual IAB code. */
  public static AdsFailure of(Kind kind, String detail) {
    return new AdsFailure(kind, kind.defaultCode(), detail);
  }

  /** Classes of ADS failure, with MediaTailor's log event names. */
  public enum Kind {
    /** {@code ERROR_ADS_TIMEOUT}: per-request or total time budget exceeded. */
    TIMEOUT,
    /** {@code ERROR_ADS_INVALID_RESPONSE}: non-200 status. */
    HTTP_STATUS,
    /** {@code ERROR_ADS_IO}: connection refused, reset, unknown host. */
    IO,
    /** {@code EMPTY_VAST_RESPONSE} / {@code EMPTY_VMAP_RESPONSE}: no ads. */
    EMPTY,
    /** {@code ERROR_ADS_RESPONSE_PARSE} / {@code ERROR_ADS_RESPONSE_UNKNOWN_ROOT_ELEMENT}. */
    MALFORMED,
    /** The response body exceeded the size cap. */
    TOO_LARGE,
    /** Wrapper chain failed ({@code ERROR_VAST_REDIRECT_*}, depth exceeded). */
    WRAPPER,
    /** The request could not be built (bad template, disallowed host). */
    REQUEST;

    /**
     * The IAB code (VAST 4.3 §2.3.6.3): 301 when the ad tag URI was unavailable or timed out, 303
     * for no ads, 100 when the response could not be read as XML, 900 otherwise.
     */
    public IabErrorCode defaultCode() {
      return switch (this) {
        case TIMEOUT, HTTP_STATUS, IO -> IabErrorCode.WRAPPER_TIMEOUT;
        case EMPTY -> IabErrorCode.NO_ADS;
        case MALFORMED, TOO_LARGE -> IabErrorCode.XML_PARSE;
        case WRAPPER -> IabErrorCode.WRAPPER;
        case REQUEST -> IabErrorCode.UNDEFINED;
      };
    }
  }
}
