package io.splicer.xml;

/**
 * Limits applied to every document read through {@link HardenedXml}.
 *
 * @param maxBytes the largest accepted document in bytes (default 1 MiB)
 * @param maxDepth the deepest accepted element nesting (default 64; VAST with VMAP around it needs
 *     about 16)
 */
public record XmlLimits(int maxBytes, int maxDepth) {

  public static final int DEFAULT_MAX_BYTES = 1 << 20;
  public static final int DEFAULT_MAX_DEPTH = 64;

  public XmlLimits {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: [" + maxBytes + "]");
    }
    if (maxDepth <= 0) {
      throw new IllegalArgumentException("maxDepth must be positive: [" + maxDepth + "]");
    }
  }

  public static XmlLimits defaults() {
    return new XmlLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
  }

  public XmlLimits withMaxBytes(int bytes) {
    return new XmlLimits(bytes, maxDepth);
  }

  public XmlLimits withMaxDepth(int depth) {
    return new XmlLimits(maxBytes, depth);
  }
}
