package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Located;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Node;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/**
 * SQL text built from run-time values by an f-string, {@code %}, {@code str.format} or {@code +}.
 *
 * <p>Unlike a keyword search, the constant part must start a real statement ({@link SqlShape}), and
 * a run-time value that is not known to be harmless must flow in. Strings handed straight to
 * {@code execute}, {@code executemany}, {@code executescript}, {@code raw}, {@code sqlalchemy.text}
 * or {@code pandas.read_sql} are SQL whatever they look like. The rule walks the module itself
 * so that a chain such as {@code "SELECT " + a + " FROM " + b} is read, and reported, once.
 */
public final class SqlStringFormattingRule implements Rule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW608", "sql-string-formatting",
      "SQL statement built from run-time values by string formatting", Severity.MEDIUM, Confidence.MEDIUM,
      List.of(89), List.of("B608", "S608"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds SQL statements assembled with an f-string, `%`, `str.format` or `+` where a value computed at "
              + "run time goes into the text. A string counts as SQL when its constant part starts a statement "
              + "(`SELECT ... FROM`, `INSERT INTO`, `UPDATE ... SET`, `DELETE FROM`, `REPLACE`/`MERGE INTO`, "
              + "`WITH ... AS (`, `CREATE`/`DROP`/`ALTER` of a table, view, index and the like), or when it is "
              + "passed directly, or through a variable assigned once, to `execute`, `executemany`, "
              + "`executescript`, Django's `raw`, `sqlalchemy.text` or `pandas.read_sql`. Numbers forced by "
              + "`%d` or `{:d}`, `int(...)`, lists of placeholders such as `\", \".join(\"?\" * len(ids))` and "
              + "identifiers quoted with `quote_name`/`quote_ident` are known to be harmless and are not "
              + "counted.",
          "The database cannot tell the query its author wrote from text that arrived inside a value. A value "
              + "such as `' OR '1'='1` or `1; DROP TABLE users` changes the statement itself: it can read other "
              + "users' rows, bypass a login check or destroy data.",
          "cursor.execute(f\"SELECT * FROM users WHERE name = '{name}'\")",
          "cursor.execute(\"SELECT * FROM users WHERE name = %s\", (name,))",
          "Pass values as query parameters of the driver (placeholders such as %s, ? or :name) instead of "
              + "formatting them into the text; check table and column names against a fixed list.",
          "A value that is trusted (an identifier from a fixed list, a number the rule cannot see is a number) "
              + "is still reported; check it, then silence the finding with `# bulwark: ignore[BW608]`. Prose "
              + "that happens to read like SQL in lower case (\"delete from cache: ...\") may be reported. "
              + "Keywords in mixed case (\"Select\") are taken as prose and not reported.",
          List.of("https://cwe.mitre.org/data/definitions/89.html",
              "https://peps.python.org/pep-0249/#paramstyle")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Mod.Module.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    new SqlWalker(context).visit(node);
  }

  private static final java.util.Set<SinkKind> SQL = java.util.EnumSet.of(SinkKind.SQL);

  /** How a finding reads and how sure it is. */
  static void report(RuleContext context, Located at, String how, boolean sink, boolean shape) {
    String message = "SQL statement built with " + how + " from a run-time value: pass values as query parameters";
    if (shape && sink) {
      context.reportUnlessRuledOut(at, message, Severity.MEDIUM, Confidence.HIGH, SQL);
    } else if (shape) {
      context.reportUnlessRuledOut(at, message, SQL);
    } else {
      context.reportUnlessRuledOut(at, "string built with " + how + " from a run-time value is run as SQL: pass "
          + "values as query parameters", Severity.MEDIUM, Confidence.MEDIUM, SQL);
    }
  }
}
