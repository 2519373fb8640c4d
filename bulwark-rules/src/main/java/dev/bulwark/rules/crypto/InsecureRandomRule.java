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
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code random} module used for a value that must be unguessable. Bandit flags every call;
 * this rule reads where the value goes, so that dice rolls and shuffled test data stay quiet.
 */
public final class InsecureRandomRule extends ModuleWalkRule {

  private static final List<String> FUNCTIONS = List.of("random.Random", "random.random", "random.randrange",
      "random.randint", "random.choice", "random.choices", "random.uniform", "random.triangular",
      "random.randbytes", "random.sample", "random.getrandbits", "random.shuffle",
      // the distributions draw from the same Mersenne Twister: a cookie made of gauss() is as predictable
      "random.gauss", "random.normalvariate", "random.lognormvariate", "random.expovariate",
      "random.vonmisesvariate", "random.gammavariate", "random.betavariate", "random.paretovariate",
      "random.weibullvariate", "random.binomialvariate");

  /**
   * Words naming a store whose entries identify a user across requests: a value put into
   * {@code session[...]} or {@code response.cookies[...]} is what an attacker would guess to take over
   * that user's session.
   */
  private static final Set<String> STORE_WORDS = Set.of("session", "sessions", "cookie", "cookies");
  /** Methods that send a cookie: every argument after the cookie's name is its value or an attribute. */
  private static final Set<String> COOKIE_SETTERS = Set.of("set_cookie", "set_signed_cookie");

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
              + "`choices`, `sample`, `shuffle`, `getrandbits`, `randbytes`, `uniform`, `triangular`, the "
              + "distributions such as `gauss` and `normalvariate`, and the `Random` class). A call is reported "
              + "with high confidence when its value feeds a secret: something whose name means one (token, "
              + "password, secret, key, nonce, salt, OTP, session, CSRF, API key, PIN, IV), that is an "
              + "assignment target, a keyword argument (except a bare `key=`, which is an ordering function), "
              + "a dict key, an argument of a function so named (where \"key\" alone does not count, for "
              + "`cmp_to_key`), or a function so named (its return value included); an entry of a session or "
              + "cookie store (`session[key] = ...`, `response.cookies[name] = ...`, any name with a word that "
              + "ends in \"session\", such as `mysession`); or the value of a cookie "
              + "(`set_cookie(name, value)`). The value may reach the secret through local variables of the "
              + "same function (`value = str(random.getrandbits(32))`, then `session[key] = value`). Every "
              + "other call is reported with low severity and low confidence, so it can be "
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
              + "and a function named `session_stats` is not about session ids. A cookie or session entry that "
              + "holds a preference (a colour theme picked at random) is graded high all the same. Variables "
              + "are followed through plain assignments within one function, whatever the order of the "
              + "statements. "
              + "Low-confidence findings (no secret in sight) are expected for simulations, games, jitter and "
              + "test data. Silence one with "
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

  /** Whether a word of an identifier names a session or cookie store; "mysession" runs two words together. */
  private static boolean meansStore(String word) {
    return STORE_WORDS.contains(word) || word.endsWith("session");
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
    /** Local variables of the current function whose value some later statement puts into a secret. */
    private Map<String, String> laterSecret = Map.of();

    Walk(RuleContext context) {
      super(context);
    }

    @Override
    public void visitFunctionDef(Stmt.FunctionDef node) {
      inFunction(node.name(), node.body(), () -> super.visitFunctionDef(node));
    }

    @Override
    public void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
      inFunction(node.name(), node.body(), () -> super.visitAsyncFunctionDef(node));
    }

    @Override
    public void visitClassDef(Stmt.ClassDef node) {
      Map<String, String> saved = laterSecret;
      laterSecret = Map.of();
      within(null, () -> super.visitClassDef(node));
      laterSecret = saved;
    }

    /** Walks a function with what its own body says about where its local variables go. */
    private void inFunction(String name, List<Stmt> body, Runnable walk) {
      Map<String, String> saved = laterSecret;
      // the walker is already in the function's scope when it visits the def
      SinkScan scan = new SinkScan(model, scope);
      scan.visitAll(body);
      laterSecret = scan.secretVariables();
      within(meansSecret(name) ? name + "()" : null, walk);
      laterSecret = saved;
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
      String target = secretTarget(node.targets(), model, scope);
      if (target == null && node.targets().size() == 1 && node.targets().get(0) instanceof Expr.Name n
          && laterSecret.containsKey(n.id())) {
        target = n.id() + ", which goes into " + laterSecret.get(n.id());
      }
      feeding(target, node.value());
    }

    @Override
    public void visitAugAssign(Stmt.AugAssign node) {
      visit(node.target());
      feeding(secretTarget(List.of(node.target()), model, scope), node.value());
    }

    @Override
    public void visitAnnAssign(Stmt.AnnAssign node) {
      visit(node.target());
      visit(node.annotation());
      feeding(secretTarget(List.of(node.target()), model, scope), node.value());
    }

    @Override
    public void visitNamedExpr(Expr.NamedExpr node) {
      visit(node.target());
      feeding(secretTarget(List.of(node.target()), model, scope), node.value());
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
      if (callee != null && COOKIE_SETTERS.contains(callee)) {
        // set_cookie(name, value, ...): the name is chosen by the program, the value identifies the user
        List<Expr> args = node.args();
        if (!args.isEmpty()) {
          visit(args.get(0));
          within(callee + "()", () -> visitAll(args.subList(1, args.size())));
        }
        for (Keyword k : node.keywords()) {
          if ("value".equals(k.arg())) {
            feeding(callee + "()", k.value());
          } else {
            visit(k);
          }
        }
        return;
      }
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
  }

