package io.splicer.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.splicer.core.SessionId;
import io.splicer.session.ScopedKey;
import io.splicer.session.StoreArea;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A stored value that no longer decodes (a stored shape this version cannot read, e.g. after an
 * upgrade with an off-heap or clustered store) is absent, not an error: the decision is made again.
 */
class UndecodableValueTest {

  private static final SessionCacheSettings SMALL =
      new SessionCacheSettings(10, 1, 10, 1, Duration.ofHours(6), Duration.ofHours(1), null);

  /** Serializes fine, never deserializes (what an incompatible stored shape does). */
  static final class Unreadable implements Serializable {
    private static final long serialVersionUID = 1L;

    private void readObject(ObjectInputStream in) throws IOException {
      throw new InvalidObjectException("stored shape not readable");
    }
  }

  private final JCacheSessionStore store =
      JCacheSessionStore.open(
          "undecodable-" + UUID.randomUUID(), SMALL, getClass().getClassLoader());

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void get_offHeapValueThatCannotBeDecoded_isAbsentAndReplaceable() {
    ScopedKey key = new ScopedKey(SessionId.random(), "vod");
    store.put(StoreArea.DECISION, key, new Unreadable());
    for (int i = 0; i < 50; i++) { // push the entry out of the 10-entry heap tier
      store.put(StoreArea.DECISION, new ScopedKey(SessionId.random(), "b" + i), "d" + i);
    }
    assertEquals(Optional.empty(), store.get(StoreArea.DECISION, key));
    assertEquals(Optional.empty(), store.putIfAbsent(StoreArea.DECISION, key, "fresh"));
    assertEquals(Optional.of("fresh"), store.get(StoreArea.DECISION, key));
  }

  @Test
  void replace_offHeapValueThatCannotBeDecoded_failsAndLeavesItAbsent() {
    ScopedKey key = ScopedKey.playlist(SessionId.random(), 0);
    store.put(StoreArea.COUNTER, key, new Unreadable());
    for (int i = 0; i < 50; i++) {
      store.put(StoreArea.COUNTER, ScopedKey.playlist(SessionId.random(), i), "c" + i);
    }
    assertEquals(false, store.replace(StoreArea.COUNTER, key, "old", "new"));
    assertEquals(Optional.empty(), store.get(StoreArea.COUNTER, key));
  }
}
