package io.splicer.stitch;

/** The manifest formats the pipeline understands. */
public enum ManifestType {
  /** HLS playlist (RFC 8216), multivariant or media. */
  HLS,
  /** DASH MPD (ISO/IEC 23009-1). */
  DASH
}
