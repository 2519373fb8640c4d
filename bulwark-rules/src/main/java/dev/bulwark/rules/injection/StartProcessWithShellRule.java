package dev.bulwark.rules.injection;

import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** {@code os.system}, {@code os.popen} and the Python 2 {@code popen2}/{@code commands} functions: always a shell. */
public final class StartProcessWithShellRule extends GradedCallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW605", "start-process-with-shell",
      "Process started through a shell by os.system, os.popen or a similar function", Severity.HIGH,
      Confidence.HIGH, List.of(78), List.of("B605", "S605"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `os.system`, `os.popen` (and the old `os.popen2`-`os.popen4`), the Python 2 `popen2` "
              + "functions and classes, and `commands.getoutput`/`getstatusoutput`. All of them hand a command "
              + "string to the system shell; there is no way to turn that off. The two `subprocess` helpers "
              + "that do the same have their own rule, BW901.",
          "The shell parses the whole string, so any piece of it that comes from outside can end the intended "
              + "command and start another with `;`, `&&`, `|`, `$(...)` or backquotes, or redirect output over "
              + "a file with `>`.",
          "os.system(\"convert \" + upload + \" thumb.png\")",
          "subprocess.run([\"convert\", upload, \"thumb.png\"], check=True)",
          "Use subprocess with an argument list and no shell; if the shell's features are needed, quote each "
              + "variable piece with shlex.quote.",
          "A constant command cannot be injected into; it is reported at low severity (BW607 may still apply "
              + "to its program path). When the taint rules run and request data reaches the call, the finding is raised to "
              + "critical, names the source and its line, and carries the path; BW801 then does not report the "
              + "same call. Inside a request handler the call is reported only when request data reaches it: there the "
              + "analysis sees every way the request comes in. Silence one finding with `# bulwark: ignore[BW605]`.",
          List.of("https://cwe.mitre.org/data/definitions/78.html",
              "https://docs.python.org/3/library/os.html#os.system")));

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
    if (!context.isAnyOf(call.func(), ProcessCalls.SHELL)) {
      return;
    }
    reportGraded(call, context, Values.isConstantString(ProcessCalls.shellCommand(call, context), context),
        "constant command started through the shell", "command built at run time is parsed by the shell: a piece "
            + "an attacker controls can run commands of its own");
  }

  @Override
  final java.util.Set<dev.bulwark.taint.SinkKind> taintKinds() {
    return java.util.Set.of(dev.bulwark.taint.SinkKind.COMMAND);
  }
}
