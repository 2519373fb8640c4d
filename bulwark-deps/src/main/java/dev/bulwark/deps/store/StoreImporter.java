package dev.bulwark.deps.store;

import dev.bulwark.deps.advisory.OsvFormatException;
import dev.bulwark.deps.advisory.OsvParser;
import dev.bulwark.deps.advisory.OsvRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code db import}: reads an input ({@link AdvisoryInput}), parses and validates every record, and
 * writes the store ({@link StoreWriter}). A bad record is one {@link ImportProblem} and is left out;
 * the import fails as a whole only when the input cannot be read or holds no valid record.
 */
public final class StoreImporter {

  private final Clock clock;

  public StoreImporter(Clock clock) {
    this.clock = clock;
  }

  /** Imports a zip, tarball, directory or single record file into the store directory. */
  public ImportResult importInput(Path input, Path store) throws StoreException {
    AdvisoryInput.Contents contents = AdvisoryInput.read(input);
    Parsed parsed = parse(contents.entries(), contents.problems());
    if (parsed.records().isEmpty()) {
      throw new StoreException(input + ": no valid advisory found (" + parsed.problems().size()
          + " problems); the store was not changed");
    }
    Source source = new Source(input.toAbsolutePath().toString(), contents.kind(), contents.sha256(), null, null, null);
    return write(store, parsed.records().values(), source, parsed.problems());
  }

  /** Where stored data came from, for meta.json. */
  record Source(String location, String kind, String sha256, String fetchedAt, String etag, String lastModified) {}

  /** Valid records by id, and what was wrong with the rest. */
  record Parsed(Map<String, OsvRecord> records, List<ImportProblem> problems) {}

  static Parsed parse(List<AdvisoryInput.Entry> entries, List<ImportProblem> earlier) {
    Map<String, OsvRecord> records = new TreeMap<>();
    Map<String, String> origin = new TreeMap<>();
    List<ImportProblem> problems = new ArrayList<>(earlier);
    for (AdvisoryInput.Entry e : entries) {
      OsvRecord r;
      try {
        r = OsvParser.parseValid(e.bytes(), e.yaml());
      } catch (OsvFormatException ex) {
        problems.add(new ImportProblem(e.name(), ex.getMessage()));
        continue;
      }
      OsvRecord before = records.get(r.id());
      if (before != null) {
        boolean newer = compareTimes(r.modified(), before.modified()) > 0;
        problems.add(new ImportProblem(e.name(), "duplicate id " + r.id() + " (also in " + origin.get(r.id())
            + "); keeping the record modified " + (newer ? r.modified() : before.modified())));
        if (!newer) {
          continue;
        }
      }
      records.put(r.id(), r);
      origin.put(r.id(), e.name());
    }
    return new Parsed(records, problems);
  }

  ImportResult write(Path store, Collection<OsvRecord> records, Source source, List<ImportProblem> problems)
      throws StoreException {
    int withdrawn = 0;
    String newest = null;
    for (OsvRecord r : records) {
      if (r.isRetracted()) {
        withdrawn++;
      }
      if (newest == null || compareTimes(r.modified(), newest) > 0) {
        newest = r.modified();
      }
    }
    int packages = StoreIndex.byPackage(records).size();
    StoreMeta meta = new StoreMeta(AdvisoryStore.FORMAT, source.location(), source.kind(),
        clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), source.fetchedAt(), source.etag(),
        source.lastModified(), source.sha256(), records.size(), withdrawn, packages, problems.size(), newest);
    StoreWriter.write(store, records, meta);
    return new ImportResult(meta, problems);
  }

  /** Compares RFC 3339 times as instants, and as text when either does not parse. */
  static int compareTimes(String a, String b) {
    Instant ia = instant(a);
    Instant ib = instant(b);
    if (ia != null && ib != null) {
      return ia.compareTo(ib);
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }

  /** The instant an RFC 3339 time (with or without a 'T', zone or fraction) names, or null. */
  static Instant instant(String time) {
    if (time == null) {
      return null;
    }
    String t = time.trim().replace(' ', 'T');
    try {
      return java.time.OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return java.time.LocalDateTime.parse(t).toInstant(java.time.ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
