package dev.bulwark.cli;

import dev.bulwark.python.ast.Node;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.secrets.Detector;
import dev.bulwark.secrets.Detectors;
import java.util.List;
import java.util.Set;

/**
 * A secret detector seen as a rule, so that {@code select}, {@code ignore}, per-path ignores,
 * suppression comments, baselines and the report writers treat secret findings exactly as code
 * findings. It subscribes to no node: the secret scanner, not the rule engine, finds its secrets.
 */
record SecretRule(Detector detector, RuleMetadata metadata) implements Rule {

  /**
   * The code rules that find secrets in Python through the syntax tree. Their findings point at a
   * literal secret, so the reports mask it; and where a token format finds the same line, its
   * finding is the more precise one and theirs is dropped.
   */
  static final Set<String> PYTHON_SECRET_RULES = Set.of("BW105", "BW106", "BW107", "BW964");

  private static final List<Rule> ALL = Detectors.all().stream().map(SecretRule::of).map(r -> (Rule) r).toList();

  /** A rule for every detector, by id. */
  static List<Rule> all() {
    return ALL;
  }

  /** Whether a rule id is a secret detector's or one of {@link #PYTHON_SECRET_RULES}. */
  static boolean findsSecrets(String ruleId) {
    return ruleId.startsWith("BW10") && ruleId.length() == 6 || PYTHON_SECRET_RULES.contains(ruleId);
  }

  static SecretRule of(Detector d) {
    String what = d.generic()
        ? "Finds a literal " + (d.name().contains("password") ? "password" : "secret, token or key")
            + " given to a setting whose name says it is one (`DB_PASSWORD=...`, `api_key: ...`) in configuration, "
            + "environment and script files, skipping placeholders (`changeme`, `${VAR}`, `<your-key>`)"
            + (d.name().contains("password") ? "." : " and values that do not look random (Shannon entropy).")
        : "Finds a " + d.title() + " by its documented format, checking the token's checksum where the format "
            + "has one. The finding shows only the first characters of the secret.";
    RuleDoc doc = new RuleDoc(what,
        "A credential committed to a repository is in every clone, fork, package and backup of it; anyone who "
            + "reads it can act as its owner until it is revoked.",
        "TOKEN = \"<a real " + d.title() + ", as committed>\"",
        "TOKEN = os.environ[\"TOKEN\"]  # set at deployment, from a secrets manager",
        "Revoke or rotate the credential, remove it from the file, and read it at run time from the environment "
            + "or a secrets manager.",
        "Test fixtures and documentation samples are reported too; silence one with "
            + "`# bulwark: ignore[" + d.id() + "]`, or allow-list its fingerprint with `allow-secrets` in the "
            + "configuration.",
        List.of("https://cwe.mitre.org/data/definitions/798.html"));
    RuleMetadata m = new RuleMetadata(d.id(), d.name(), d.title() + " in a file", d.severity(), d.confidence(),
        Detector.CWES, List.of(), RuleMetadata.Status.STABLE, "0.2", doc);
    return new SecretRule(d, m);
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of();
  }

  @Override
  public void check(Node node, RuleContext context) {
    // never called: the rule subscribes to no node
  }
}
