package dev.bulwark.rules.config;

import dev.bulwark.rules.Identifiers;
import dev.bulwark.python.ast.BoolOperator;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;
import java.util.Optional;

/** Flask's or Django's signing key written into the source. */
public final class HardcodedSecretKeyRule implements Rule {

  private static final List<String> ENV_LOOKUPS = List.of("os.environ.get", "os.getenv", "os.environ.setdefault");

  private static final RuleMetadata METADATA = new RuleMetadata("BW964", "hardcoded-secret-key",
      "Flask or Django SECRET_KEY hardcoded in source", Severity.HIGH, Confidence.HIGH, List.of(321, 798),
      List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds a literal string given to the framework signing key: `SECRET_KEY = \"...\"` (module or class "
              + "level), `app.secret_key = \"...\"`, `app.config[\"SECRET_KEY\"] = \"...\"`, "
              + "`{\"SECRET_KEY\": \"...\"}` and `config.update(SECRET_KEY=\"...\")`. A literal fallback, as in "
              + "`os.environ.get(\"SECRET_KEY\", \"dev\")` or `os.environ.get(...) or \"dev\"`, is reported "
              + "with medium confidence. Empty strings and `{{ template }}` placeholders are skipped, and so "
              + "are names of other settings (`SECRET_KEY = \"AWS_SECRET_ACCESS_KEY\"` names a variable to "
              + "read).",
          "Flask signs its session cookie and Django its sessions, password-reset tokens and signed cookies "
              + "with this key. Whoever knows it can forge a session for any user, including an "
              + "administrator, and with pickle-based serializers it can lead to code execution. A key in "
              + "the source is known to everyone who can read the repository or the built package; a "
              + "fallback is the key in use whenever the environment variable is missing.",
          "app.config[\"SECRET_KEY\"] = \"dev-key-123\"",
          "app.config[\"SECRET_KEY\"] = os.environ[\"FLASK_SECRET_KEY\"]",
          "Read the key from the environment or a secrets store with no fallback, so a missing key fails "
              + "at start-up, and rotate the committed one.",
          "Keys in development or test settings (`settings/dev.py`, test files) are reported at low severity. "
              + "Silence one finding with `# bulwark: ignore[BW964]`.",
          List.of("https://cwe.mitre.org/data/definitions/321.html",
              "https://cwe.mitre.org/data/definitions/798.html",
              "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key",
              "https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Stmt.Assign.class, Stmt.AnnAssign.class, Expr.Dict.class, Expr.Call.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (node instanceof Expr.Dict d) {
      Stores.forEachConstantKey(d, context, (key, v) -> {
        if (HardcodedSecrets.isSigningKeySetting(key)) {
          value(v, context);
        }
      });
    } else if (node instanceof Expr.Call c) {
      call(c, context);
    } else {
      Stores.forEachAssignment(node, (target, v) -> {
        if (isKeyTarget(target, context)) {
          value(v, context);
        }
      });
    }
  }

  private void call(Expr.Call c, RuleContext context) {
    for (Keyword k : c.keywords()) {
      if ("SECRET_KEY".equals(k.arg())) {
        value(k.value(), context);
      }
    }
    if (context.isAnyOf(c.func(), ENV_LOOKUPS) && c.args().size() >= 2
        && context.constantString(c.args().get(0)).map(v -> v.endsWith("SECRET_KEY")).orElse(false)
        && isLiteralKey(c.args().get(1), context)) {
      report(c.args().get(1), "SECRET_KEY falls back to a hardcoded value when the variable is unset",
          Confidence.MEDIUM, context);
    }
  }

  private static boolean isKeyTarget(Expr target, RuleContext context) {
    Optional<String> name = Stores.targetName(target, context);
    return name.isPresent() && HardcodedSecrets.isSigningKeySetting(name.get());
  }

  private void value(Expr value, RuleContext context) {
    if (isLiteralKey(value, context)) {
      report(value, "hardcoded SECRET_KEY: anyone with the source can forge sessions and tokens",
          Confidence.HIGH, context);
    } else if (value instanceof Expr.BoolOp b && b.op() == BoolOperator.Or
        && isLiteralKey(b.values().get(b.values().size() - 1), context)) {
      Expr fallback = b.values().get(b.values().size() - 1);
      report(fallback, "SECRET_KEY falls back to a hardcoded value", Confidence.MEDIUM, context);
    }
  }

  /** A literal key: a constant string that is not empty and not a template placeholder. */
  private static boolean isLiteralKey(Expr value, RuleContext context) {
    if (value instanceof Expr.Name n && HardcodedSecrets.isSigningKeySetting(n.id())) {
      return false;
    }
    Optional<String> s = context.constantString(value);
    if (s.isEmpty()) {
      return false;
    }
    String v = s.get().strip();
    boolean template = (v.startsWith("{{") && v.endsWith("}}")) || (v.startsWith("${") && v.endsWith("}"))
        || (v.startsWith("<") && v.endsWith(">"));
    return !v.isEmpty() && !template && !isSettingName(v);
  }

  /** {@code SECRET_KEY = "AWS_SECRET_ACCESS_KEY"}: the name of a setting or variable, not a key. */
  private static boolean isSettingName(String v) {
    List<String> words = Identifiers.words(v);
    return v.chars().allMatch(c -> Character.isLetter(c) || c == '_')
        && (words.contains("secret") || words.contains("key"));
  }

  private void report(Expr at, String message, Confidence confidence, RuleContext context) {
    Severity severity = SettingsFiles.isNonProduction(context) ? Severity.LOW : METADATA.severity();
    context.report(at, message, severity, confidence);
  }
}
