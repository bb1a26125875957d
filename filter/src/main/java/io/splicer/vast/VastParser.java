package io.splicer.vast;

import io.splicer.xml.XmlLimits;

/**
 * Parses VAST 2.0–4.3 and VMAP 1.0 documents into immutable domain records. Stateless and
 * thread-safe; failures are returned as IAB error codes, never thrown.
 */
public final class VastParser {

  private VastParser() {}

  /** Parses a VAST document leniently with the default limits. */
  public static VastParse parseVast(byte[] xml) {
    return parseVast(xml, XmlLimits.defaults(), false);
  }

  /**
   * Parses a VAST document.
   *
   * @param strict turn every tolerated issue (bad duration, missing required element) into error
   *     101
   */
  public static VastParse parseVast(byte[] xml, XmlLimits limits, boolean strict) {
    return VastParse.failed(
        VastError.document(IabErrorCode.UNDEFINED, "not implemented yet", java.util.List.of()));
  }

  /** Parses a VMAP document leniently with the default limits. */
  public static VmapParse parseVmap(byte[] xml) {
    return parseVmap(xml, XmlLimits.defaults(), false);
  }

  /** Parses a VMAP document. */
  public static VmapParse parseVmap(byte[] xml, XmlLimits limits, boolean strict) {
    return VmapParse.failed(
        VastError.document(IabErrorCode.UNDEFINED, "not implemented yet", java.util.List.of()));
  }
}
