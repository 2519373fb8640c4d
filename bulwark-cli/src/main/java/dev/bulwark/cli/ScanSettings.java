package dev.bulwark.cli;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.rules.taint.TaintRules;
import dev.bulwark.taint.ModelException;
import dev.bulwark.taint.ModelReader;
import dev.bulwark.taint.TaintModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one scan runs and reports, from the defaults, then the configuration file, then the command
 * line: each key given on the command line replaces the file's value of that key.
 */
final class ScanSettings {

  /** The command line's values; null (or false) where an option was not given. */
  record Overrides(List<String> select, List<String> ignore, String severity, String confidence, String failOn,
      boolean preview, List<Path> taintModels, boolean localSources) {
    Overrides {
      taintModels = taintModels == null ? List.of() : List.copyOf(taintModels);
    }

    Overrides(List<String> select, List<String> ignore, String severity, String confidence, String failOn,
        boolean preview, List<Path> taintModels) {
      this(select, ignore, severity, confidence, failOn, preview, taintModels, false);
    }

    Overrides(List<String> select, List<String> ignore, String severity, String confidence, String failOn,
        boolean preview) {
      this(select, ignore, severity, confidence, failOn, preview, List.of());
    }
  }

  private record PathIgnore(PathGlob glob, Set<String> ruleIds) {}

  private final RuleCatalog catalog;
  private final List<Rule> rules;
  private final Set<String> ruleIds;
  private final Severity minSeverity;
  private final Confidence minConfidence;
  private final Severity failOn;
  /** Where relative patterns start: the configuration file's directory, or the working directory. */
  private final Path baseDir;
  private final List<PathIgnore> perPathIgnores;
  private final List<PathGlob> exclude;
  /** The taint models: the shipped ones, then the configuration's, then the command line's. */
  private final List<TaintModel> taintModels;

