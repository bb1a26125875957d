package io.splicer.stitch;

/** The origin's manifest cannot be parsed; the filter answers 502 Bad Gateway. */
public final class UnparseableManifestException extends Exception {

  private static final long serialVersionUID = 1L;

  public UnparseableManifestException(String message) {
    super(message);
  }

  public UnparseableManifestException(String message, Throwable cause) {
    super(message, cause);
  }
}
