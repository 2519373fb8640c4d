package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** An except clause that catches everything and does nothing. */
public final class TryExceptPassRule extends BroadHandlerRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW110", "try-except-pass",
      "broad except clause whose only statement is pass", Severity.LOW, Confidence.HIGH, List.of(703),
      List.of("B110", "S110"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `except:`, `except Exception:` and `except BaseException:` clauses (alone or in a tuple) "
              + "whose body is just `pass`. Clauses for a specific exception, such as `except KeyError: pass`, "
              + "state an expected case and are not reported.",
          "Every error in the `try` block disappears without a trace, including the ones nobody expected: a "
              + "failed permission check, a half-written file, an interrupted transaction. The program "
              + "carries on in a state its author never considered, and nobody learns that it happened.",
          "try:\n    audit_log.write(event)\nexcept Exception:\n    pass",
          "try:\n    audit_log.write(event)\nexcept OSError:\n    logger.exception(\"could not write audit event\")",
          "Catch the specific exceptions you expect and at least log the unexpected ones.",
          "Best-effort clean-up code (closing a socket during shutdown) sometimes really should ignore every "
              + "error; say so with a comment and `# bulwark: ignore[BW110]` on the except line.",
          List.of("https://cwe.mitre.org/data/definitions/703.html",
              "https://docs.python.org/3/tutorial/errors.html#handling-exceptions")));

  /** Flags the broad handlers whose body is only {@code pass}. */
  public TryExceptPassRule() {
    super(Stmt.Pass.class, "with only pass hides every error");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
