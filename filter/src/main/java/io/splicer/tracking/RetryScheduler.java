package io.splicer.tracking;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs retries later. Production uses one daemon thread ({@link #daemon()}); tests inject a
 * virtual-time scheduler so backoffs of minutes cost nothing.
 */
public interface RetryScheduler extends AutoCloseable {

  /** Runs {@code task} after {@code delay}; must not run it on the calling thread. */
  void schedule(Runnable task, Duration delay);

  /** Stops running tasks; pending ones are dropped. */
  @Override
  void close();

  /** A scheduler on one daemon thread named {@code splicer-beacon-retry}. */
  static RetryScheduler daemon() {
    ScheduledThreadPoolExecutor exec =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "splicer-beacon-retry");
              t.setDaemon(true);
              return t;
            });
    exec.setRemoveOnCancelPolicy(true);
    return of(exec);
  }

  /** Adapts an executor (closing the scheduler shuts it down). */
  static RetryScheduler of(ScheduledExecutorService exec) {
    return new RetryScheduler() {
      @Override
      public void schedule(Runnable task, Duration delay) {
        exec.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
      }

      @Override
      public void close() {
        exec.shutdownNow();
      }
    };
  }
}
