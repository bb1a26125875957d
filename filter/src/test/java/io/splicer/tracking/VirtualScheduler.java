package io.splicer.tracking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Virtual time for retry tests: a clock that only moves when {@link #advance} is called, and a
 * {@link RetryScheduler} whose tasks run when virtual time reaches them.
 */
final class VirtualScheduler extends Clock implements RetryScheduler {

  private record Task(Instant due, long seq, Runnable run) {}

  private Instant now;
  private long seq;
  private final List<Task> tasks = new ArrayList<>();
  private final List<Duration> delays = new ArrayList<>();

  VirtualScheduler(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized void schedule(Runnable task, Duration delay) {
    delays.add(delay);
    tasks.add(new Task(now.plus(delay), seq++, task));
  }

  @Override
  public void close() {}

  /** Moves virtual time forward, running every task that becomes due (in due order). */
  void advance(Duration d) {
    Instant target;
    synchronized (this) {
      target = now.plus(d);
    }
    while (true) {
      Task next;
      synchronized (this) {
        next =
            tasks.stream()
                .filter(t -> !t.due().isAfter(target))
                .min(Comparator.comparing(Task::due).thenComparingLong(Task::seq))
                .orElse(null);
        if (next == null) {
          now = target;
          return;
        }
        tasks.remove(next);
        now = next.due();
      }
      next.run().run();
    }
  }

  synchronized int scheduled() {
    return tasks.size();
  }

  synchronized List<Duration> delays() {
    return List.copyOf(delays);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
