package io.github.ascribe.corpus;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a lazy sequence of tasks on a fixed number of threads and hands back their results in input
 * order. At most {@code window} tasks are taken from the source and not yet handed back at any time,
 * so memory is bounded by the window, however long the source is; the source is read on the
 * consumer's thread, only when there is room in the window.
 *
 * <p>A task that throws an {@link Exception} must not: callers wrap their work so that failures are
 * values. An {@link Error} thrown by a task (out of memory, say) is rethrown by {@link #next()}.
 * Not thread-safe: one consumer thread. {@link #close()} stops the threads.
 *
 * @param <R> the result type
 */
final class OrderedExecution<R> implements Iterator<R>, AutoCloseable {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Iterator<? extends Callable<R>> source;
  private final int window;
  private final ExecutorService pool;
  private final ArrayDeque<Future<R>> inFlight;
  private boolean closed;

  /**
   * Starts the threads; nothing is read from the source until {@link #hasNext()} or {@link #next()}.
   *
   * @param source the tasks, read lazily in order
   * @param threads worker threads, at least 1
   * @param window the most tasks taken and not yet handed back, at least 1
   */
  OrderedExecution(Iterator<? extends Callable<R>> source, int threads, int window) {
    this.source = Objects.requireNonNull(source, "source");
    if (threads < 1 || window < 1) {
      throw new IllegalArgumentException("threads and window must be >= 1: " + threads + ", " + window);
    }
    this.window = window;
    this.inFlight = new ArrayDeque<>(window);
    int pool = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "ascribe-corpus-" + pool + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.pool = Executors.newFixedThreadPool(threads, factory);
  }

  private void fill() {
    while (!closed && inFlight.size() < window && source.hasNext()) {
      inFlight.add(pool.submit(source.next()));
    }
  }

  @Override
  public boolean hasNext() {
    fill();
    boolean more = !inFlight.isEmpty();
    if (!more) {
      close();
    }
    return more;
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Future<R> head = inFlight.poll();
    try {
      R r = getUninterruptibly(head);
      fill(); // keep the workers busy while the consumer handles r
      return r;
    } catch (ExecutionException e) {
      close();
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("a corpus task failed instead of returning a failure", cause);
    }
  }

  private static <R> R getUninterruptibly(Future<R> f) throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Cancels what is in flight and stops the threads. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (Future<R> f : inFlight) {
      f.cancel(true);
    }
    inFlight.clear();
    pool.shutdownNow();
  }
}
