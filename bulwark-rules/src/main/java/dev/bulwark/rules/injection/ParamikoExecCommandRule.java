package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Signatures;
import java.util.List;

/** paramiko's {@code exec_command}, which runs a command line in the remote user's shell. */
public final class ParamikoExecCommandRule extends GradedCallRule {

  private static final String EXEC_COMMAND = Signatures.known().require("paramiko.SSHClient.exec_command").name();

  private static final RuleMetadata METADATA = new RuleMetadata("BW601", "paramiko-exec-command",
      "Command run through paramiko exec_command on a remote shell", Severity.MEDIUM, Confidence.MEDIUM,
      List.of(78), List.of("B601", "S601"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `exec_command(...)` calls in files that import paramiko, the method of `SSHClient` and "
              + "`Channel` that runs a command on the remote host.",
          "The SSH server hands the command string to the remote account's login shell, so it is parsed as "
              + "shell syntax there. A piece of it that an attacker controls can add `;`, `$(...)` or backquotes "
              + "and run commands of its own on the remote machine.",
          "client.exec_command(f\"tail -n 50 {log_name}\")",
          "client.exec_command(\"tail -n 50 \" + shlex.quote(log_name))",
          "Quote every variable piece of the remote command with shlex.quote, or check it against a fixed list "
              + "of allowed values.",
          "The receiver's type is not known, so any method named `exec_command` counts once the file imports "
              + "paramiko. A constant command is reported at low severity. Silence one finding with "
              + "`# bulwark: ignore[BW601]`.",
          List.of("https://cwe.mitre.org/data/definitions/78.html",
              "https://docs.paramiko.org/en/stable/api/client.html#paramiko.client.SSHClient.exec_command")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!(call.func() instanceof Expr.Attribute a) || !a.attr().equals("exec_command")
        || !Imports.isMethodOf(context, a, "paramiko.", "paramiko")) {
      return;
    }
    reportGraded(call, context, Values.isConstantString(context.argument(call, EXEC_COMMAND, "command"), context),
        "paramiko exec_command runs a constant command in the remote shell",
        "paramiko exec_command: a command built from variables is parsed by the remote shell");
  }
}
