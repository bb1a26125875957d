package io.splicer.vast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A failure as data (design rule 7): the IAB code, a message with the offending value in {@code
 * [...]}, the ad concerned ({@code null} for the document), the ad's pod {@code sequence} and
 * {@code fallbackOnNoAd} (for buffet replacement), and every {@code <Error>} URL template of the
 * chain to fire with {@code [ERRORCODE]}.
 */
public record VastError(
    IabErrorCode code,
    String message,
    @Nullable String adId,
    @Nullable Integer sequence,
    boolean fallbackOnNoAd,
    List<String> errorUrls) {

  public VastError {
    errorUrls = List.copyOf(errorUrls);
  }

  /** A document-level error. */
  public static VastError document(IabErrorCode code, String message, List<String> errorUrls) {
    return new VastError(code, message, null, null, true, errorUrls);
  }
}
