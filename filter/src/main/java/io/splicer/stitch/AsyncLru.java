package io.splicer.stitch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A bounded LRU map of asynchronously loaded values, single-flight per key: concurrent loads of one
 * key share one future; a failed load is forgotten, so a later call tries again. Used by the
 * creative catalogs of both formats. Thread-safe.
 *
 * @param <T> the loaded value
 */
final class AsyncLru<T> {

  private final int maxEntries;
  private final Map<String, CompletableFuture<T>> entries;

  AsyncLru(int maxEntries) {
    this.maxEntries = maxEntries;
    this.entries = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** The value of {@code key}, loading it with {@code loader} unless cached or loading. */
  CompletableFuture<T> load(String key, Function<String, CompletableFuture<T>> loader) {
    CompletableFuture<T> mine = new CompletableFuture<>();
    CompletableFuture<T> found;
    synchronized (entries) {
      found = entries.get(key);
      if (found == null) {
        entries.put(key, mine);
        if (entries.size() > maxEntries) {
          String eldest = entries.keySet().iterator().next();
          entries.remove(eldest);
        }
      }
    }
    if (found != null) {
      return found;
    }
    CompletableFuture<T> loading;
    try {
      loading = loader.apply(key);
    } catch (RuntimeException e) {
      loading = CompletableFuture.failedFuture(e);
    }
    loading.whenComplete(
        (v, e) -> {
          if (e != null) {
            synchronized (entries) {
              entries.remove(key, mine);
            }
            mine.completeExceptionally(e);
          } else {
            mine.complete(v);
          }
        });
    return mine;
  }

  /** A loaded value, without loading. */
  Optional<T> peek(String key) {
    CompletableFuture<T> f;
    synchronized (entries) {
      f = entries.get(key);
    }
    return f != null && f.isDone() && !f.isCompletedExceptionally()
        ? Optional.of(f.join())
        : Optional.empty();
  }
}
