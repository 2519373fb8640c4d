package dev.bulwark.rules.injection;

import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** A {@code subprocess} call that runs its command through the shell. */
public final class SubprocessShellTrueRule extends GradedCallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW602", "subprocess-shell-true",
      "subprocess call with shell=True", Severity.HIGH, Confidence.HIGH, List.of(78), List.of("B602", "S602"),
      RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls of `subprocess.Popen`, `run`, `call`, `check_call` and `check_output` with `shell=True`.",
          "The command is handed to `/bin/sh`, so any shell syntax in a piece of it that an attacker controls "
              + "(`;`, `$(...)`, backquotes) runs as a command of its own.",
          "subprocess.run(f\"convert {name} out.png\", shell=True)",
          "subprocess.run([\"convert\", name, \"out.png\"])",
          "Pass the command as a list of arguments and drop shell=True; if a shell is unavoidable, quote each "
              + "piece with shlex.quote.",
          "A constant command string cannot be injected into; it is reported at low severity. When the taint rules run and request data reaches the call, the finding is raised to "
              + "critical, names the source and its line, and carries the path; BW801 then does not report the "
              + "same call. Inside a request handler the call is reported only when request data reaches it: there the "
              + "analysis sees every way the request comes in. Silence one "
              + "finding with `# bulwark: ignore[BW602]`.",
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
    if (!context.isAnyOf(call.func(), ProcessCalls.SUBPROCESS) || !ProcessCalls.usesShell(call, context)) {
      return;
    }
    reportGraded(call, context, Values.isConstantString(context.argument(call, "args"), context),
        "subprocess call with shell=True runs a constant command through the shell",
        "subprocess call with shell=True: a command built from variables can be injected into");
  }

  @Override
  final java.util.Set<dev.bulwark.taint.SinkKind> taintKinds() {
    return java.util.Set.of(dev.bulwark.taint.SinkKind.COMMAND);
  }
}
