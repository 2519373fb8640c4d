package dev.bulwark.deps.store;

import dev.bulwark.deps.advisory.OsvFormatException;
import dev.bulwark.deps.advisory.OsvParser;
import dev.bulwark.deps.advisory.OsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code db update}: downloads OSV's PyPI export and rebuilds the store from it. With a store that
 * an earlier update built, it reads {@code PyPI/modified_id.csv} (newest first) up to the newest
 * {@code modified} time it holds and fetches only the records changed since; otherwise, or with
 * {@code full}, it downloads {@code PyPI/all.zip}. Every download is checked (HTTP status, length,
 * the MD5 that Google Cloud Storage sends in {@code x-goog-hash}, each record's validity) before
 * the new store is swapped in, so a failure at any point leaves the existing store as it was.
 */
public final class StoreUpdater {

  public static final String DEFAULT_BASE_URL = "https://osv-vulnerabilities.storage.googleapis.com/";
  public static final String BASE_URL_VARIABLE = "BULWARK_OSV_URL";
  public static final String SOURCE_KIND = "osv-update";
  static final String ECOSYSTEM = "PyPI";
  /** More changed records than this and one zip is cheaper than many small requests. */
  static final int MAX_INCREMENTAL = 2000;

  /** Reports download progress; {@code total} is -1 when the server does not say. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> { };

    void update(long done, long total);
  }

  /** What an update did. */
  public enum Mode { FULL, INCREMENTAL, UP_TO_DATE }

  /** The outcome: how the store was brought up to date, how many records were fetched, and the import. */
  public record UpdateResult(Mode mode, int fetched, ImportResult imported) {}

  private final HttpClient http;
  private final URI base;
  private final Clock clock;

  public StoreUpdater(HttpClient http, URI base, Clock clock) {
    this.http = http;
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.clock = clock;
  }

  /** A client with the time-outs an update wants. */
  public static HttpClient defaultClient() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(20))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  public UpdateResult update(Path store, boolean full, Progress progress) throws StoreException {
    Optional<StoreMeta> previous = previousUpdate(store);
    if (!full && previous.isPresent() && previous.get().newestModified() != null) {
      Optional<UpdateResult> incremental = incremental(store, previous.get());
      if (incremental.isPresent()) {
        return incremental.get();
      }
    }
    return fullDownload(store, progress);
  }

  private static Optional<StoreMeta> previousUpdate(Path store) {
    if (!AdvisoryStore.exists(store)) {
      return Optional.empty();
    }
    try {
      StoreMeta meta = AdvisoryStore.open(store).meta();
      return SOURCE_KIND.equals(meta.sourceKind()) ? Optional.of(meta) : Optional.empty();
    } catch (StoreException e) {
      return Optional.empty(); // a damaged store is replaced by a full download
    }
  }

  private UpdateResult fullDownload(Path store, Progress progress) throws StoreException {
    URI uri = base.resolve(ECOSYSTEM + "/all.zip");
    Path parent = store.toAbsolutePath().getParent();
    Path zip = null;
    try {
      Files.createDirectories(parent);
      zip = Files.createTempFile(parent, "." + store.getFileName() + ".download-", ".zip");
      HttpResponse<InputStream> response = send(uri, HttpResponse.BodyHandlers.ofInputStream(), Duration.ofMinutes(30));
      long total = response.headers().firstValueAsLong("content-length").orElse(-1);
      MessageDigest md5 = md5();
      long done = 0;
      try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(zip)) {
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) > 0) {
          out.write(buffer, 0, n);
          md5.update(buffer, 0, n);
          done += n;
          progress.update(done, total);
        }
      } catch (IOException e) {
        throw failure(uri, e);
      }
      if (total >= 0 && done != total) {
        throw new StoreException("download of " + uri + " was cut short (" + done + " of " + total
            + " bytes); the store was not changed");
      }
      verifyMd5(uri, response, md5.digest());
      AdvisoryInput.Contents contents = AdvisoryInput.read(zip);
      StoreImporter.Parsed parsed = StoreImporter.parse(contents.entries(), contents.problems());
      if (parsed.records().isEmpty()) {
        throw new StoreException(uri + " holds no valid advisory; the store was not changed");
      }
      StoreImporter.Source source = new StoreImporter.Source(uri.toString(), SOURCE_KIND, contents.sha256(),
          now(), response.headers().firstValue("etag").orElse(null),
          response.headers().firstValue("last-modified").orElse(null));
      ImportResult result = new StoreImporter(clock).write(store, parsed.records().values(), source, parsed.problems());
      return new UpdateResult(Mode.FULL, parsed.records().size(), result);
    } catch (IOException e) {
      throw new StoreException("cannot write next to " + store + " (" + AdvisoryInput.message(e)
          + "); the store was not changed", e);
    } finally {
      if (zip != null) {
        try {
          Files.deleteIfExists(zip);
        } catch (IOException ignored) { // a leftover temporary file is harmless
        }
      }
    }
  }

  /** Empty when too much changed for record-by-record fetching to pay. */
  private Optional<UpdateResult> incremental(Path store, StoreMeta meta) throws StoreException {
    URI listUri = base.resolve(ECOSYSTEM + "/modified_id.csv");
    String list = new String(send(listUri, HttpResponse.BodyHandlers.ofByteArray(), Duration.ofMinutes(5)).body(),
        StandardCharsets.UTF_8);
    List<String> changed = new ArrayList<>();
    for (String line : list.split("\n")) {
      line = line.trim();
      int comma = line.indexOf(',');
      if (comma <= 0) {
        continue;
      }
      if (StoreImporter.compareTimes(line.substring(0, comma), meta.newestModified()) <= 0) {
        break; // newest first: everything below is already in the store
      }
      changed.add(line.substring(comma + 1).trim());
      if (changed.size() > MAX_INCREMENTAL) {
        return Optional.empty();
      }
    }
    AdvisoryStore current = AdvisoryStore.open(store);
    if (changed.isEmpty()) {
      return Optional.of(new UpdateResult(Mode.UP_TO_DATE, 0, new ImportResult(current.meta(), List.of())));
    }
    Map<String, OsvRecord> records = new TreeMap<>();
    for (String id : current.allIds()) {
      records.put(id, current.record(id).orElseThrow());
    }
    List<ImportProblem> problems = new ArrayList<>();
    for (String id : changed) {
      if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
        problems.add(new ImportProblem(listUri.toString(), "not an advisory id: '" + id + "'"));
        continue;
      }
      URI uri = base.resolve(ECOSYSTEM + "/" + id + ".json");
      byte[] body = send(uri, HttpResponse.BodyHandlers.ofByteArray(), Duration.ofMinutes(1)).body();
      try {
        OsvRecord r = OsvParser.parseValid(body, false);
        if (!r.id().equals(id)) {
          problems.add(new ImportProblem(uri.toString(), "holds " + r.id() + ", not " + id));
          continue;
        }
        records.put(id, r);
      } catch (OsvFormatException e) {
        problems.add(new ImportProblem(uri.toString(), e.getMessage()));
      }
    }
    StoreImporter.Source source = new StoreImporter.Source(meta.source(), SOURCE_KIND,
        AdvisoryInput.sha256(list.getBytes(StandardCharsets.UTF_8)), now(), meta.etag(), meta.lastModified());
    ImportResult result = new StoreImporter(clock).write(store, records.values(), source, problems);
    return Optional.of(new UpdateResult(Mode.INCREMENTAL, changed.size(), result));
  }

  private <T> HttpResponse<T> send(URI uri, HttpResponse.BodyHandler<T> handler, Duration timeout) throws StoreException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    HttpResponse<T> response;
    try {
      response = http.send(request, handler);
    } catch (IOException e) {
      throw failure(uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("download of " + uri + " was interrupted; the store was not changed", e);
    }
    if (response.statusCode() != 200) {
      if (response.body() instanceof InputStream in) {
        try {
          in.close();
        } catch (IOException ignored) { // the status is the news
        }
      }
      throw new StoreException("cannot download " + uri + ": HTTP " + response.statusCode()
          + "; the store was not changed");
    }
    return response;
  }

  private static StoreException failure(URI uri, IOException e) {
    String why;
    if (e instanceof ConnectException) {
      why = "cannot connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    } else if (e instanceof HttpTimeoutException) {
      why = "timed out";
    } else if (e instanceof UnknownHostException || (e.getCause() instanceof UnknownHostException)) {
      why = "unknown host " + uri.getHost();
    } else {
      why = AdvisoryInput.message(e);
    }
    return new StoreException("cannot download " + uri + ": " + why + "; the store was not changed", e);
  }

  /** Google Cloud Storage sends {@code x-goog-hash: crc32c=...,md5=<base64>}; when it does, it must match. */
  private static void verifyMd5(URI uri, HttpResponse<?> response, byte[] md5) throws StoreException {
    for (String header : response.headers().allValues("x-goog-hash")) {
      for (String part : header.split(",")) {
        part = part.trim();
        if (part.startsWith("md5=")) {
          byte[] expected;
          try {
            expected = Base64.getDecoder().decode(part.substring(4));
          } catch (IllegalArgumentException e) {
            continue;
          }
          if (!MessageDigest.isEqual(expected, md5)) {
            throw new StoreException("download of " + uri + " is corrupt (MD5 does not match the server's); "
                + "the store was not changed");
          }
        }
      }
    }
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has MD5", e);
    }
  }

  private String now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
