package dev.bulwark.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of known signatures by qualified name. The built-in table ({@link #known()}) is read once
 * from {@value #RESOURCE}: the standard-library callables the rules ask about, taken from CPython, and
 * the third-party ones, taken from their documentation. Immutable; lookups are map gets.
 */
public final class Signatures {

  /** The built-in table, on the class path. */
  public static final String RESOURCE = "/dev/bulwark/semantic/signatures.txt";

  private final Map<String, Signature> byName;

  private Signatures(Map<String, Signature> byName) {
    this.byName = byName;
  }

  /** The built-in table, read on first use. */
  public static Signatures known() {
    return Builtin.TABLE;
  }

  private static final class Builtin {
    static final Signatures TABLE = load();

    private static Signatures load() {
      try (InputStream in = Signatures.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("signature table missing from the class path: " + RESOURCE);
        }
        return parse("signatures.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads a table in the notation described in {@code signatures.txt}.
   *
   * @param source the table's name, for messages
   * @throws SignatureSyntaxException for the first line that cannot be read, or a name given twice, an
   *     alias or forward to a name the table lacks, or a cycle of them
   */
  public static Signatures parse(String source, String table) {
    List<SignatureParser.Entry> entries = SignatureParser.parse(source, table);
    Map<String, SignatureParser.Entry> byName = new LinkedHashMap<>();
    for (SignatureParser.Entry e : entries) {
      SignatureParser.Entry before = byName.putIfAbsent(e.name(), e);
      if (before != null) {
        throw new SignatureSyntaxException(source, e.line(), 0, e.name() + " is already on line " + before.line());
      }
    }
    Map<String, Signature> built = new HashMap<>();
    for (SignatureParser.Entry e : entries) {
      resolve(e, byName, built, new ArrayList<>(), source);
    }
    Map<String, Signature> ordered = new LinkedHashMap<>();
    for (SignatureParser.Entry e : entries) {
      ordered.put(e.name(), built.get(e.name()));
    }
    return new Signatures(java.util.Collections.unmodifiableMap(ordered));
  }

  /** Builds an entry after the entries it names (its forward target, the original of an alias). */
  private static Signature resolve(SignatureParser.Entry e, Map<String, SignatureParser.Entry> entries,
      Map<String, Signature> built, List<String> path, String source) {
    Signature done = built.get(e.name());
    if (done != null) {
      return done;
    }
    if (path.contains(e.name())) {
      path.add(e.name());
      throw new SignatureSyntaxException(source, e.line(), 0, "aliases or forwards go round in a cycle: "
          + String.join(" -> ", path));
    }
    path.add(e.name());
    String named = e.aliasOf() != null ? e.aliasOf() : e.forwardsTo();
    Signature target = null;
    if (named != null) {
      SignatureParser.Entry t = entries.get(named);
      if (t == null) {
        throw new SignatureSyntaxException(source, e.line(), 0, (e.aliasOf() != null ? "alias of" : "forwards to")
            + " unknown " + named);
      }
      target = resolve(t, entries, built, path, source);
    }
    Signature s;
    try {
      s = e.aliasOf() != null ? target.renamed(e.name(), e.origin())
          : new Signature(e.name(), e.parameters(), e.partial(), target, e.origin());
    } catch (IllegalArgumentException bad) {
      throw new SignatureSyntaxException(source, e.line(), 0, e.name() + ": " + bad.getMessage());
    }
    path.remove(path.size() - 1);
    built.put(e.name(), s);
    return s;
  }

  /** The signature of the callable with this qualified name, e.g. {@code subprocess.Popen}. */
  public Optional<Signature> get(String qualifiedName) {
    return Optional.ofNullable(byName.get(qualifiedName));
  }

  /**
   * The signature of a callable the caller knows is in the table.
   *
   * @throws IllegalArgumentException when it is not: a name missing from the table is a bug in the caller
   */
  public Signature require(String qualifiedName) {
    Signature s = byName.get(qualifiedName);
    if (s == null) {
      throw new IllegalArgumentException("no known signature for " + qualifiedName + " in " + RESOURCE);
    }
    return s;
  }

  /**
   * {@code names} themselves, once each is known to be in the table: a rule declares the callables
   * it binds by name with this, so that a name missing from the table stops the rule from loading
   * rather than from checking one call.
   *
   * @throws IllegalArgumentException naming every missing callable
   */
  public <C extends Collection<String>> C requireAll(C names) {
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!byName.containsKey(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("no known signature in " + RESOURCE + " for " + String.join(", ", missing));
    }
    return names;
  }

  /** Every signature, aliases included, in the table's order. */
  public Collection<Signature> all() {
    return byName.values();
  }

  public int size() {
    return byName.size();
  }
}
