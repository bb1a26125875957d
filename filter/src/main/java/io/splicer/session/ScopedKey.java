package io.splicer.session;

import io.splicer.core.SessionId;
import java.io.Serializable;

/**
 * A key of a per-session value: the session and a name within it (a playlist index for counters, a
 * break key for decisions, an event key for marks).
 *
 * @param session the owning session
 * @param name the name within the session and area
 */
public record ScopedKey(SessionId session, String name) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The counter key of media playlist {@code n}. */
  public static ScopedKey playlist(SessionId session, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("playlist index must not be negative: [" + n + "]");
    }
    return new ScopedKey(session, Integer.toString(n));
  }
}
