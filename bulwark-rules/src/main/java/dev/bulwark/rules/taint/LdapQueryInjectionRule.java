package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Attacker data reaches the text of an LDAP search filter or a distinguished name, by the taint
 * analysis. Both are CWE-90; they are kept apart as sink kinds because each has its own escaping.
 */
public final class LdapQueryInjectionRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW812", "ldap-query-injection",
      "Attacker data reaches an LDAP search filter or distinguished name", Severity.HIGH, Confidence.MEDIUM, List.of(90), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows attacker data to the filter argument of python-ldap's `search_s`, `search_st`, `search_ext_s` and ldap3's `Connection.search`, and to the distinguished name a call acts on: the search base, the entry that `modify_s`, `add_s`, `delete_s`, `rename_s` (ldap3: `modify`, `add`, `delete`, `modify_dn`) change, and the account that `simple_bind_s` or ldap3's `Connection(server, user=...)` binds as. `escape_filter_chars` from either library makes a value safe for a filter; `ldap.dn.escape_dn_chars` or ldap3's `escape_rdn` makes it safe for a distinguished name. Neither protects the other.",
          "Characters such as `*`, `(`, `)` and `|` change the filter: `*)(uid=*` matches every entry, which bypasses a login check or dumps the directory. In a distinguished name, `,`, `+` and `=` add or replace components: `bob,ou=admins` moves the change, the search or the login to another entry.",
          "user = request.form[\"user\"]\nconn.search_s(BASE, ldap.SCOPE_SUBTREE, \"(uid=%s)\" % user)",
          "user = escape_filter_chars(request.form[\"user\"])\nconn.search_s(BASE, ldap.SCOPE_SUBTREE, \"(uid=%s)\" % user)",
          "Escape each value with escape_filter_chars before it goes into a filter, and with escape_dn_chars (ldap3: escape_rdn) before it goes into a distinguished name.",
          "In a file that imports an LDAP library, any `search` method with attacker data in its second argument is taken for ldap3's. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. A call whose filter and distinguished name both hold attacker data is reported once, for the filter. Silence one finding with `# bulwark: ignore[BW812]`.",
          List.of("https://cwe.mitre.org/data/definitions/90.html")));

  public LdapQueryInjectionRule() {
    super(consequences());
  }

  /** The filter first: a call with attacker data in both is reported for its filter. */
  private static LinkedHashMap<SinkKind, String> consequences() {
    LinkedHashMap<SinkKind, String> c = new LinkedHashMap<>();
    c.put(SinkKind.LDAP, "the sender rewrites the directory search");
    c.put(SinkKind.LDAP_DN, "the sender chooses which directory entry is read, changed or bound as");
    return c;
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
