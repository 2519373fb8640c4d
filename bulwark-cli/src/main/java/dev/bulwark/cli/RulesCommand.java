package dev.bulwark.cli;

import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleMetadata;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bulwark rules}: one line per code rule (id, name, severity, CWE, the peer codes it covers). */
@Command(name = "rules",
    description = "List every code rule and secret detector; 'rules explain CODE' tells one in full.")
final class RulesCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Rule> all = new ArrayList<>(BuiltinRules.all());
    all.addAll(SecretRule.all());
    for (Rule rule : all) {
      RuleMetadata m = rule.metadata();
      out.printf("%-6s %-34s %-8s %-16s %-10s %s%n", m.id(), m.name(), m.severity().name().toLowerCase(Locale.ROOT),
          m.cwes().stream().map(c -> "CWE-" + c).collect(Collectors.joining(",")),
          String.join(",", m.aliases()), m.status() == RuleMetadata.Status.PREVIEW ? "(preview)" : "");
    }
    out.flush();
    return ExitCode.OK;
  }
}
