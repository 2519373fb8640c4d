package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** A literal string passed as a keyword argument named like a password. */
public final class HardcodedPasswordFuncArgRule extends CallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW106", "hardcoded-password-funcarg",
      "password, secret or token keyword argument given a literal string", Severity.MEDIUM, Confidence.MEDIUM,
      List.of(259, 798), List.of("B106", "S106"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls that pass a literal string (or a constant built from literals) as a keyword argument "
              + "whose name means a password, secret or token, such as `connect(password=\"hunter2\")` or "
              + "`Client(api_key=\"sk-...\")`. The name is judged by its last word, and placeholders "
              + "(empty strings, masks, templates, `changeme`, labels) are skipped as in BW105.",
          "The credential is in the source, so it is in the repository history, in packages and images, and "
              + "with everyone who has a copy; it cannot be rotated without a release.",
          "client = Redis(host=\"cache\", password=\"r3d1s-pass\")",
          "client = Redis(host=\"cache\", password=os.environ[\"REDIS_PASSWORD\"])",
          "Pass a value read at run time from the environment or a secrets manager, and rotate the committed one.",
          "Credentials for throwaway local services and test fixtures are reported too (low severity in "
              + "test files). A variable whose own name means a secret is not reported here but where it is "
              + "assigned (BW105). Silence one finding with `# bulwark: ignore[BW106]`.",
          List.of("https://cwe.mitre.org/data/definitions/259.html",
              "https://cwe.mitre.org/data/definitions/798.html")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    for (Keyword k : call.keywords()) {
      String name = k.arg();
      if (name == null || name.equals("SECRET_KEY") || !SecretNames.isSecretName(name)) {
        continue;
      }
      HardcodedSecrets.reportIfLiteral(k, k.value(), name, "hardcoded secret passed as " + name + "=",
          METADATA.confidence(), context);
    }
  }
}
