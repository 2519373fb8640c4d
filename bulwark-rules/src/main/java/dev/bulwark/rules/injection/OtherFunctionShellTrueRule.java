package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/**
 * A call of something other than the {@code subprocess} functions with {@code shell=True}: a wrapper
 * (invoke, fabric, a project helper) that very probably passes the flag on to a shell.
 */
public final class OtherFunctionShellTrueRule extends GradedCallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW604", "other-function-shell-true",
      "Function other than subprocess called with shell=True", Severity.MEDIUM, Confidence.LOW, List.of(78),
      List.of("B604", "S604"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls with `shell=True` (or another constant that Python takes as true) of any function that "
              + "is not one of the `subprocess` functions BW602 covers: project helpers, task runners, "
              + "`subprocess` reached through a name the analysis cannot follow.",
          "A `shell` flag nearly always ends up in `subprocess` with the command string beside it, so the "
              + "string is parsed by `/bin/sh` and any piece an attacker controls can add commands of its own "
              + "with `;`, `|`, `$(...)` or backquotes.",
          "run_command(f\"du -sh {folder}\", shell=True)",
          "run_command([\"du\", \"-sh\", folder])",
          "Have the helper take an argument list and run it without a shell; if it must use one, quote each "
              + "variable piece with shlex.quote.",
          "The rule does not know what the called function does with the flag, hence the low confidence. "
              + "A constant command is reported at low severity. Silence one finding with "
              + "`# bulwark: ignore[BW604]`.",
          List.of("https://cwe.mitre.org/data/definitions/78.html",
              "https://docs.python.org/3/library/subprocess.html#security-considerations")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!ProcessCalls.usesShell(call, context) || context.isAnyOf(call.func(), ProcessCalls.SUBPROCESS)) {
      return;
    }
    reportGraded(call, context, Values.isConstantString(context.arguments(call).first(), context),
        "shell=True passed with a constant command",
        "shell=True passed to a function other than subprocess: the command is probably parsed by a shell");
  }
}
