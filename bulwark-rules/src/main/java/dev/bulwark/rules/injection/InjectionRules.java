package dev.bulwark.rules.injection;

import dev.bulwark.rules.Rule;
import java.util.List;

/** The rules of this category, listed by hand and sorted by id; {@code BuiltinRules} joins the categories. */
public final class InjectionRules {
  private InjectionRules() {}

  public static List<Rule> all() {
    return List.of(
        new ExecUsedRule(),
        new EvalUsedRule(),
        new ParamikoExecCommandRule(),
        new SubprocessShellTrueRule(),
        new SubprocessWithoutShellRule(),
        new OtherFunctionShellTrueRule(),
        new StartProcessWithShellRule(),
        new StartProcessWithoutShellRule(),
        new PartialExecutablePathRule(),
        new SqlStringFormattingRule(),
        new WildcardInjectionRule(),
        new DjangoExtraRule(),
        new DjangoRawSqlRule(),
        new LoggingConfigListenRule(),
        new SubprocessGetoutputRule(),
        new DynamicImportRule(),
        new CompileBuiltinRule(),
        new LdapFilterInjectionRule(),
        new XPathInjectionRule(),
        new TemplateInjectionRule());
  }
}
