package dev.bulwark.rules.injection;

import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.taint.SinkKind;
import java.util.List;
import java.util.Optional;

/**
 * A {@code subprocess} call without a shell whose argument vector takes values computed at run time.
 *
 * <p>Deliberate deviation from Bandit's B603: Bandit reports every such call, constant or not. A
 * fixed argument list such as {@code ["git", "status"]} cannot be injected into, so reporting it only
 * buries the calls that deserve a look; this rule reports a call only when a non-constant element,
 * program or executable flows in.
 */
public final class SubprocessWithoutShellRule extends CallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW603", "subprocess-without-shell",
      "subprocess call without a shell that takes values computed at run time", Severity.LOW, Confidence.HIGH,
      List.of(78), List.of("B603", "S603"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `subprocess.Popen`, `run`, `call`, `check_call` and `check_output` calls that do not use the "
              + "shell but whose argument list, program or `executable=` is not fixed in the source. It is an "
              + "audit check: the call is not wrong, but its inputs deserve a look. Unlike Bandit's B603 it stays "
              + "silent on fully constant argument lists, which nothing can be injected into.",
          "Without a shell there is no shell syntax to abuse, yet the values still decide what runs. A value "
              + "chosen by an attacker can name another program, or add options that change what the program "
              + "does (`--output=/etc/...`, `-oProxyCommand=...` for ssh, `--upload-pack=...` for git).",
          "subprocess.run([\"git\", \"clone\", repository_url, target])",
          "subprocess.run([\"git\", \"clone\", \"--\", checked_url(repository_url), target])",
          "Check each variable argument against what the program expects, and put `--` before positional "
              + "values so that none of them can be read as an option.",
          "The rule cannot tell a trusted variable (a path from your own configuration) from an untrusted one; "
              + "findings are low severity for that reason. When `shell=` is given a value that is not a "
              + "constant the shell may be in play, and the finding is raised to medium. Silence one finding "
              + "with `# bulwark: ignore[BW603]`.",
          List.of("https://cwe.mitre.org/data/definitions/78.html",
              "https://docs.python.org/3/library/subprocess.html#security-considerations")));

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
    if (!context.isAnyOf(call.func(), ProcessCalls.SUBPROCESS)) {
      return;
    }
    if (ProcessCalls.usesShell(call, context) || !takesComputedValues(call, context)) {
      return;
    }
    Optional<Expr> shell = context.argument(call, "shell");
    if (shell.isPresent() && context.constant(shell.get()).isEmpty()) {
      context.reportInputSensitive(call, "subprocess call with a computed command and a computed shell= value: if the "
          + "value is true the command is parsed by the shell", Severity.MEDIUM, Confidence.MEDIUM,
          java.util.EnumSet.of(SinkKind.COMMAND));
    } else {
      context.reportInputSensitive(call, "subprocess call takes values computed at run time: check they cannot name "
          + "another program or add options", java.util.EnumSet.of(SinkKind.COMMAND));
    }
  }

  private static boolean takesComputedValues(Expr.Call call, RuleContext context) {
    BoundArguments arguments = context.arguments(call);
    if (arguments.isError()) {
      return false; // Python refuses the call before anything runs
    }
    Optional<Expr> command = arguments.argument("args");
    if (command.isEmpty()) {
      // an unpacked *args or **kwargs may carry it
      return !arguments.isCertain("args");
    }
    if (!Values.isConstantCommand(command.get(), context.model(), context.scope())) {
      return true;
    }
    Optional<Expr> executable = arguments.argument("executable");
    return executable.isPresent() && context.constant(executable.get()).isEmpty();
  }
}
