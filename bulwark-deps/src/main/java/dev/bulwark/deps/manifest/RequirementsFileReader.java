package dev.bulwark.deps.manifest;

import dev.bulwark.deps.requirement.PackageName;
import dev.bulwark.deps.requirement.Requirement;
import dev.bulwark.deps.requirement.RequirementSyntaxException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pip requirements file ({@code requirements.txt}, {@code constraints.txt}) and the files
 * it includes with {@code -r}/{@code -c}, as pip understands them.
 *
 * <ul>
 *   <li>Lines joined at a trailing {@code \}, comments ({@code #} at line start or after
 *       whitespace) removed, {@code ${VAR}} expanded from the supplied map (an unset variable is
 *       left as written and reported). Locations are the first physical line of a logical line.
 *   <li>{@code -r FILE} reads requirements, {@code -c FILE} constraints, relative to the including
 *       file. Each file is read once; an include cycle is reported. A remote include is skipped.
 *   <li>A constraint never adds a package. Its {@code ==V}/{@code ===V} pin (without marker) pins
 *       an unpinned requirement of the same name; a conflicting pin is reported.
 *   <li>Editable ({@code -e}), VCS, URL ({@code name @ url}) and local-path requirements are
 *       {@link SkippedEntry skipped} with a reason. Global options ({@code --index-url},
 *       {@code --pre}, …) are ignored; per-requirement options ({@code --hash}, …) are checked and
 *       dropped.
 *   <li>A malformed line is one {@link ManifestProblem}; reading goes on.
 * </ul>
 *
 * <p>Every dependency gets scope {@link Dependency#MAIN_SCOPE}: a file name such as
 * {@code requirements-dev.txt} is only a hint, left to the caller.
 */
public final class RequirementsFileReader {

  /** pip's comment rule: {@code #} at the start or after whitespace, to the end of the line. */
  private static final Pattern COMMENT = Pattern.compile("(^|\\s+)#.*$");
  private static final Pattern OPTION_START = Pattern.compile("\\s-");
  private static final Pattern ENV_VAR = Pattern.compile("\\$\\{([A-Z0-9_]+)\\}");
  private static final Pattern EGG_FRAGMENT = Pattern.compile("[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)");
  private static final Pattern HASH_VALUE = Pattern.compile("[a-z0-9]+:[0-9a-fA-F]+");
  private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*|^file:.*");
  private static final Pattern VCS_SCHEME = Pattern.compile("^(git|hg|svn|bzr)\\+.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern ARCHIVE = Pattern.compile(".*\\.(whl|zip|tar|tar\\.gz|tgz|tar\\.bz2|tbz|tar\\.xz|txz)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILE_NAME = Pattern.compile("(?i).*(requirements|constraints).*\\.(txt|in)");

  /** Global options pip accepts in a requirements file; a line starting with one is ignored. */
  private static final Set<String> GLOBAL_OPTIONS = Set.of(
      "-i", "--index-url", "--extra-index-url", "--no-index", "-f", "--find-links", "--pre",
      "--no-binary", "--only-binary", "--prefer-binary", "--require-hashes", "--trusted-host",
      "--use-feature", "-Z", "--always-unzip");
  /** Options that belong to one requirement line. */
  private static final Set<String> REQUIREMENT_OPTIONS = Set.of("--hash", "--config-settings", "--global-option", "--install-option");

  private final Map<String, String> environment;

  /** A reader that expands {@code ${VAR}} from the given variables (usually {@code System.getenv()}). */
  public RequirementsFileReader(Map<String, String> environment) {
    this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
  }

  /** A reader with no environment variables: every {@code ${VAR}} is left as written and reported. */
  public RequirementsFileReader() {
    this(Map.of());
  }

  /** Whether a file name looks like a pip requirements or constraints file ({@code requirements-dev.txt}, {@code constraints.in}). */
  public static boolean isRequirementsFileName(String fileName) {
    return FILE_NAME.matcher(fileName).matches();
  }

  /** Reads the file and everything it includes. Never throws for bad input: problems are in the result. */
  public ManifestReading read(Path file) {
    Run run = new Run();
    run.readFile(file, false, new ArrayDeque<>(), null);
    return run.finish();
  }

  /** One read of a root file: the shared state of all the files it includes. */
  private final class Run {
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<SkippedEntry> skipped = new ArrayList<>();
    private final List<ManifestProblem> problems = new ArrayList<>();
    /** Constraints by canonical name, in reading order. */
    private final Map<String, List<Constraint>> constraints = new LinkedHashMap<>();
    /** Files already read, with the mode they were read in ("r:" or "c:" + absolute path). */
    private final Set<String> visited = new HashSet<>();

    void readFile(Path file, boolean constraint, Deque<Path> stack, SourceLocation includedFrom) {
      Path key = file.toAbsolutePath().normalize();
      if (stack.contains(key)) {
        List<String> chain = new ArrayList<>();
        stack.descendingIterator().forEachRemaining(p -> chain.add(p.getFileName().toString()));
        chain.add(key.getFileName().toString());
        problems.add(new ManifestProblem(includedFrom, "include cycle: " + String.join(" -> ", chain) + "; not read again"));
        return;
      }
      if (!visited.add((constraint ? "c:" : "r:") + key)) {
        return; // included twice along different paths: one reading is enough
      }
      String text;
      try {
        text = decode(Files.readAllBytes(file));
      } catch (NoSuchFileException e) {
        problems.add(new ManifestProblem(locationOrFile(includedFrom, file), "file not found: " + file));
        return;
      } catch (IOException e) {
        problems.add(new ManifestProblem(locationOrFile(includedFrom, file), "cannot read " + file + ": " + e.getMessage()));
        return;
      }
      stack.push(key);
      for (LogicalLine line : logicalLines(text)) {
        readLine(file, line, constraint, stack);
      }
      stack.pop();
    }

    private SourceLocation locationOrFile(SourceLocation includedFrom, Path file) {
      return includedFrom != null ? includedFrom : new SourceLocation(file, 0);
    }

    private void readLine(Path file, LogicalLine logical, boolean constraint, Deque<Path> stack) {
      SourceLocation at = new SourceLocation(file, logical.number());
      String line = COMMENT.matcher(logical.text()).replaceFirst("").strip();
      if (line.isEmpty()) {
        return;
      }
      Set<String> unset = new LinkedHashSet<>();
      line = expand(line, unset);
      String note = unset.isEmpty() ? "" : "environment variable " + joinVars(unset) + " not set, left as written";

      if (line.startsWith("-")) {
        readOptionLine(file, at, line, constraint, stack, note);
        return;
      }
      readRequirementLine(at, line, constraint, note);
    }

    private void readOptionLine(Path file, SourceLocation at, String line, boolean constraint, Deque<Path> stack, String note) {
      String[] option = splitOption(line);
      String name = option[0];
      String value = unquote(option[1]);
      switch (name) {
        case "-r":
        case "--requirement":
        case "-c":
        case "--constraint":
          if (value.isEmpty()) {
            problems.add(new ManifestProblem(at, name + " needs a file name"));
            return;
          }
          if (!note.isEmpty()) {
            problems.add(new ManifestProblem(at, "cannot include " + value + ": " + note));
            return;
          }
          boolean nestedConstraint = name.equals("-c") || name.equals("--constraint");
          if (URL_SCHEME.matcher(value).matches() && !value.startsWith("file:")) {
            skipped.add(new SkippedEntry(value, "remote requirements file, not fetched", at));
            return;
          }
          Path target;
          try {
            target = resolveInclude(file, value);
          } catch (InvalidPathException e) {
            problems.add(new ManifestProblem(at, "not a valid path: " + value));
            return;
          }
          readFile(target, nestedConstraint, stack, at);
          return;
        case "-e":
        case "--editable":
          if (constraint) {
            problems.add(new ManifestProblem(at, "a constraints file cannot contain an editable requirement"));
            return;
          }
          if (value.isEmpty()) {
            problems.add(new ManifestProblem(at, name + " needs a path or URL"));
            return;
          }
          // per-requirement options may follow the path or URL
          skipped.add(new SkippedEntry(describe(value.split("\\s+", 2)[0]), "editable install", at));
          return;
        default:
          if (GLOBAL_OPTIONS.contains(name)) {
            return; // index and install options do not change which versions are declared
          }
          problems.add(new ManifestProblem(at, "unknown option '" + name + "'" + (note.isEmpty() ? "" : "; " + note)));
      }
    }

    private Path resolveInclude(Path including, String value) {
      String path = value.startsWith("file://") ? value.substring("file://".length())
          : value.startsWith("file:") ? value.substring("file:".length()) : value;
      Path target = Path.of(path);
      if (target.isAbsolute()) {
        return target;
      }
      Path dir = including.getParent();
      return (dir == null ? target : dir.resolve(target)).normalize();
    }

    private void readRequirementLine(SourceLocation at, String line, boolean constraint, String note) {
      // the requirement ends where a word starting with '-' begins (pip's args/options split)
      Matcher options = OPTION_START.matcher(line);
      boolean hasOptions = options.find();
      String requirementText = hasOptions ? line.substring(0, options.start()).strip() : line;
      Optional<String> optionProblem = hasOptions
          ? checkRequirementOptions(line.substring(options.start()).strip().split("\\s+"))
          : Optional.empty();

      Optional<String> skipReason = skipReason(requirementText);
      if (skipReason.isPresent()) {
        if (!constraint) {
          skipped.add(new SkippedEntry(describe(requirementText), skipReason.get(), at));
        }
        optionProblem.ifPresent(p -> problems.add(new ManifestProblem(at, p)));
        return;
      }
      Requirement requirement;
      try {
        requirement = Requirement.parse(requirementText);
      } catch (RequirementSyntaxException e) {
        String message = e.getMessage() + (note.isEmpty() ? "" : " (" + note + ")");
        problems.add(new ManifestProblem(at, message));
        return;
      }
      if (!note.isEmpty()) {
        problems.add(new ManifestProblem(at, note));
      }
      optionProblem.ifPresent(p -> problems.add(new ManifestProblem(at, p)));
      if (requirement.url().isPresent()) {
        if (!constraint) {
          String url = requirement.url().get();
          String reason = VCS_SCHEME.matcher(url).matches() ? "VCS requirement" : "URL requirement";
          skipped.add(new SkippedEntry(requirement.name(), reason, at));
        }
        return;
      }
      if (constraint) {
        if (!requirement.extras().isEmpty()) {
          problems.add(new ManifestProblem(at, "a constraint cannot have extras: " + requirementText));
          return;
        }
        constraints.computeIfAbsent(requirement.canonicalName(), k -> new ArrayList<>()).add(new Constraint(requirement, at));
        return;
      }
      dependencies.add(new Dependency(
          requirement.name(),
          requirement.pinnedVersion(),
          requirement.specifierText(),
          requirement.marker().map(m -> m.text().strip()),
          Dependency.MAIN_SCOPE,
          at));
    }

    /** Checks {@code --hash=alg:hex} and friends; they are accepted and dropped. */
    private Optional<String> checkRequirementOptions(String[] words) {
      List<String> bad = new ArrayList<>();
      for (int k = 0; k < words.length; k++) {
        String word = words[k];
        String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        if (!REQUIREMENT_OPTIONS.contains(name)) {
          if (word.startsWith("-")) {
            bad.add("unknown option '" + name + "'");
          }
          continue;
        }
        String value = word.contains("=") ? word.substring(word.indexOf('=') + 1) : (k + 1 < words.length ? words[++k] : "");
        if (name.equals("--hash") && !HASH_VALUE.matcher(unquote(value)).matches()) {
          bad.add("malformed --hash value '" + value + "' (expected algorithm:hexdigest)");
        }
      }
      return bad.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", bad) + " (requirement still read)");
    }

    ManifestReading finish() {
      List<Dependency> result = new ArrayList<>(dependencies.size());
      for (Dependency dependency : dependencies) {
        result.add(applyConstraints(dependency));
      }
      return new ManifestReading(result, skipped, problems);
    }

    /** A constraint's exact pin (without marker) pins an unpinned requirement of the same name. */
    private Dependency applyConstraints(Dependency dependency) {
      List<Constraint> found = constraints.getOrDefault(PackageName.canonical(dependency.name()), List.of());
      Set<String> pins = new LinkedHashSet<>();
      SourceLocation pinnedAt = null;
      for (Constraint c : found) {
        Optional<String> pin = c.requirement().marker().isPresent() ? Optional.empty() : c.requirement().pinnedVersion();
        if (pin.isPresent() && pins.add(pin.get()) && pinnedAt == null) {
          pinnedAt = c.source();
        }
      }
      if (pins.isEmpty()) {
        return dependency;
      }
      if (pins.size() > 1) {
        problems.add(new ManifestProblem(dependency.source(),
            "constraints pin " + dependency.name() + " to different versions: " + String.join(", ", pins) + "; left unpinned"));
        return dependency;
      }
      String pin = pins.iterator().next();
      if (dependency.version().isPresent()) {
        if (!samePin(dependency.version().get(), pin)) {
          problems.add(new ManifestProblem(dependency.source(),
              dependency.name() + " is pinned to " + dependency.version().get() + " but the constraint at " + pinnedAt
                  + " pins " + pin));
        }
        return dependency;
      }
      return new Dependency(dependency.name(), Optional.of(pin), dependency.specifier(), dependency.marker(), dependency.scope(), dependency.source());
    }
  }

  private static boolean samePin(String a, String b) {
    return dev.bulwark.deps.version.Version.tryParse(a)
        .flatMap(va -> dev.bulwark.deps.version.Version.tryParse(b).map(va::equals))
        .orElse(a.equalsIgnoreCase(b));
  }

  /** A constraint line and where it is. */
  private record Constraint(Requirement requirement, SourceLocation source) {}

  /** Why a requirement text carries no PyPI version, if it does not. */
  private static Optional<String> skipReason(String text) {
    if (VCS_SCHEME.matcher(text).matches()) {
      return Optional.of("VCS requirement");
    }
    if (URL_SCHEME.matcher(text).matches()) {
      return Optional.of(EGG_FRAGMENT.matcher(text).find() ? "URL requirement (#egg= fragment)" : "URL requirement");
    }
    if (looksLikePath(text)) {
      return Optional.of("local path");
    }
    return Optional.empty();
  }

  private static boolean looksLikePath(String text) {
    String first = text.split("\\s+|;", 2)[0];
    if (first.startsWith(".") || first.startsWith("/") || first.startsWith("~") || first.startsWith("\\")) {
      return true;
    }
    if (first.length() > 2 && Character.isLetter(first.charAt(0)) && first.charAt(1) == ':' && (first.charAt(2) == '\\' || first.charAt(2) == '/')) {
      return true; // a Windows drive
    }
    // "name @ url" has its '/' after '@'; a bare word with a slash or an archive suffix is a path
    return !first.contains("@") && (first.contains("/") || first.contains("\\") || ARCHIVE.matcher(first).matches());
  }

  /** The name a skipped entry is known by: its {@code #egg=} name, else the text itself. */
  private static String describe(String text) {
    Matcher egg = EGG_FRAGMENT.matcher(text);
    return egg.find() ? egg.group(1) : text;
  }

  private String expand(String line, Set<String> unset) {
    Matcher m = ENV_VAR.matcher(line);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = environment.get(m.group(1));
      if (value == null) {
        unset.add(m.group(1));
        value = m.group();
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String joinVars(Set<String> names) {
    List<String> quoted = new ArrayList<>();
    names.forEach(n -> quoted.add("${" + n + "}"));
    return String.join(", ", quoted);
  }

  /** Splits {@code -rfile}, {@code -r file}, {@code --requirement=file} into name and value. */
  private static String[] splitOption(String line) {
    if (line.startsWith("--")) {
      int end = 0;
      while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != '=') {
        end++;
      }
      String rest = end < line.length() && line.charAt(end) == '=' ? line.substring(end + 1) : line.substring(end);
      return new String[] {line.substring(0, end), rest.strip()};
    }
    if (line.length() >= 2) {
      String name = line.substring(0, 2);
      String rest = line.substring(2);
      if (rest.startsWith("=")) {
        rest = rest.substring(1);
      }
      return new String[] {name, rest.strip()};
    }
    return new String[] {line, ""};
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.charAt(0) == '"' || value.charAt(0) == '\'')
        && value.charAt(value.length() - 1) == value.charAt(0)) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  /** A logical line: physical lines joined at a trailing backslash, numbered by the first. */
  private record LogicalLine(int number, String text) {}

  /**
   * Joins continuation lines as pip does: a line ending in {@code \} continues on the next one,
   * unless it holds a comment (then the backslash is part of the comment).
   */
  static List<LogicalLine> logicalLines(String text) {
    List<LogicalLine> lines = new ArrayList<>();
    String[] physical = text.split("\r\n|\r|\n", -1);
    StringBuilder pending = null;
    int first = 0;
    for (int k = 0; k < physical.length; k++) {
      String line = physical[k];
      // pip only exempts a line that is wholly a comment; an inline comment ending in '\\' still
      // joins the next line, which the comment then swallows
      boolean commentLine = line.stripLeading().startsWith("#");
      boolean continues = line.endsWith("\\") && !commentLine;
      if (continues) {
        if (pending == null) {
          pending = new StringBuilder();
          first = k + 1;
        }
        pending.append(line, 0, line.length() - 1);
        continue;
      }
      if (pending != null) {
        // a comment line ends the continuation; keep it a comment after joining
        pending.append(commentLine ? " " + line : line);
        lines.add(new LogicalLine(first, pending.toString()));
        pending = null;
      } else {
        lines.add(new LogicalLine(k + 1, line));
      }
    }
    if (pending != null) {
      lines.add(new LogicalLine(first, pending.toString()));
    }
    return lines;
  }

  /** UTF-8 (a BOM dropped); bytes that are not UTF-8 become U+FFFD rather than failing the file. */
  private static String decode(byte[] bytes) throws IOException {
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
