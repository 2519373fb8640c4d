package dev.bulwark.rules.injection;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** A call of the {@code exec} builtin. */
public final class ExecUsedRule extends CodeBuiltinRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW102", "exec-used",
      "Use of the exec builtin", Severity.MEDIUM, Confidence.HIGH, List.of(95, 94), List.of("B102", "S102"),
      RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls of the builtin `exec`, however it is reached: by its own name, through `builtins.exec`, "
              + "or through an alias of either.",
          "`exec` runs any Python statements it is given with the full rights of the program. If any piece of "
              + "the code string comes from a user, a file or the network, that source can run whatever it "
              + "likes: read secrets, start processes, change data.",
          "exec(f\"result = {expression}\")",
          "result = OPERATIONS[operation](left, right)  # look the behaviour up instead of generating code",
          "Replace the generated code with ordinary functions chosen from a fixed table, or parse the data with "
              + "a real parser such as ast.literal_eval or json.loads.",
          "A constant code string cannot be injected into; it is reported at low severity because it still hides "
              + "code from readers and tools. A method that happens to be called `exec` is not this builtin and is "
              + "not reported. When the taint rules run and request data reaches the call, the finding is raised to "
              + "critical, names the source and its line, and carries the path; BW803 then does not report the "
              + "same call. Inside a request handler the call is reported only when request data reaches it: there the "
              + "analysis sees every way the request comes in. Silence one finding with `# bulwark: ignore[BW102]`.",
          List.of("https://cwe.mitre.org/data/definitions/95.html",
              "https://docs.python.org/3/library/functions.html#exec")));

  public ExecUsedRule() {
    super("builtins.exec", "exec of a constant code string",
        "exec runs code built at run time: anyone who controls it runs Python in this process");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
