package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** An {@code assert} statement in code that is not a test. */
public final class AssertUsedRule implements Rule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW101", "assert-used",
      "assert statement outside test code", Severity.LOW, Confidence.HIGH, List.of(703), List.of("B101", "S101"),
      RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `assert` statements in code that is not a test. Files named `test_*.py`, `*_test.py` or "
              + "`conftest.py`, and files under a `tests/` or `test/` directory, are test code and are skipped.",
          "Python drops every `assert` when it runs with `-O` or with `PYTHONOPTIMIZE` set, which many "
              + "production images do. A permission check, an input check or an invariant written as an "
              + "assert then silently stops running, and the code after it proceeds on data it was never "
              + "meant to see.",
          "def delete_account(user, target):\n    assert user.is_admin, \"admins only\"\n    target.delete()",
          "def delete_account(user, target):\n    if not user.is_admin:\n"
              + "        raise PermissionError(\"admins only\")\n"
              + "    target.delete()",
          "Raise an exception explicitly (ValueError, PermissionError, ...) for checks that must hold in "
              + "production; keep assert for tests and for facts that are only documentation.",
          "Asserts that only document an invariant or narrow a type for a checker are harmless, but the rule "
              + "cannot tell them from checks the program relies on, so it reports every one outside tests. "
              + "Test helpers kept outside the usual test paths are reported too. Silence one finding with "
              + "`# bulwark: ignore[BW101]`.",
          List.of("https://cwe.mitre.org/data/definitions/703.html",
              "https://docs.python.org/3/reference/simple_stmts.html#the-assert-statement")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Stmt.Assert.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (TestPaths.isTestFile(context)) {
      return;
    }
    context.report((Stmt.Assert) node, "assert is removed under python -O: this check will not run in optimised mode");
  }
}
