package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Attacker data reaches an OS command, by the taint analysis. */
public final class CommandInjectionRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW801", "command-injection",
      "Attacker data reaches an OS command", Severity.HIGH, Confidence.MEDIUM, List.of(78), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows data from a request, the command line, the environment or `input()` through assignments, string building, containers and calls of the same file to the calls that run a shell command: `os.system`, `os.popen`, `subprocess.*` with `shell=True`, `asyncio.create_subprocess_shell`. `shlex.quote` and numeric conversions (`int`, `float`) make a value safe; a value quoted for another purpose (an HTML escape) is still reported.",
          "A shell reads `;`, `&&`, `|`, backticks and `$(...)` as more commands. Whoever controls part of the command line runs any program with the rights of this process: reading secrets, planting a back door, moving on through the network.",
          "@app.route(\"/ping\")\ndef ping():\n    host = request.args[\"host\"]\n    os.system(\"ping -c 1 \" + host)",
          "@app.route(\"/ping\")\ndef ping():\n    host = request.args[\"host\"]\n    subprocess.run([\"ping\", \"-c\", \"1\", host], check=True)",
          "Pass the program and its arguments as a list without a shell, or quote each piece with shlex.quote.",
          "Checks the analysis reads make a value safe in the branch they guard: membership in a constant allow-list (`if host in ALLOWED:`), equality with a constant, `isdigit()` and the like. Other validation, such as a regular expression match, is not read, so a value validated that way is still reported. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW801]`.",
          List.of("https://cwe.mitre.org/data/definitions/78.html", "https://docs.python.org/3/library/subprocess.html#security-considerations")));

  public CommandInjectionRule() {
    super(SinkKind.COMMAND, "the sender runs shell commands on this host");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
