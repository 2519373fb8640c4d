package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** An except clause in a loop that catches everything and moves on to the next iteration. */
public final class TryExceptContinueRule extends BroadHandlerRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW112", "try-except-continue",
      "broad except clause whose only statement is continue", Severity.LOW, Confidence.HIGH, List.of(703),
      List.of("B112", "S112"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `except:`, `except Exception:` and `except BaseException:` clauses (alone or in a tuple) "
              + "whose body is just `continue`. Clauses for a specific exception are not reported.",
          "Each failing item of the loop is skipped silently, whatever went wrong with it. A batch job that "
              + "validates, authorises or migrates records can then skip exactly the records that matter, "
              + "and its result looks complete.",
          "for row in rows:\n    try:\n        apply_refund(row)\n    except Exception:\n        continue",
          "for row in rows:\n    try:\n        apply_refund(row)\n    except RefundError:\n"
              + "        logger.warning(\"refund failed for %s\", row.id)\n        continue",
          "Catch the specific exceptions you expect, and log or count the items you skip.",
          "Loops that probe optional things (plugins, candidate files) may rightly skip every failure; "
              + "silence those with `# bulwark: ignore[BW112]` on the except line.",
          List.of("https://cwe.mitre.org/data/definitions/703.html",
              "https://docs.python.org/3/tutorial/errors.html#handling-exceptions")));

  /** Flags the broad handlers whose body is only {@code continue}. */
  public TryExceptContinueRule() {
    super(Stmt.Continue.class, "with only continue skips every failing item silently");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
