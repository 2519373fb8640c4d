package dev.bulwark.rules.config;

import dev.bulwark.python.ast.BoolOperator;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Located;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;

/** What the three hardcoded-password rules share: which values count and how severe a hit is. */
final class HardcodedSecrets {
  private HardcodedSecrets() {}

  private static final List<String> ENV_LOOKUPS =
      Signatures.known().requireAll(List.of("os.environ.get", "os.getenv"));

  /**
   * The literal secret {@code value} holds, if it holds one: a constant string, or the literal
   * fallback of an environment lookup, that looks like a real secret rather than a placeholder or
   * label (see {@link SecretValues#isPlausibleSecret}). A bare name whose own name means a secret
   * is skipped: its assignment is where the literal is, and it is reported there.
   */
  static Optional<String> literalSecret(Expr value, String targetName, RuleContext context) {
    if (value == null || (value instanceof Expr.Name n && SecretNames.isSecretName(n.id()))) {
      return Optional.empty();
    }
    Expr literal = fallback(value, context);
    return context.constantString(literal).filter(v -> SecretValues.isPlausibleSecret(v, targetName));
  }

  /**
   * The literal a value falls back to when the environment does not supply one:
   * {@code os.environ.get("X", "literal")}, {@code os.getenv("X", "literal")},
   * {@code os.environ.get("X") or "literal"}. That literal is the secret in use wherever the
   * variable is missing, so it counts as hardcoded. Other values are returned as they are.
   */
  static Expr fallback(Expr value, RuleContext context) {
    if (value instanceof Expr.Call c && context.isAnyOf(c.func(), ENV_LOOKUPS)) {
      return context.argument(c, "default").orElse(value);
    }
    if (value instanceof Expr.BoolOp b && b.op() == BoolOperator.Or) {
      return b.values().get(b.values().size() - 1);
    }
    return value;
  }

  /**
   * Whether a variable, attribute or key is Flask's or Django's signing-key setting ({@code SECRET_KEY},
   * {@code app.secret_key}), which BW964 reports with its own advice; the password rules leave it
   * alone so one literal gets one finding.
   */
  static boolean isSigningKeySetting(String name) {
    return name.equals("SECRET_KEY") || name.equals("secret_key");
  }

  /**
   * Reports {@code message} at {@code at} when {@code value}, stored under {@code name}, holds a
   * literal secret (see {@link #literalSecret}), graded down in test code.
   */
  static void reportIfLiteral(Located at, Expr value, String name, String message, Confidence confidence,
      RuleContext context) {
    if (literalSecret(value, name, context).isPresent()) {
      context.report(at, message, severity(context), confidence);
    }
  }

  /** Test code is full of throwaway credentials: still worth a look, but at low severity. */
  private static Severity severity(RuleContext context) {
    return TestPaths.isTestFile(context) ? Severity.LOW : Severity.MEDIUM;
  }
}
