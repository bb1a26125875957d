package io.splicer.session;

/** The per-session value areas of a {@link SessionStore}; each may be sized separately. */
public enum StoreArea {
  /** Live counters per media playlist (the {@code hls}/{@code dash} state records). */
  COUNTER,
  /** Memoised per-break decisions. */
  DECISION,
  /** Once-only marks (beacon de-duplication). */
  MARK
}
