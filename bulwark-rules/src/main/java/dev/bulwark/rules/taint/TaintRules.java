package dev.bulwark.rules.taint;

import dev.bulwark.rules.Rule;
import dev.bulwark.taint.TaintModel;
import java.util.List;

/** The rules of this category, listed by hand and sorted by id; {@code BuiltinRules} joins the categories. */
public final class TaintRules {
  private TaintRules() {}

  /** Whether any of {@code rules} is a taint rule, so that a scan needs the project's function summaries. */
  public static boolean anyIn(List<Rule> rules) {
    return rules.stream().anyMatch(r -> r instanceof TaintRule);
  }

  /** The models the taint rules read (the shipped ones). */
  public static List<TaintModel> models() {
    return TaintRule.Models.BUILTIN;
  }

  public static List<Rule> all() {
    return List.of(
        new CommandInjectionRule(),
        new SqlInjectionRule(),
        new CodeInjectionRule(),
        new PathTraversalRule(),
        new SsrfRule(),
        new ReflectedXssRule(),
        new OpenRedirectRule(),
        new DeserializationInjectionRule(),
        new ServerSideTemplateInjectionRule(),
        new RegexInjectionRule(),
        new XPathQueryInjectionRule(),
        new LdapQueryInjectionRule(),
        new TrustBoundaryRule(),
        new HeaderInjectionRule(),
        new LogInjectionRule(),
        new FormatStringInjectionRule(),
        new XxeInjectionRule(),
        new NoSqlInjectionRule());
  }
}
