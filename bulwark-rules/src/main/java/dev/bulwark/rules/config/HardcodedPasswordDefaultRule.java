package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Arg;
import dev.bulwark.python.ast.Arguments;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.List;

/** A parameter named like a password whose default is a literal string. */
public final class HardcodedPasswordDefaultRule implements Rule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW107", "hardcoded-password-default",
      "password, secret or token parameter with a literal default", Severity.MEDIUM, Confidence.MEDIUM,
      List.of(259, 798), List.of("B107", "S107"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds function and lambda parameters whose name means a password, secret or token and whose default "
              + "value is a literal string, e.g. `def login(user, password=\"admin\")`. Placeholders (empty "
              + "strings, masks, templates, `changeme`, labels) are skipped as in BW105.",
          "Every caller that leaves the argument out silently uses the built-in credential, so the code works "
              + "without configuration and the default ends up in production, where anyone who reads the "
              + "source knows it.",
          "def connect(host, user=\"app\", password=\"app123\"):\n    ...",
          "def connect(host, user=\"app\", password=None):\n    password = password or os.environ[\"APP_DB_PASSWORD\"]",
          "Default the parameter to None and make the caller, or configuration read at run time, supply the secret.",
          "Defaults meant for a local development service are reported too (low severity in test files). "
              + "Silence one finding with `# bulwark: ignore[BW107]`.",
          List.of("https://cwe.mitre.org/data/definitions/259.html",
              "https://docs.python.org/3/reference/compound_stmts.html#function-definitions")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Stmt.FunctionDef.class, Stmt.AsyncFunctionDef.class, Expr.Lambda.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    Arguments args;
    if (node instanceof Stmt.FunctionDef f) {
      args = f.args();
    } else if (node instanceof Stmt.AsyncFunctionDef f) {
      args = f.args();
    } else {
      args = ((Expr.Lambda) node).args();
    }
    // defaults belong to the last positional parameters; keyword-only ones pair up one to one
    List<Arg> positional = new ArrayList<>(args.posonlyargs());
    positional.addAll(args.args());
    int offset = positional.size() - args.defaults().size();
    for (int i = 0; i < args.defaults().size(); i++) {
      checkDefault(positional.get(offset + i), args.defaults().get(i), context);
    }
    for (int i = 0; i < args.kwonlyargs().size() && i < args.kwDefaults().size(); i++) {
      checkDefault(args.kwonlyargs().get(i), args.kwDefaults().get(i), context);
    }
  }

  private void checkDefault(Arg param, Expr value, RuleContext context) {
    if (value == null || !SecretNames.isSecretName(param.arg())) {
      return;
    }
    HardcodedSecrets.reportIfLiteral(value, value, param.arg(),
        "parameter '" + param.arg() + "' defaults to a hardcoded secret", METADATA.confidence(), context);
  }
}
