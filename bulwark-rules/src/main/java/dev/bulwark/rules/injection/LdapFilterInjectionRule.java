package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import dev.bulwark.semantic.Signatures;
import java.util.ArrayList;
import dev.bulwark.taint.SinkKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An LDAP search filter built by string formatting from a value that was not escaped. */
public final class LdapFilterInjectionRule extends CallRule {

  /** ldap3's {@code Connection.search} and {@code paged_search}, python-ldap's {@code LDAPObject.search*}. */
  private static final Set<String> SEARCH_METHODS = Set.of("search", "paged_search", "search_s", "search_st",
      "search_ext", "search_ext_s");
  private static final String LDAP3_SEARCH = Signatures.known().require("ldap3.Connection.search").name();
  private static final String LDAP3_PAGED_SEARCH =
      Signatures.known().require("ldap3.extend.standard.StandardExtendedOperations.paged_search").name();
  /** python-ldap's methods, by the name of the method. */
  private static final String PYTHON_LDAP = "ldap.ldapobject.LDAPObject.";

  static {
    for (String method : SEARCH_METHODS) {
      if (!method.equals("paged_search")) {
        Signatures.known().require(PYTHON_LDAP + method);
      }
    }
  }

  private static final RuleMetadata METADATA = new RuleMetadata("BW904", "ldap-filter-injection",
      "LDAP search filter built by string formatting", Severity.HIGH, Confidence.MEDIUM, List.of(90), List.of(),
      RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "In files that import `ldap3` or python-ldap (`ldap`), finds search calls (`search`, `paged_search`, "
              + "`search_s`, `search_st`, `search_ext`, `search_ext_s`) whose filter is built with an f-string, "
              + "`%`, `str.format` or `+` from a value that was not passed through `escape_filter_chars`. The "
              + "filter may be written in the call or in a variable assigned once.",
          "LDAP filters have their own syntax: `*`, `(`, `)`, `&`, `|` and `\\`. A user name such as "
              + "`*)(uid=*))(|(uid=*` turns a lookup of one entry into a match on every entry, which defeats "
              + "login checks built on a search and leaks directory data.",
          "conn.search(\"dc=example,dc=org\", f\"(&(objectClass=person)(uid={username}))\")",
          "conn.search(\"dc=example,dc=org\", f\"(&(objectClass=person)(uid={escape_filter_chars(username)}))\")",
          "Escape every value with escape_filter_chars (ldap3.utils.conv or ldap.filter), or build the filter "
              + "with ldap.filter.filter_format.",
          "The connection's type is not known, so any search method counts in a file that imports an LDAP "
              + "library, as long as its filter argument is built from parts and starts with `(`. A value "
              + "escaped in another function is not recognised. Silence one finding with "
              + "`# bulwark: ignore[BW904]`.",
          List.of("https://cwe.mitre.org/data/definitions/90.html",
              "https://ldap3.readthedocs.io/en/latest/searches.html")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!(call.func() instanceof Expr.Attribute a) || !SEARCH_METHODS.contains(a.attr())) {
      return;
    }
    // ldap3 takes the filter second, python-ldap third; the other slot holds a scope constant, never a filter.
    boolean injectable = false;
    for (Optional<Expr> filter : filters(call, a.attr(), context)) {
      injectable |= filter.isPresent() && isInjectable(filter.get(), context);
    }
    // The import scan walks the whole file, so it comes last, after the cheap checks have passed.
    if (!injectable) {
      return;
    }
    if (Imports.isMethodOf(context, a, "ldap", "ldap3", "ldap")) {
      context.reportInputSensitive(call, "LDAP filter built from a value that was not escaped: escape it with "
          + "escape_filter_chars", java.util.EnumSet.of(SinkKind.LDAP));
    }
  }

  /** The filter as each library that has a method of this name would read the call. */
  private static List<Optional<Expr>> filters(Expr.Call call, String method, RuleContext context) {
    List<Optional<Expr>> out = new ArrayList<>(2);
    if (method.equals("search")) {
      out.add(context.argument(call, LDAP3_SEARCH, "search_filter"));
    } else if (method.equals("paged_search")) {
      out.add(context.argument(call, LDAP3_PAGED_SEARCH, "search_filter"));
    }
    if (!method.equals("paged_search")) {
      out.add(context.argument(call, PYTHON_LDAP + method, "filterstr"));
    }
    return out;
  }

  private static boolean isInjectable(Expr filter, RuleContext context) {
    Optional<StringTemplate> template = StringTemplate.of(filter, context.model(), context.scope(),
        LdapFilterInjectionRule::isEscaped, true);
    return template.isPresent() && template.get().injectable() && template.get().text().strip().startsWith("(");
  }

  /** A call of escape_filter_chars, from ldap3 or python-ldap, however it was imported. */
  private static boolean isEscaped(Expr value, SemanticModel model, Scope scope) {
    if (!(value instanceof Expr.Call call)) {
      return false;
    }
    Expr f = call.func();
    String name = f instanceof Expr.Attribute a ? a.attr() : f instanceof Expr.Name n ? n.id() : "";
    return name.equals("escape_filter_chars")
        || model.qualifiedName(f, scope).map(q -> q.endsWith(".escape_filter_chars")).orElse(false);
  }
}