  /**
   * The first assignment target that holds a secret, looking into tuple targets: one whose identifier
   * means a secret, or an entry of a session or cookie store ({@code session[key]}).
   */
  private static String secretTarget(List<Expr> targets, SemanticModel model, Scope scope) {
    for (Expr t : targets) {
      if (t instanceof Expr.Tuple tuple) {
        String inner = secretTarget(tuple.elts(), model, scope);
        if (inner != null) {
          return inner;
        }
      } else if (t instanceof Expr.List list) {
        String inner = secretTarget(list.elts(), model, scope);
        if (inner != null) {
          return inner;
        }
      } else if (!(t instanceof Expr.Call)) {
        String name = Identifiers.of(t, model, scope).orElse(null);
        if (meansSecret(name)) {
          return name;
        }
        if (t instanceof Expr.Subscript s) {
          String store = Identifiers.of(s.value(), model, scope).orElse(null);
          if (store != null && Identifiers.words(store).stream().anyMatch(InsecureRandomRule::meansStore)) {
            return store + "[...]";
          }
        }
      }
    }
    return null;
  }

  /**
   * Finds, in one function body (not in the functions and classes it defines), the local variables
   * whose value a statement puts into a secret: {@code value = ...; session[key] = value}. The random
   * call that made {@code value} then feeds that secret too, one assignment removed.
   */
  private static final class SinkScan implements TreeVisitor {
    private final SemanticModel model;
    private final Scope scope;
    /** Variable name to the secret it goes into; the first statement found wins. */
    private final Map<String, String> found = new HashMap<>();
    /** Variable name to the variables its assigned values read: {@code b = str(a)} makes b read a. */
    private final Map<String, Set<String>> reads = new HashMap<>();

    SinkScan(SemanticModel model, Scope scope) {
      this.model = model;
      this.scope = scope;
    }

    @Override
    public void visitFunctionDef(Stmt.FunctionDef node) {
      // a nested function has variables of its own; its walk scans them
    }

    @Override
    public void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
      // as above
    }

    @Override
    public void visitClassDef(Stmt.ClassDef node) {
      // as above
    }

    @Override
    public void visitLambda(Expr.Lambda node) {
      // a lambda's parameters are not the function's variables
    }

    /** The variables whose values go into a secret, directly or through other variables. */
    Map<String, String> secretVariables() {
      Map<String, String> result = new HashMap<>(found);
      ArrayDeque<String> work = new ArrayDeque<>(result.keySet());
      while (!work.isEmpty()) {
        String variable = work.pop();
        for (String read : reads.getOrDefault(variable, Set.of())) {
          if (result.putIfAbsent(read, result.get(variable)) == null) {
            work.push(read);
          }
        }
      }
      return result;
    }

    @Override
    public void visitAssign(Stmt.Assign node) {
      goesInto(secretTarget(node.targets(), model, scope), node.value());
      if (node.targets().size() == 1 && node.targets().get(0) instanceof Expr.Name n) {
        reads.computeIfAbsent(n.id(), k -> new HashSet<>()).addAll(namesIn(node.value()));
      }
      TreeVisitor.super.visitAssign(node);
    }

    @Override
    public void visitAugAssign(Stmt.AugAssign node) {
      goesInto(secretTarget(List.of(node.target()), model, scope), node.value());
      TreeVisitor.super.visitAugAssign(node);
    }

    @Override
    public void visitAnnAssign(Stmt.AnnAssign node) {
      goesInto(secretTarget(List.of(node.target()), model, scope), node.value());
      TreeVisitor.super.visitAnnAssign(node);
    }

    @Override
    public void visitCall(Expr.Call node) {
      String callee = Identifiers.of(node.func(), model, scope).orElse(null);
      if (callee != null && COOKIE_SETTERS.contains(callee)) {
        for (int i = 1; i < node.args().size(); i++) {
          goesInto(callee + "()", node.args().get(i));
        }
        CallArguments.keyword(node, "value").ifPresent(v -> goesInto(callee + "()", v));
      } else if (meansSecretCallee(callee)) {
        node.args().forEach(a -> goesInto(callee + "()", a));
      }
      for (Keyword k : node.keywords()) {
        if (meansSecret(k.arg()) && !SORT_KEY.equals(k.arg())) {
          goesInto(k.arg(), k.value());
        }
      }
      TreeVisitor.super.visitCall(node);
    }

    @Override
    public void visitDict(Expr.Dict node) {
      for (int i = 0; i < node.values().size(); i++) {
        Expr key = node.keys().get(i);
        String name = key == null ? null : model.constantString(key, scope).orElse(null);
        if (meansSecret(name)) {
          goesInto(name, node.values().get(i));
        }
      }
      TreeVisitor.super.visitDict(node);
    }

    /** Records every variable read in {@code value} as going into {@code secret} (when not null). */
    private void goesInto(String secret, Expr value) {
      if (secret == null || value == null) {
        return;
      }
      for (String name : namesIn(value)) {
        found.putIfAbsent(name, secret);
      }
    }

    /** The names an expression reads, leaving out lambdas, whose bodies run later with names of their own. */
    private static Set<String> namesIn(Expr value) {
      Set<String> names = new HashSet<>();
      new TreeVisitor() {
        @Override
        public void visitName(Expr.Name node) {
          names.add(node.id());
        }

        @Override
        public void visitLambda(Expr.Lambda node) {
          // as above
        }
      }.visit(value);
      return names;
    }
  }
}
