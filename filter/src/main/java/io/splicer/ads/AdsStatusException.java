package io.splicer.ads;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** A non-2xx ADS response, carried through a future and classified as {@code HTTP_STATUS}. */
final class AdsStatusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  AdsStatusException(int status, URI uri) {
    super("ADS answered HTTP [" + status + "] for [" + uri + "]");
    this.status = status;
  }

  int status() {
    return status;
  }

  /** Carries a checked failure out of a future's stage. */
  static final class Wrapped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Wrapped(IOException cause) {
      super(cause);
    }
  }

  /** The root cause behind future wrappers. */
  static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException
            || c instanceof ExecutionException
            || c instanceof Wrapped)
        && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }
}
