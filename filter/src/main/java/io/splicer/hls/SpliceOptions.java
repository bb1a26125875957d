package io.splicer.hls;

/**
 * Options of a splice.
 *
 * @param resolver URI hook
 * @param markerPassthrough keep EXT-X-CUE-OUT, EXT-X-CUE-IN and EXT-X-SPLICEPOINT-SCTE35 verbatim
 *     (MediaTailor "ad marker passthrough"); other cue tags are removed either way
 */
public record SpliceOptions(UriResolver resolver, boolean markerPassthrough) {

  public static SpliceOptions defaults() {
    return new SpliceOptions(UriResolver.identity(), false);
  }
}
