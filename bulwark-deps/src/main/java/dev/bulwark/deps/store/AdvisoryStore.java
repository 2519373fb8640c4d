package dev.bulwark.deps.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.deps.requirement.PackageName;
import dev.bulwark.deps.advisory.OsvFormatException;
import dev.bulwark.deps.advisory.OsvParser;
import dev.bulwark.deps.advisory.OsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A built advisory store, opened for reading. Layout of the directory:
 *
 * <pre>
 * meta.json          {@link StoreMeta}
 * index.json         PEP 503 package name -> ids of the records about it
 * aliases.json       group id -> member ids (transitive alias closure, groups of two or more)
 * records/ID.json    one OSV record each, withdrawn ones included
 * </pre>
 *
 * Opening reads only meta.json and index.json; an audit then reads the few records of the packages
 * it asks about, so its cost follows the size of the project, not of the database.
 */
public final class AdvisoryStore {

  /** The layout version written to meta.json; a store of another version must be rebuilt. */
  public static final int FORMAT = 1;

  static final String META = "meta.json";
  static final String INDEX = "index.json";
  static final String ALIASES = "aliases.json";
  static final String RECORDS = "records";

  private final Path dir;
  private final StoreMeta meta;
  private final Map<String, List<String>> index;
  private final Map<String, String> groupOf;
  private final Map<String, List<String>> groups;
  private final Map<String, OsvRecord> cache = new ConcurrentHashMap<>();

  private AdvisoryStore(Path dir, StoreMeta meta, Map<String, List<String>> index, Map<String, List<String>> groups) {
    this.dir = dir;
    this.meta = meta;
    this.index = index;
    this.groups = groups;
    this.groupOf = new HashMap<>();
    groups.forEach((group, members) -> members.forEach(m -> groupOf.put(m, group)));
  }

  /** Opens the store in {@code dir}; fails with a message a user can act on when there is none. */
  public static AdvisoryStore open(Path dir) throws StoreException {
    ObjectMapper json = OsvParser.jsonMapper();
    Path metaFile = dir.resolve(META);
    if (!Files.isRegularFile(metaFile)) {
      throw new StoreException("no advisory store at " + dir
          + " (create one with 'bulwark db import FILE' or 'bulwark db update')");
    }
    try {
      StoreMeta meta = json.readValue(metaFile.toFile(), StoreMeta.class);
      if (meta.format() != FORMAT) {
        throw new StoreException("the advisory store at " + dir + " has layout " + meta.format() + ", this Bulwark reads "
            + FORMAT + "; rebuild it with 'bulwark db import' or 'bulwark db update'");
      }
      Map<String, List<String>> index = json.readValue(dir.resolve(INDEX).toFile(), new TypeReference<>() {});
      Map<String, List<String>> groups = json.readValue(dir.resolve(ALIASES).toFile(), new TypeReference<>() {});
      return new AdvisoryStore(dir, meta, index, groups);
    } catch (IOException e) {
      throw new StoreException("the advisory store at " + dir + " is damaged (" + AdvisoryInput.message(e)
          + "); rebuild it with 'bulwark db import' or 'bulwark db update'", e);
    }
  }

  /** True when {@code dir} holds a store (its meta.json exists). */
  public static boolean exists(Path dir) {
    return Files.isRegularFile(dir.resolve(META));
  }

  public Path directory() {
    return dir;
  }

  public StoreMeta meta() {
    return meta;
  }

  /** Every indexed package name (PEP 503 form). */
  public Set<String> packages() {
    return index.keySet();
  }

  /** Ids of the records about a package (any spelling of its name), withdrawn ones included. */
  public List<String> idsFor(String packageName) {
    return index.getOrDefault(PackageName.canonical(packageName), List.of());
  }

  /** The records about a package, withdrawn ones included (the caller decides what to skip). */
  public List<OsvRecord> advisoriesFor(String packageName) throws StoreException {
    List<String> ids = idsFor(packageName);
    List<OsvRecord> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      out.add(record(id).orElseThrow(() -> new StoreException("the advisory store at " + dir
          + " is damaged: index.json names " + id + " but records/" + id + ".json is missing")));
    }
    return out;
  }

  /** One record by id, when the store has it. */
  public Optional<OsvRecord> record(String id) throws StoreException {
    OsvRecord cached = cache.get(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      return Optional.empty();
    }
    try {
      OsvRecord r = OsvParser.parseJson(Files.readAllBytes(dir.resolve(RECORDS).resolve(id + ".json")));
      cache.put(id, r);
      return Optional.of(r);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | OsvFormatException e) {
      throw new StoreException("the advisory store at " + dir + " is damaged: records/" + id + ".json ("
          + e.getMessage() + ")", e);
    }
  }

  /** The name of the alias group of an id (the id itself when it has no aliases in the store). */
  public String groupOf(String id) {
    return groupOf.getOrDefault(id, id);
  }

  /** Every id of the alias group of an id, the preferred one first. */
  public List<String> groupMembers(String id) {
    return groups.getOrDefault(groupOf(id), List.of(id));
  }

  /** Every record id in the store (reads the records directory). */
  public List<String> allIds() throws StoreException {
    try (var files = Files.list(dir.resolve(RECORDS))) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new StoreException("the advisory store at " + dir + " is damaged (" + AdvisoryInput.message(e) + ")", e);
    }
  }
}
