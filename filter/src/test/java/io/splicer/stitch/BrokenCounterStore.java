package io.splicer.stitch;

import io.splicer.core.SessionId;
import io.splicer.session.InMemorySessionStore;
import io.splicer.session.ScopedKey;
import io.splicer.session.Session;
import io.splicer.session.SessionStore;
import io.splicer.session.StoreArea;
import java.io.Serializable;
import java.util.Optional;

/** An in-memory store whose counter writes throw: an unexpected fault inside stitching. */
final class BrokenCounterStore implements SessionStore {

  private final InMemorySessionStore d = new InMemorySessionStore();

  @Override
  public Optional<Session> getSession(SessionId id) {
    return d.getSession(id);
  }

  @Override
  public void putSession(Session session) {
    d.putSession(session);
  }

  @Override
  public boolean putSessionIfAbsent(Session session) {
    return d.putSessionIfAbsent(session);
  }

  @Override
  public boolean replaceSession(Session expected, Session update) {
    return d.replaceSession(expected, update);
  }

  @Override
  public boolean removeSession(SessionId id) {
    return d.removeSession(id);
  }

  @Override
  public Optional<Serializable> get(StoreArea area, ScopedKey key) {
    return d.get(area, key);
  }

  @Override
  public void put(StoreArea area, ScopedKey key, Serializable value) {
    d.put(area, key, value);
  }

  @Override
  public Optional<Serializable> putIfAbsent(StoreArea area, ScopedKey key, Serializable value) {
    if (area == StoreArea.COUNTER) {
      throw new IllegalStateException("store down");
    }
    return d.putIfAbsent(area, key, value);
  }

  @Override
  public boolean replace(
      StoreArea area, ScopedKey key, Serializable expected, Serializable update) {
    return d.replace(area, key, expected, update);
  }

  @Override
  public boolean remove(StoreArea area, ScopedKey key) {
    return d.remove(area, key);
  }

  @Override
  public void close() {
    d.close();
  }
}
