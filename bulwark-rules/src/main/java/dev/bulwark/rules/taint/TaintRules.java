package dev.bulwark.rules.taint;

import dev.bulwark.rules.Rule;
import java.util.List;

/** The rules of this category, listed by hand and sorted by id; {@code BuiltinRules} joins the categories. */
public final class TaintRules {
  private TaintRules() {}

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
