package dev.bulwark.cli;

import dev.bulwark.python.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** One timed pass of the parser over a whole corpus, on a given number of threads. */
final class ParseRun {

  /** What a pass saw; a benchmark whose parser broke must say so rather than print a rate. */
  record Outcome(long nanos, int syntaxErrors, int failures, String firstFailure, long checksum) {}

  private final Corpus corpus;
  private final ParserFunction parser;
  private final ExecutorService pool;
  private final int threads;

  ParseRun(Corpus corpus, ParserFunction parser, ExecutorService pool, int threads) {
    this.corpus = corpus;
    this.parser = parser;
    this.pool = pool;
    this.threads = threads;
  }

  Outcome once() throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger syntaxErrors = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    List<Future<Long>> workers = new ArrayList<>(threads);
    long start = System.nanoTime();
    // Each thread takes the next file until none is left: no per-file task objects, no idle thread.
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        long checksum = 0;
        List<Corpus.Source> sources = corpus.sources();
        for (int i = next.getAndIncrement(); i < sources.size(); i = next.getAndIncrement()) {
          Corpus.Source source = sources.get(i);
          try {
            ParseResult result = parser.parse(source.bytes(), source.path());
            // Using the result keeps the JIT from deciding the parse is dead code.
            checksum += result.comments().size() + (result.ok() ? 1 : 0);
            if (!result.ok()) {
              syntaxErrors.incrementAndGet();
            }
          } catch (Throwable e) { // a broken parse is counted and reported, the run goes on
            failures.incrementAndGet();
            firstFailure.compareAndSet(null, source.path() + ": " + InternalErrors.describe(e));
          }
        }
        return checksum;
      }));
    }
    long checksum = 0;
    for (Future<Long> worker : workers) {
      try {
        checksum += worker.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("benchmark worker failed", e.getCause());
      }
    }
    long nanos = System.nanoTime() - start;
    return new Outcome(nanos, syntaxErrors.get(), failures.get(), firstFailure.get(), checksum);
  }
}
