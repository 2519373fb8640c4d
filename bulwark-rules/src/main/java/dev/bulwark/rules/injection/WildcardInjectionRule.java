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

/**
 * {@code chown}, {@code chmod}, {@code tar} or {@code rsync} run through a shell with a bare
 * {@code *} among their arguments: file names in the directory become options.
 */
public final class WildcardInjectionRule extends CallRule {

  /** Programs known to take dangerous options that a file name can spell (--reference, --checkpoint-action, -e). */
  private static final Set<String> PROGRAMS = Set.of("chown", "chmod", "tar", "rsync");
  /** Wrappers that run the next word as the program. */
  private static final Set<String> WRAPPERS = Set.of("sudo", "nice", "nohup", "exec", "command", "time", "env");

  private static final RuleMetadata METADATA = new RuleMetadata("BW609", "shell-wildcard-injection",
      "chown, chmod, tar or rsync run through a shell with a wildcard argument", Severity.HIGH, Confidence.MEDIUM,
      List.of(155), List.of("B609", "S609"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds command lines run through a shell (`os.system`, `os.popen`, `subprocess.getoutput`, "
              + "`subprocess` with `shell=True`, and the older shell functions) in which `chown`, `chmod`, `tar` "
              + "or `rsync` gets an unquoted `*` that expands to names from the directory, such as `*` or "
              + "`*.log`. A wildcard behind a directory (`/srv/data/*`, `./*`) or after `--` is not reported, "
              + "because the names it expands to cannot start with `-`.",
          "The shell replaces `*` with the file names it finds, and the program then reads a name that "
              + "starts with `-` as an option. Whoever can create files there can create one called "
              + "`--checkpoint-action=exec=sh evil.sh` for tar, `--reference=owned` for chown and chmod, or "
              + "`-e sh evil.sh` for rsync, and so run commands or take over files.",
          "os.system(\"tar czf /backup/site.tgz *\")",
          "subprocess.run([\"tar\", \"czf\", \"/backup/site.tgz\", \"--\", *os.listdir(\".\")], check=True)",
          "Put `--` before the file arguments, or write the wildcard behind a path (`./*`), or list the files "
              + "in Python and pass them without a shell.",
          "The rule reads only the constant parts of the command line; a wildcard inside a computed value is not "
              + "seen. Silence one finding with `# bulwark: ignore[BW609]`.",
          List.of("https://cwe.mitre.org/data/definitions/155.html",
              "https://www.gnu.org/software/tar/manual/html_node/checkpoints.html")));

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
    Optional<Expr> line = shellCommand(call, context);
    if (line.isEmpty()) {
      return;
    }
    Optional<StringTemplate> template = StringTemplate.of(line.get(), context, false);
    if (template.isEmpty()) {
      return;
    }
    for (List<ShellLine.Word> command : ShellLine.commands(template.get().text())) {
      Optional<String> program = globbedProgram(command);
      if (program.isPresent()) {
        context.report(call, program.get() + " gets a shell wildcard: a file named like an option becomes one");
        return;
      }
    }
  }

  /** The command line of a call that runs one through a shell, or empty. */
  private static Optional<Expr> shellCommand(Expr.Call call, RuleContext context) {
    if (context.isAnyOf(call.func(), ProcessCalls.SHELL) || context.isAnyOf(call.func(), ProcessCalls.GETOUTPUT)) {
      return ProcessCalls.shellCommand(call, context);
    }
    if (!context.isAnyOf(call.func(), ProcessCalls.SUBPROCESS) || !ProcessCalls.usesShell(call, context)) {
      return Optional.empty();
    }
    return ProcessCalls.subprocessShellLine(context.argument(call, "args"));
  }

  /** The program of one command, when it is one of {@link #PROGRAMS} and a leading wildcard precedes any {@code --}. */
  private static Optional<String> globbedProgram(List<ShellLine.Word> command) {
    int i = 0;
    while (i < command.size() && command.get(i).text().indexOf('=') > 0) {
      i++;
    }
    if (i < command.size() && WRAPPERS.contains(command.get(i).text())) {
      // sudo and the like take options of their own; the program is the first word that names one of ours.
      while (i < command.size() && !PROGRAMS.contains(baseName(command.get(i).text()))) {
        i++;
      }
    }
    if (i >= command.size()) {
      return Optional.empty();
    }
    String base = baseName(command.get(i).text());
    if (!PROGRAMS.contains(base)) {
      return Optional.empty();
    }
    for (int k = i + 1; k < command.size(); k++) {
      if (command.get(k).text().equals("--")) {
        return Optional.empty();
      }
      if (command.get(k).leadingGlob()) {
        return Optional.of(base);
      }
    }
    return Optional.empty();
  }

  private static String baseName(String program) {
    return program.substring(program.lastIndexOf('/') + 1);
  }
}
