package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Attacker data reaches the text of an SQL query, by the taint analysis. */
public final class SqlInjectionRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW802", "sql-injection",
      "Attacker data reaches the text of an SQL query", Severity.HIGH, Confidence.MEDIUM, List.of(89), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows attacker data into the query string of `execute`, `executemany` and `executescript` on any cursor or connection, Django's `raw`, `extra` and `RawSQL`. Parameters passed separately (`execute(sql, (value,))`) are not the query text and are never reported.",
          "Data spliced into SQL can close the string literal and add its own clauses: `' OR 1=1 --` returns every row, `'; DROP TABLE users; --` destroys data, and `UNION SELECT` reads other tables.",
          "name = request.args[\"name\"]\ncursor.execute(\"SELECT * FROM users WHERE name = '%s'\" % name)",
          "name = request.args[\"name\"]\ncursor.execute(\"SELECT * FROM users WHERE name = ?\", (name,))",
          "Pass values as query parameters and keep the SQL text constant.",
          "The rule cannot tell a cursor from another object with an `execute` method that takes attacker data; such a call is reported too. Constant allow-list checks on an identifier (`if order in (\"name\", \"price\"):`) are read. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW802]`.",
          List.of("https://cwe.mitre.org/data/definitions/89.html", "https://docs.python.org/3/library/sqlite3.html#sqlite3-placeholders")));

  public SqlInjectionRule() {
    super(SinkKind.SQL, "the sender rewrites the query");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
