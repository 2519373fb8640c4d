package dev.bulwark.python.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.zip.GZIPInputStream;

/**
 * Streams a reference file and checks every file in it on all cores. Records are read one at a
 * time and only a few are in flight, because the dumps of two standard libraries run to
 * hundreds of megabytes.
 */
final class ConformanceRun {

  private ConformanceRun() {}

  static ConformanceReport check(Path referenceFile, int threads) throws IOException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "conformance");
      t.setDaemon(true); // a parser stuck in a loop must not keep the JVM alive
      return t;
    });
    Semaphore inFlight = new Semaphore(threads * 2);
    List<Future<FileVerdict>> futures = new ArrayList<>();
    Map<String, Object> summary = null;
    long started = System.nanoTime();
    try (BufferedReader in = open(referenceFile)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Map<String, Object> fields = FlatJson.parseObject(line);
        if (Boolean.TRUE.equals(fields.get("summary"))) {
          summary = fields;
          continue;
        }
        ReferenceRecord ref = ReferenceRecord.of(fields);
        inFlight.acquire();
        futures.add(pool.submit(() -> {
          try {
            return FileCheck.check(ref);
          } finally {
            inFlight.release();
          }
        }));
      }
    } finally {
      pool.shutdown();
    }
    if (summary == null) {
      throw new IOException(referenceFile + " is incomplete (no summary line); delete it and rerun");
    }
    List<FileVerdict> verdicts = new ArrayList<>(futures.size());
    for (Future<FileVerdict> f : futures) {
      try {
        verdicts.add(f.get());
      } catch (ExecutionException e) {
        throw new IllegalStateException("checker failed", e.getCause());
      }
    }
    verdicts.sort(Comparator.comparing(FileVerdict::path));
    return new ConformanceReport(verdicts, System.nanoTime() - started, threads);
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    // The script writes ASCII only (ensure_ascii); UTF-8 reads that and anything hand-made too.
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
