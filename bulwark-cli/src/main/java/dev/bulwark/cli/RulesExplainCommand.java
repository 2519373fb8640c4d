package dev.bulwark.cli;

import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.docs.RuleCatalogDoc;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark rules explain CODE}: what a rule finds, why it matters, an example and the fix. */
@Command(name = "explain", description = "Explain a rule, named by its id, name, or a Bandit/Ruff code it covers.")
final class RulesExplainCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Parameters(paramLabel = "CODE", description = "e.g. BW602, subprocess-shell-true, B602 or S602")
  private String code;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Rule> all = new java.util.ArrayList<>(BuiltinRules.all());
    all.addAll(SecretRule.all());
    List<Rule> matches = all.stream().filter(r -> r.metadata().matches(code)).toList();
    if (matches.isEmpty()) {
      spec.commandLine().getErr().println("bulwark rules explain: no rule is called '" + code
          + "' (see 'bulwark rules' for the list)");
      return ExitCode.USAGE;
    }
    for (Rule rule : matches) {
      out.print(RuleCatalogDoc.explain(rule));
    }
    out.flush();
    return ExitCode.OK;
  }
}
