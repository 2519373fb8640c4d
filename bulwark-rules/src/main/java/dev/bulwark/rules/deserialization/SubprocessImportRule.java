package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Importing {@code subprocess}, a marker for code that starts other programs. */
public final class SubprocessImportRule extends ModuleImportRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW404", "subprocess-import",
      "Import of subprocess", Severity.LOW, Confidence.HIGH, List.of(78),
      List.of("B404", "S404"), RuleMetadata.Status.PREVIEW, "0.1", new RuleDoc(
          "Finds imports of `subprocess`.",
          "Code that starts other programs is where command injection happens when a command is "
              + "built from input. The import itself is harmless; it marks a module worth reading with "
              + "that in mind.",
          "import subprocess\nsubprocess.run(f\"tar xf {name}\", shell=True)",
          "import subprocess\nsubprocess.run([\"tar\", \"xf\", name])",
          "Pass commands as argument lists without shell=True, and never let input choose the "
              + "program to run.",
          "Most imports of subprocess are fine; BW602 and the other subprocess rules report the "
              + "risky calls themselves. Silence one finding with `# bulwark: ignore[BW404]`. This check "
              + "is in preview.",
          List.of("https://cwe.mitre.org/data/definitions/78.html",
              "https://docs.python.org/3/library/subprocess.html#security-considerations")));

  public SubprocessImportRule() {
    super(METADATA, List.of("subprocess"),
        "starting programs is a place where command injection can happen; check how commands are built");
  }
}
