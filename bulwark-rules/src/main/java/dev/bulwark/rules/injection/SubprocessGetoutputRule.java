package dev.bulwark.rules.injection;

import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;
import java.util.Optional;

/** {@code subprocess.getoutput} and {@code getstatusoutput}, which always run their command through the shell. */
public final class SubprocessGetoutputRule extends GradedCallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW901", "subprocess-getoutput",
      "Command run through the shell by subprocess.getoutput or getstatusoutput", Severity.HIGH, Confidence.HIGH,
      List.of(78), List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls of `subprocess.getoutput` and `subprocess.getstatusoutput`. They look like the safe "
              + "`subprocess` API, but both pass their single command string to the shell with `shell=True` "
              + "and offer no way to avoid it, exactly like `os.system` (BW605).",
          "The shell parses the whole string, so a value formatted into it can end the intended command and "
              + "start another with `;`, `&&`, `|`, `$(...)` or backquotes.",
          "status, output = subprocess.getstatusoutput(f\"ping -c 1 {host}\")",
          "result = subprocess.run([\"ping\", \"-c\", \"1\", host], capture_output=True, text=True)",
          "Use subprocess.run with an argument list, capture_output=True and text=True; read returncode and "
              + "stdout from the result.",
          "A constant command cannot be injected into; it is reported at low severity. When the taint rules run and request data reaches the call, the finding is raised to "
              + "critical, names the source and its line, and carries the path; BW801 then does not report the "
              + "same call. Inside a request handler the call is reported only when request data reaches it: there the "
              + "analysis sees every way the request comes in. Silence one finding with "
              + "`# bulwark: ignore[BW901]`.",
          List.of("https://cwe.mitre.org/data/definitions/78.html",
              "https://docs.python.org/3/library/subprocess.html#legacy-shell-invocation-functions")));

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
    if (name.isEmpty() || !ProcessCalls.GETOUTPUT.contains(name.get())) {
      return;
    }
    reportGraded(call, context, Values.isConstantString(context.argument(call, "cmd"), context),
        name.get() + " runs a constant command through the shell",
        name.get() + " always uses the shell: a command built from variables can be injected into");
  }

  @Override
  final java.util.Set<dev.bulwark.taint.SinkKind> taintKinds() {
    return java.util.Set.of(dev.bulwark.taint.SinkKind.COMMAND);
  }
}
