package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A program started by a bare name ({@code "git"}) rather than a path ({@code "/usr/bin/git"}). */
public final class PartialExecutablePathRule extends CallRule {

  /** Shell builtins: the shell runs these itself and never looks them up in PATH. */
  private static final Set<String> SHELL_BUILTINS = Set.of("cd", "echo", "exit", "export", "set", "unset",
      "source", ".", ":", "true", "false", "test", "[", "printf", "read", "pwd", "umask", "wait", "type", "alias",
      "shift", "trap", "return", "exec", "eval", "command", "ulimit", "kill", "times", "getopts", "hash");

  /** Words that end one command of a shell line and start the next. */
  private static final Set<String> SEPARATORS = Set.of("&&", "||", ";", "|", "&");

  /** Reserved words after which a command follows: {@code if make; then ./run; fi}, {@code while ...; do ...}. */
  private static final Set<String> OPENING_WORDS = Set.of("if", "then", "elif", "else", "while", "until", "do",
      "!", "{", "time");

  /** Reserved words that close a compound command, and {@code for}, {@code case} and {@code select}, whose next words are not commands. */
  private static final Set<String> NON_COMMAND_WORDS = Set.of("fi", "done", "esac", "}", "for", "case", "select");

  private static final RuleMetadata METADATA = new RuleMetadata("BW607", "start-process-with-partial-path",
      "Process started by a program name without a path", Severity.LOW, Confidence.HIGH, List.of(426, 78),
      List.of("B607", "S607"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds process starts (`subprocess`, `os.system` and the other shell functions, `os.exec*`, "
              + "`os.spawn*`, `os.posix_spawn*`, `os.startfile`) whose program is a constant bare name such as "
              + "`\"git\"` rather than a path. For command lines run through a shell, the command word of each "
              + "command of the line is read (`cd /srv && make` reports `make`); shell builtins such as `cd` and "
              + "`echo`, reserved words such as `for`, `if` and `do`, and leading `VAR=value` words are skipped.",
          "A bare name is looked up in the directories of `PATH` (for `os.execv` and the other variants without "
              + "`p`, in the working directory). Whoever can change `PATH` or drop a file of that name into an "
              + "earlier directory, or into the working directory, decides which program actually runs, with the "
              + "rights of this process.",
          "subprocess.run([\"git\", \"pull\"])",
          "subprocess.run([shutil.which(\"git\") or \"/usr/bin/git\", \"pull\"])  # or a configured absolute path",
          "Name the program by its absolute path, or resolve it once with shutil.which at start-up and check the "
              + "result.",
          "Tools run on a developer machine, or in a container whose PATH is fixed, take no risk from a bare name; "
              + "silence those findings with `# bulwark: ignore[BW607]`. Paths starting with `.` or `..` are "
              + "explicit and not reported.",
          List.of("https://cwe.mitre.org/data/definitions/426.html",
              "https://docs.python.org/3/library/subprocess.html#popen-constructor")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ProcessCalls.ROOTS;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> name = context.qualifiedName(call.func());
    if (name.isEmpty()) {
      return;
    }
    String function = name.get();
    Optional<String> program;
    boolean pathSearch = true;
    if (ProcessCalls.SHELL.contains(function) || ProcessCalls.GETOUTPUT.contains(function)) {
      program = ProcessCalls.shellCommand(call, context).flatMap(c -> shellProgram(c, context));
    } else if (ProcessCalls.SUBPROCESS.contains(function)) {
      program = subprocessProgram(call, context);
    } else if (ProcessCalls.startsDirectly(function)) {
      program = context.argument(call, ProcessCalls.programParameter(function)).flatMap(context::constantString);
      pathSearch = ProcessCalls.searchesPath(function);
    } else {
      return;
    }
    if (program.isEmpty() || !isPartial(program.get())) {
      return;
    }
    String where = pathSearch ? "looked up in PATH" : "resolved against the working directory";
    context.report(call, "program '" + program.get() + "' is named without a path: it is " + where);
  }

  private static Optional<String> subprocessProgram(Expr.Call call, RuleContext context) {
    Optional<Expr> executable = context.argument(call, "executable");
    if (executable.isPresent()) {
      return context.constantString(executable.get());
    }
    Optional<Expr> command = context.argument(call, "args");
    if (command.isEmpty()) {
      return Optional.empty();
    }
    if (!ProcessCalls.usesShell(call, context)) {
      return Values.programOf(command.get(), context.model(), context.scope());
    }
    return ProcessCalls.subprocessShellLine(command).flatMap(line -> shellProgram(line, context));
  }

  /**
   * The first program of a shell command line that is named without a path: the command words of
   * each command of the line ({@code a; b && c}), past {@code VAR=value} prefixes and builtins, as far
   * as the line is known before the program runs.
   */
  private static Optional<String> shellProgram(Expr command, RuleContext context) {
    Optional<StringTemplate> template = StringTemplate.of(command, context, false);
    if (template.isEmpty()) {
      return Optional.empty();
    }
    String known = template.get().leadingText();
    if (known.isBlank()) {
      return Optional.empty();
    }
    // A word that runs straight into a computed part ("tool{x}") is not known in full.
    boolean lastWordCut = known.length() < template.get().text().length()
        && !Character.isWhitespace(known.charAt(known.length() - 1));
    String[] words = known.strip().split("\\s+");
    boolean commandPosition = true;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (SEPARATORS.contains(word)) {
        commandPosition = true;
        continue;
      }
      boolean endsCommand = word.endsWith(";");
      if (endsCommand) {
        word = word.substring(0, word.length() - 1);
      }
      if (commandPosition && OPENING_WORDS.contains(word) && !(i == words.length - 1 && lastWordCut)) {
        continue; // the next word is a command again
      }
      if (commandPosition && !(word.indexOf('=') > 0)) {
        if (i == words.length - 1 && lastWordCut) {
          return Optional.empty();
        }
        if (!SHELL_BUILTINS.contains(word) && !NON_COMMAND_WORDS.contains(word) && isPartial(word)) {
          return Optional.of(word);
        }
        // A builtin or a program given by path is fine; a later command of the line may still be looked up.
        commandPosition = false;
      }
      commandPosition |= endsCommand;
    }
    return Optional.empty();
  }

  /** Whether a program is a bare name: not absolute, not explicitly relative, not a drive path or a shell expansion. */
  static boolean isPartial(String program) {
    if (program.isEmpty()) {
      return false;
    }
    char first = program.charAt(0);
    if (first == '/' || first == '\\' || first == '.' || first == '~' || first == '$' || first == '"'
        || first == '\'' || first == '`') {
      return false;
    }
    return !(program.length() > 1 && Character.isLetter(first) && program.charAt(1) == ':');
  }
}
