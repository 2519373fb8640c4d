package dev.bulwark.rules.config;

import dev.bulwark.python.ast.CmpOperator;
import dev.bulwark.python.ast.Expr;
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

/** A string literal stored in, or compared with, something named like a password. */
public final class HardcodedPasswordStringRule implements Rule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW105", "hardcoded-password-string",
      "password, secret or token given a literal string", Severity.MEDIUM, Confidence.MEDIUM, List.of(259, 798),
      List.of("B105", "S105"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds a literal string assigned to a variable, attribute, subscript or dict key whose name means a "
              + "password, secret or token (`db_password`, `self.apiToken`, `conf[\"client_secret\"]`), or "
              + "compared with one (`if password == \"admin\"`), including a literal fallback such as "
              + "`os.environ.get(\"DB_PASSWORD\", \"dev-pass\")`. A name counts when its last word is such a "
              + "word, so `password_length`, `token_url` and `secret_name` do not. Placeholders are skipped: "
              + "empty strings, masks such as `***` or `xxx`, `<...>` and `${VAR}` templates, `changeme`, "
              + "paths and URLs, and labels that merely name the secret (`\"password\"`, `\"DB_PASSWORD\"`).",
          "A credential in the source is in every copy of it: the repository and its history, built "
              + "packages, container images, backups and the laptops of everyone who cloned it. Rotating it "
              + "needs a code change and a release, so in practice it is rarely rotated.",
          "DB_PASSWORD = \"s3cr3t-prod\"\nconn = connect(user=\"app\", password=DB_PASSWORD)",
          "DB_PASSWORD = os.environ[\"DB_PASSWORD\"]\nconn = connect(user=\"app\", password=DB_PASSWORD)",
          "Read the secret at run time from the environment, a secrets manager or a file outside the "
              + "repository, and rotate the one that was committed.",
          "A literal that is not really a secret (a default for a local development database, a sample "
              + "value) is still reported; in test files findings are low severity. Names are judged by "
              + "their words, so a secret under an unusual name is missed. `SECRET_KEY` settings are left to "
              + "BW964. Silence one finding with `# bulwark: ignore[BW105]`.",
          List.of("https://cwe.mitre.org/data/definitions/259.html",
              "https://cwe.mitre.org/data/definitions/798.html",
              "https://docs.python.org/3/library/os.html#os.environ")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Stmt.Assign.class, Stmt.AnnAssign.class, Expr.Dict.class, Expr.Compare.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (node instanceof Expr.Dict d) {
      Stores.forEachConstantKey(d, context, (name, value) -> store(name, value, context));
    } else if (node instanceof Expr.Compare c) {
      if (c.ops().size() == 1 && (c.ops().get(0) == CmpOperator.Eq || c.ops().get(0) == CmpOperator.NotEq)) {
        compare(c.left(), c.comparators().get(0), context);
        compare(c.comparators().get(0), c.left(), context);
      }
    } else {
      Stores.forEachAssignment(node, (target, value) -> assignment(target, value, context));
    }
  }

  private void assignment(Expr target, Expr value, RuleContext context) {
    if (value == null) {
      return;
    }
    if (target instanceof Expr.Tuple t && value instanceof Expr.Tuple v && t.elts().size() == v.elts().size()) {
      for (int i = 0; i < t.elts().size(); i++) {
        assignment(t.elts().get(i), v.elts().get(i), context);
      }
      return;
    }
    Optional<String> name = Stores.targetName(target, context);
    if (name.isPresent()) {
      store(name.get(), value, context);
    }
  }

  private void store(String name, Expr value, RuleContext context) {
    if (!SecretNames.isSecretName(name) || HardcodedSecrets.isSigningKeySetting(name)) {
      return;
    }
    HardcodedSecrets.reportIfLiteral(value, value, name, "hardcoded secret assigned to '" + name + "'",
        METADATA.confidence(), context);
  }

  private void compare(Expr subject, Expr other, RuleContext context) {
    Optional<String> name = Stores.targetName(subject, context);
    if (name.isEmpty() || !SecretNames.isSecretName(name.get()) || !(other instanceof Expr.Constant)) {
      return;
    }
    HardcodedSecrets.reportIfLiteral(other, other, name.get(), "'" + name.get() + "' compared with a hardcoded secret",
        METADATA.confidence(), context);
  }
}