  private ScanSettings(RuleCatalog catalog, List<Rule> rules, Severity minSeverity, Confidence minConfidence,
      Severity failOn, Path baseDir, List<PathIgnore> perPathIgnores, List<PathGlob> exclude,
      List<TaintModel> taintModels) {
    this.taintModels = List.copyOf(taintModels);
    this.catalog = catalog;
    this.rules = List.copyOf(rules);
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      ids.add(r.metadata().id());
    }
    this.ruleIds = Set.copyOf(ids);
    this.minSeverity = minSeverity;
    this.minConfidence = minConfidence;
    this.failOn = failOn;
    this.baseDir = baseDir;
    this.perPathIgnores = List.copyOf(perPathIgnores);
    this.exclude = List.copyOf(exclude);
  }

  /**
   * @param config the configuration file, or null for none
   * @param cli the command line's options
   */
  static ScanSettings resolve(List<Rule> allRules, ConfigFile config, Overrides cli) throws ConfigException {
    RuleCatalog catalog = new RuleCatalog(allRules);
    Source select = cli.select() != null ? Source.flag("--select", cli.select())
        : config != null && config.select() != null ? Source.key(config, "select", config.select()) : null;
    Source ignore = cli.ignore() != null ? Source.flag("--ignore", cli.ignore())
        : config != null && config.ignore() != null ? Source.key(config, "ignore", config.ignore()) : null;
    boolean preview = cli.preview() || (config != null && Boolean.TRUE.equals(config.preview()));
    List<Rule> rules = select(catalog, select, ignore, preview);

    Severity minSeverity = severity(cli.severity(), "--severity", config == null ? null : config.severity(), Severity.LOW);
    Severity failOn = severity(cli.failOn(), "--fail-on", config == null ? null : config.failOn(), Severity.LOW);
    Confidence minConfidence = confidence(cli.confidence(), config == null ? null : config.confidence());

    List<PathIgnore> perPath = new ArrayList<>();
    List<PathGlob> exclude = new ArrayList<>();
    if (config != null) {
      if (config.perPathIgnores() != null) {
        for (Map.Entry<String, List<String>> e : config.perPathIgnores().entrySet()) {
          Set<String> ids = new LinkedHashSet<>();
          for (String code : e.getValue()) {
            ids.addAll(resolveKnown(catalog, code, config.where("per-path-ignores"), "'per-path-ignores'"));
          }
          perPath.add(new PathIgnore(PathGlob.of(e.getKey()), Set.copyOf(ids)));
        }
      }
      if (config.exclude() != null) {
        for (String glob : config.exclude()) {
          exclude.add(PathGlob.of(glob));
        }
      }
    }
    Path baseDir = config != null ? config.baseDir() : Path.of("").toAbsolutePath();
    return new ScanSettings(catalog, rules, minSeverity, minConfidence, failOn, baseDir, perPath, exclude,
        taintModels(config, cli.taintModels(), cli.localSources()
            || (config != null && Boolean.TRUE.equals(config.taintLocalSources()))));
  }

  /**
   * The shipped taint models followed by the user's: {@code taint-models} of the configuration (paths
   * relative to its directory), then each {@code --taint-model}. The user's models add sources, sinks,
   * sanitizers and propagators to the shipped ones; a file that cannot be read or has a wrong line is a
   * configuration error naming the file and line. Unless {@code localSources}, the sources of the local
   * user (command line, environment, console) are left out: a tool reading the file its user names is
   * what tools do, not an attack.
   */
  private static List<TaintModel> taintModels(ConfigFile config, List<Path> fromCli, boolean localSources)
      throws ConfigException {
    List<TaintModel> models = new ArrayList<>(TaintRules.models());
    if (config != null && config.taintModels() != null) {
      for (String entry : config.taintModels()) {
        if (entry.isBlank()) {
          throw new ConfigException(config.where("taint-models") + ": 'taint-models' holds an empty path");
        }
        Path file = config.baseDir().resolve(entry);
        if (!java.nio.file.Files.isRegularFile(file)) {
          throw new ConfigException(config.where("taint-models") + ": no taint model file '" + entry + "' (looked for "
              + shown(file) + ")");
        }
        models.add(readModel(file));
      }
    }
    for (Path file : fromCli) {
      models.add(readModel(file));
    }
    return localSources ? models : models.stream().map(TaintModel::withoutLocalSources).toList();
  }

  private static TaintModel readModel(Path file) throws ConfigException {
    try {
      return ModelReader.read(file, shown(file));
    } catch (ModelException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  /** A model file as messages show it: relative to the working directory when it is below it. */
  private static String shown(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString();
  }

  /** The taint models the scan's taint analysis reads: the shipped ones, then the user's. */
  List<TaintModel> taintModels() {
    return taintModels;
  }

  /** The same settings, running only the selected rules whose id {@code keep} accepts. */
  ScanSettings restrictTo(java.util.function.Predicate<String> keep) {
    List<Rule> kept = rules.stream().filter(r -> keep.test(r.metadata().id())).toList();
    return new ScanSettings(catalog, kept, minSeverity, minConfidence, failOn, baseDir, perPathIgnores, exclude,
        taintModels);
  }

  /** Every rule, to resolve the codes written in comments (a comment may name a rule that does not run). */
  RuleCatalog catalog() {
    return catalog;
  }

  /** The rules to run, sorted by id. */
  List<Rule> rules() {
    return rules;
  }

  /** Whether the rule runs in this scan at all (per-path ignores aside). */
  boolean runs(String ruleId) {
    return ruleIds.contains(ruleId);
  }

  /** The ids of the rules {@code per-path-ignores} turns off for a file. */
  Set<String> ignoredFor(Path file) {
    if (perPathIgnores.isEmpty()) {
      return Set.of();
    }
    String relative = relative(file);
    Set<String> out = new HashSet<>();
    for (PathIgnore p : perPathIgnores) {
      if (p.glob().matches(relative)) {
        out.addAll(p.ruleIds());
      }
    }
    return out;
  }

  /** Whether {@code exclude} names this file or directory (the walk has already left out excluded directories). */
  boolean excluded(Path path) {
    return !exclude.isEmpty() && matchesExclude(relative(path));
  }

  /**
   * Whether {@code exclude} names this path or a directory it is in (below the configuration's
   * directory): a file named on the command line inside an excluded directory is out.
   */
  boolean excludedWithDirectories(Path path) {
    if (exclude.isEmpty()) {
      return false;
    }
    Path abs = path.toAbsolutePath().normalize();
    for (Path p = abs; p != null && (p == abs || (p.startsWith(baseDir) && !p.equals(baseDir))); p = p.getParent()) {
      if (matchesExclude(relative(p))) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesExclude(String relative) {
    for (PathGlob glob : exclude) {
      if (glob.matches(relative)) {
        return true;
      }
    }
    return false;
  }

  boolean reported(dev.bulwark.report.Finding f) {
    return f.severity().compareTo(minSeverity) >= 0 && f.confidence().compareTo(minConfidence) >= 0;
  }

  boolean failsOn(dev.bulwark.report.Finding f) {
    return f.severity().compareTo(failOn) >= 0;
  }

  /** {@code path} relative to {@link #baseDir}, with {@code /} separators. */
  String relative(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    String s = abs.startsWith(baseDir) ? baseDir.relativize(abs).toString() : abs.toString();
    return s.replace('\\', '/');
  }

  /** A list of codes and where it was written, for messages. */
  private record Source(String where, String name, List<String> codes) {
    static Source flag(String flag, List<String> codes) {
      return new Source(null, flag, codes);
    }

    static Source key(ConfigFile config, String key, List<String> codes) {
      return new Source(config.where(key), "'" + key + "'", codes);
    }
  }

  /**
   * The rules to run. Without {@code select}: every stable rule, and the preview ones too with
   * {@code preview}. With it: the rules it names; a preview rule named by its id, name or alias
   * runs even without {@code preview}, but a {@code CWE-n} selects only among the rules the preview
   * setting allows. {@code ignore} then removes rules.
   */
  private static List<Rule> select(RuleCatalog catalog, Source select, Source ignore, boolean preview)
      throws ConfigException {
    Set<String> chosen = new LinkedHashSet<>();
    if (select == null) {
      for (Rule r : catalog.rules()) {
        if (preview || r.metadata().status() == RuleMetadata.Status.STABLE) {
          chosen.add(r.metadata().id());
        }
      }
    } else {
      for (String code : codes(select)) {
        boolean byWeakness = code.strip().toLowerCase(Locale.ROOT).startsWith("cwe-");
        for (String id : resolveKnown(catalog, code, select.where(), select.name())) {
          if (!byWeakness || preview || statusOf(catalog, id) == RuleMetadata.Status.STABLE) {
            chosen.add(id);
          }
        }
      }
    }
    if (ignore != null) {
      for (String code : codes(ignore)) {
        chosen.removeAll(resolveKnown(catalog, code, ignore.where(), ignore.name()));
      }
    }
    List<Rule> out = new ArrayList<>();
    for (Rule r : catalog.rules()) {
      if (chosen.contains(r.metadata().id())) {
        out.add(r);
      }
    }
    return out;
  }

  /** The codes of a list; a command-line value may hold several, separated by commas. */
  private static List<String> codes(Source source) {
    List<String> out = new ArrayList<>();
    for (String item : source.codes()) {
      for (String code : item.split(",")) {
        if (!code.isBlank()) {
          out.add(code.strip());
        }
      }
    }
    return out;
  }

  private static Set<String> resolveKnown(RuleCatalog catalog, String code, String where, String name)
      throws ConfigException {
    Set<String> ids = catalog.ruleIds(code);
    if (ids.isEmpty()) {
      throw new ConfigException((where == null ? "" : where + ": ") + "unknown rule code '" + code + "' in " + name
          + " (see 'bulwark rules' for the codes)");
    }
    return ids;
  }

  private static RuleMetadata.Status statusOf(RuleCatalog catalog, String id) {
    for (Rule r : catalog.rules()) {
      if (r.metadata().id().equals(id)) {
        return r.metadata().status();
      }
    }
    return RuleMetadata.Status.STABLE;
  }

  private static Severity severity(String flag, String flagName, String fileValue, Severity fallback)
      throws ConfigException {
    if (flag != null) {
      String v = flag.strip().toLowerCase(Locale.ROOT);
      if (!ConfigFile.SEVERITIES.contains(v)) {
        throw new ConfigException("unknown level '" + flag + "' for " + flagName + " (use one of "
            + String.join(", ", ConfigFile.SEVERITIES) + ")");
      }
      return Severity.valueOf(v.toUpperCase(Locale.ROOT));
    }
    return fileValue != null ? Severity.valueOf(fileValue.toUpperCase(Locale.ROOT)) : fallback;
  }

  private static Confidence confidence(String flag, String fileValue) throws ConfigException {
    if (flag != null) {
      String v = flag.strip().toLowerCase(Locale.ROOT);
      if (!ConfigFile.CONFIDENCES.contains(v)) {
        throw new ConfigException("unknown level '" + flag + "' for --confidence (use one of "
            + String.join(", ", ConfigFile.CONFIDENCES) + ")");
      }
      return Confidence.valueOf(v.toUpperCase(Locale.ROOT));
    }
    return fileValue != null ? Confidence.valueOf(fileValue.toUpperCase(Locale.ROOT)) : Confidence.LOW;
  }
}
