package dev.bulwark.rules.crypto;

import dev.bulwark.rules.Identifiers;
import dev.bulwark.rules.ModuleRoots;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code random} module used for a value that must be unguessable. Bandit flags every call;
 * this rule reads where the value goes, so that dice rolls and shuffled test data stay quiet.
 */
public final class InsecureRandomRule extends ModuleWalkRule {

  private static final List<String> FUNCTIONS = List.of("random.Random", "random.random", "random.randrange",
      "random.randint", "random.choice", "random.choices", "random.uniform", "random.triangular",
      "random.randbytes", "random.sample", "random.getrandbits", "random.shuffle");

  /** Words that, anywhere in an identifier, say the value is meant to be secret or unguessable. */
  private static final Set<String> SECRET_WORDS = Set.of("token", "tokens", "password", "passwords", "passwd", "pwd",
      "passphrase", "secret", "secrets", "key", "nonce", "nonces", "salt", "otp", "totp", "hotp", "session",
      "sessionid", "csrf", "xsrf", "apikey", "pin", "iv", "credential", "credentials", "auth", "authtoken",
      "csrftoken");

  private static final String SORT_KEY = "key";

  private static final RuleMetadata METADATA = new RuleMetadata("BW311", "non-cryptographic-random",
      "random module used to make a secret", Severity.MEDIUM, Confidence.HIGH, List.of(330, 338),
      List.of("B311", "S311"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls of the `random` module's generators (`random()`, `randint`, `randrange`, `choice`, "
              + "`choices`, `sample`, `shuffle`, `getrandbits`, `randbytes`, `uniform`, `triangular` and the "
              + "`Random` class). A call is reported with high confidence when its value feeds something whose "
              + "name means a secret (token, password, secret, key, nonce, salt, OTP, session, CSRF, API key, "
              + "PIN, IV): an assignment target, a keyword argument (except a bare `key=`, which is an "
              + "ordering function), a dict key, an argument of a function so named (where \"key\" alone "
              + "does not count, for `cmp_to_key`), or anything inside a function so named (its return value "
              + "included). Every other call is reported with low severity and low confidence, so it can be "
              + "filtered out: unlike Bandit, which reports every call alike, the rule grades by where the "
              + "value goes.",
          "`random` is a Mersenne Twister: after 624 outputs an observer can rebuild its state and predict every "
              + "later value, and its seed is guessable. Tokens, passwords and keys made with it can be "
              + "predicted by an attacker.",
          "import random, string\n"
              + "reset_token = \"\".join(random.choice(string.ascii_letters) for _ in range(32))",
          "import secrets\nreset_token = secrets.token_urlsafe(32)",
          "Use the secrets module (token_bytes, token_hex, token_urlsafe, choice) or random.SystemRandom for "
              + "anything that must be unguessable.",
          "Names are only a hint: `key = random.choice(list(cache))` picks a dictionary key, not a secret key, "
              + "and a function named `session_stats` is not about session ids. Low-confidence findings (no "
              + "secret in sight) are expected for simulations, games, jitter and test data. Silence one with "
              + "`# bulwark: ignore[BW311]`.",
          List.of("https://cwe.mitre.org/data/definitions/330.html",
              "https://docs.python.org/3/library/random.html",
              "https://docs.python.org/3/library/secrets.html")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(FUNCTIONS);
  }

  @Override
  protected ScopedVisitor walker(RuleContext context) {
    return new Walk(context);
  }

  /** Whether an identifier names a secret. */
  static boolean meansSecret(String identifier) {
    return hasSecretWord(identifier, true);
  }

  /**
   * Whether a called function's name says its arguments become a secret ({@code set_password}).
   * "key" alone does not count here: {@code cmp_to_key} and {@code sort_key} order things.
   */
  static boolean meansSecretCallee(String identifier) {
    return hasSecretWord(identifier, false);
  }

  private static boolean hasSecretWord(String identifier, boolean keyCounts) {
    if (identifier == null) {
      return false;
    }
    for (String w : Identifiers.words(identifier)) {
      if (SECRET_WORDS.contains(w) && (keyCounts || !w.equals(SORT_KEY))) {
        return true;
      }
    }
    return false;
  }

  /** Walks the module remembering which secret-named target, if any, the current expression feeds. */
  private static final class Walk extends ScopedVisitor {
    /** The secret-meaning name the expression being visited flows into, or null. */
    private String secret;

    Walk(RuleContext context) {
      super(context);
    }

    @Override
    public void visitFunctionDef(Stmt.FunctionDef node) {
      within(meansSecret(node.name()) ? node.name() + "()" : null, () -> super.visitFunctionDef(node));
    }

    @Override
    public void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
      within(meansSecret(node.name()) ? node.name() + "()" : null, () -> super.visitAsyncFunctionDef(node));
    }

    @Override
    public void visitClassDef(Stmt.ClassDef node) {
      within(null, () -> super.visitClassDef(node));
    }

    /** Runs {@code body} with {@code name} as the secret being fed (null for none), then restores the outer one. */
    private void within(String name, Runnable body) {
      String saved = secret;
      secret = name;
      body.run();
      secret = saved;
    }

    @Override
    public void visitAssign(Stmt.Assign node) {
      visitAll(node.targets());
      feeding(secretTarget(node.targets()), node.value());
    }

    @Override
    public void visitAugAssign(Stmt.AugAssign node) {
      visit(node.target());
      feeding(secretTarget(List.of(node.target())), node.value());
    }

    @Override
    public void visitAnnAssign(Stmt.AnnAssign node) {
      visit(node.target());
      visit(node.annotation());
      feeding(secretTarget(List.of(node.target())), node.value());
    }

    @Override
    public void visitNamedExpr(Expr.NamedExpr node) {
      visit(node.target());
      feeding(secretTarget(List.of(node.target())), node.value());
    }

    @Override
    public void visitKeyword(Keyword node) {
      // a bare key= is sorted()/max()/groupby()'s ordering function, not a secret key
      boolean secretKeyword = meansSecret(node.arg()) && !SORT_KEY.equals(node.arg());
      feeding(secretKeyword ? node.arg() : null, node.value());
    }

    @Override
    public void visitDict(Expr.Dict node) {
      for (int i = 0; i < node.values().size(); i++) {
        Expr key = node.keys().get(i);
        visit(key);
        String name = key == null ? null : model.constantString(key, scope).orElse(null);
        feeding(meansSecret(name) ? name : null, node.values().get(i));
      }
    }

    @Override
    public void visitCall(Expr.Call node) {
      Optional<String> random = Resolver.candidates(model, scope, node.func()).stream()
          .filter(FUNCTIONS::contains).findFirst();
      random.ifPresent(name -> report(node, Constants.lastPart(name)));
      visit(node.func());
      String callee = Identifiers.of(node.func(), model, scope).orElse(null);
      String saved = secret;
      if (meansSecretCallee(callee)) {
        secret = callee + "()";
      }
      visitAll(node.args());
      secret = saved;
      visitAll(node.keywords());
    }

    private void report(Expr.Call call, String function) {
      if (secret != null) {
        context.report(call, "random." + function + " is predictable, yet its value feeds " + secret
            + "; use the secrets module", Severity.MEDIUM, Confidence.HIGH);
      } else {
        context.report(call, "random." + function + " is not suitable for security purposes; use the secrets "
            + "module if this value must be unguessable", Severity.LOW, Confidence.LOW);
      }
    }

    private void feeding(String name, Expr value) {
      if (name == null) {
        visit(value);
      } else {
        within(name, () -> visit(value));
      }
    }

    /** The first assignment target whose identifier means a secret, looking into tuple targets. */
    private String secretTarget(List<Expr> targets) {
      for (Expr t : targets) {
        if (t instanceof Expr.Tuple tuple) {
          String inner = secretTarget(tuple.elts());
          if (inner != null) {
            return inner;
          }
        } else if (t instanceof Expr.List list) {
          String inner = secretTarget(list.elts());
          if (inner != null) {
            return inner;
          }
        } else if (!(t instanceof Expr.Call)) {
          String name = Identifiers.of(t, model, scope).orElse(null);
          if (meansSecret(name)) {
            return name;
          }
        }
      }
      return null;
    }
  }
}
