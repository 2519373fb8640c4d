package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Attacker data reaches the text of an LDAP search filter, by the taint analysis. */
public final class LdapQueryInjectionRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW812", "ldap-query-injection",
      "Attacker data reaches the text of an LDAP search filter", Severity.HIGH, Confidence.MEDIUM, List.of(90), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows attacker data to the filter argument of python-ldap's `search_s`, `search_st`, `search_ext_s` and ldap3's `Connection.search`. `escape_filter_chars` from either library makes a value safe.",
          "Characters such as `*`, `(`, `)` and `|` change the filter: `*)(uid=*` matches every entry, which bypasses a login check or dumps the directory.",
          "user = request.form[\"user\"]\nconn.search_s(BASE, ldap.SCOPE_SUBTREE, \"(uid=%s)\" % user)",
          "user = escape_filter_chars(request.form[\"user\"])\nconn.search_s(BASE, ldap.SCOPE_SUBTREE, \"(uid=%s)\" % user)",
          "Escape each value with escape_filter_chars before it goes into the filter.",
          "In a file that imports an LDAP library, any `search` method with attacker data in its second argument is taken for ldap3's. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW812]`.",
          List.of("https://cwe.mitre.org/data/definitions/90.html")));

  public LdapQueryInjectionRule() {
    super(SinkKind.LDAP, "the sender rewrites the directory search");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
