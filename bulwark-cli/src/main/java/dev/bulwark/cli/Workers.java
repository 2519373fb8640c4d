package dev.bulwark.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs per-file work on all cores. Worker threads get a large stack of their own, so deeply nested
 * Python parses the same however the JVM was started (-Xss only sizes threads that do not ask).
 */
final class Workers {

  // The parser accepts nesting as deep as CPython does, and the tree printer recurses as deep as
  // the tree; 64 MiB is address space reserved, and memory is used only as deep as a file goes.
  static final long STACK_BYTES = 64L * 1024 * 1024;

  private Workers() {}

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  static ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(threads, threadFactory());
  }

  /**
   * Applies {@code work} to every item in parallel and hands the results to {@code sink} in the
   * items' order, each as soon as it and all before it are done. {@code work} must not throw.
   */
  static <T, R> void mapInOrder(List<T> items, Function<T, R> work, Consumer<R> sink) {
    if (items.isEmpty()) {
      return;
    }
    ExecutorService pool = pool(Math.min(cores(), items.size()));
    try {
      List<Future<R>> pending = new ArrayList<>(items.size());
      for (T item : items) {
        pending.add(pool.submit(() -> work.apply(item)));
      }
      for (int i = 0; i < pending.size(); i++) {
        R result = await(pending.get(i));
        pending.set(i, null); // printed results need not stay in memory until the last one is
        sink.accept(result);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for workers", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("worker failed", e.getCause());
    }
  }

  private static ThreadFactory threadFactory() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(null, task, "bulwark-worker-" + count.incrementAndGet(), STACK_BYTES);
      // daemon: a stuck file must not keep the process alive after the command has answered
      thread.setDaemon(true);
      return thread;
    };
  }
}
