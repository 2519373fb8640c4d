package dev.bulwark.rules.crypto;

import dev.bulwark.rules.Identifiers;
import dev.bulwark.python.ast.CmpOperator;
import dev.bulwark.python.ast.Expr;
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
 * A secret (token, signature, MAC, digest, password) compared with {@code ==} or {@code !=}, which
 * stops at the first differing character and so tells an attacker, through timing, how much matched.
 */
public final class TimingUnsafeCompareRule extends ModuleWalkRule {

  /** Methods that change a value's form but not what it is: {@code sig.encode()} is still the signature. */
  private static final Set<String> TRANSPARENT_METHODS = Set.of("encode", "decode", "lower", "upper", "strip",
      "lstrip", "rstrip", "hex");
  private static final Set<String> DIGEST_METHODS = Set.of("digest", "hexdigest");
  private static final List<String> HMAC_OBJECTS = List.of("hmac.new", "hmac.HMAC", "Crypto.Hash.HMAC.new",
      "Cryptodome.Hash.HMAC.new");
  private static final List<String> HMAC_FUNCTIONS = List.of("hmac.digest");
  private static final Set<String> EQUALITY_METHODS = Set.of("__eq__", "__ne__");

  private static final RuleMetadata METADATA = new RuleMetadata("BW920", "non-constant-time-comparison",
      "secret, token, signature or MAC compared with == instead of hmac.compare_digest", Severity.MEDIUM,
      Confidence.MEDIUM, List.of(208), List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `==` and `!=` comparisons where one side is the `digest()`/`hexdigest()` of an HMAC or a "
              + "call of `hmac.digest` (high confidence), or a value whose name says it is a secret: signature, "
              + "mac, hmac, secret, otp, passphrase, api_key, secret_key, access_key, csrf_token, auth_token and "
              + "the like. Ambiguous words (a bare `token`, `password`, `digest`, or a plain hash's digest) "
              + "count only when the other side is secret-named too, as in `user.password == password`; "
              + "boolean flags such as `verify_signature` and lexer tokens such as `next_token` never count. "
              + "Comparisons with a literal (or a tuple or list of "
              + "literals), assertions, functions named `test*` and `__eq__`/`__ne__` methods (structural "
              + "equality, not access checks) are left alone. `sig` is not taken as a secret word: in Python "
              + "it is usually a signal number.",
          "String and bytes equality stops at the first byte that differs, so the time a comparison takes "
              + "reveals how long the matching prefix is. By measuring many requests an attacker can rebuild a "
              + "valid signature, MAC or token one byte at a time.",
          "import hmac, hashlib\n"
              + "if hmac.new(key, body, hashlib.sha256).hexdigest() == request.headers[\"X-Signature\"]:\n"
              + "    accept()",
          "import hmac, hashlib\nexpected = hmac.new(key, body, hashlib.sha256).hexdigest()\n"
              + "if hmac.compare_digest(expected, request.headers[\"X-Signature\"]):\n    accept()",
          "Compare secrets with hmac.compare_digest (or secrets.compare_digest), which takes the same time "
              + "wherever the inputs differ.",
          "Names are a hint, not proof: a parser's `token` or a file checksum's `digest` is not secret, and a "
              + "comparison that never sees attacker input leaks nothing. Comparisons with a literal are skipped "
              + "(hard-coded secrets are the secret rules' concern). Silence one finding with "
              + "`# bulwark: ignore[BW920]`.",
          List.of("https://cwe.mitre.org/data/definitions/208.html",
              "https://docs.python.org/3/library/hmac.html#hmac.compare_digest")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected ScopedVisitor walker(RuleContext context) {
    return new Walk(context);
  }

  /** Why an operand counts as secret, how sure the rule is, and whether it is enough on its own. */
  private record Secret(String what, Confidence confidence, SecretNames.Strength strength) {}


  private static final class Walk extends ScopedVisitor {

    Walk(RuleContext context) {
      super(context);
    }

    @Override
    public void visitAssert(Stmt.Assert node) {
      // tests assert on tokens and signatures all the time; an assertion is not an access check
    }

    @Override
    public void visitFunctionDef(Stmt.FunctionDef node) {
      if (!isExempt(node.name())) {
        super.visitFunctionDef(node);
      }
    }

    @Override
    public void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
      if (!isExempt(node.name())) {
        super.visitAsyncFunctionDef(node);
      }
    }

    /** Tests, and equality methods, which compare objects field by field rather than check a secret. */
    private static boolean isExempt(String function) {
      return function.startsWith("test") || EQUALITY_METHODS.contains(function);
    }

    @Override
    public void visitCompare(Expr.Compare node) {
      Expr left = node.left();
      for (int i = 0; i < node.ops().size(); i++) {
        Expr right = node.comparators().get(i);
        CmpOperator op = node.ops().get(i);
        if ((op == CmpOperator.Eq || op == CmpOperator.NotEq) && checkPair(node, left, right)) {
          break;
        }
        left = right;
      }
      super.visitCompare(node);
    }

    /**
     * Reports the comparison if one side is clearly secret, or both sides are weakly so
     * ({@code user.password == password}); never when a side is a literal. True when reported.
     */
    private boolean checkPair(Expr.Compare node, Expr left, Expr right) {
      if (isLiteral(left) || isLiteral(right)) {
        return false;
      }
      Secret l = secret(left);
      Secret r = secret(right);
      boolean strong = (l != null && l.strength() == SecretNames.Strength.STRONG)
          || (r != null && r.strength() == SecretNames.Strength.STRONG);
      if (!strong && (l == null || r == null)) {
        return false;
      }
      Secret secret = stronger(l, r);
      context.report(node, "comparing " + secret.what() + " with == leaks through timing how much of it "
          + "matches; use hmac.compare_digest", Severity.MEDIUM, secret.confidence());
      return true;
    }

    /** A constant, or a tuple, list or set of constants: {@code token == ("", "")}. */
    private boolean isLiteral(Expr e) {
      if (model.constant(e, scope).isPresent()) {
        return true;
      }
      Optional<List<Expr>> elements = Constants.elements(e);
      if (elements.isEmpty()) {
        return false;
      }
      for (Expr x : elements.get()) {
        if (!isLiteral(x)) {
          return false;
        }
      }
      return true;
    }

    private static Secret stronger(Secret a, Secret b) {
      if (a == null) {
        return b;
      }
      if (b == null) {
        return a;
      }
      int byConfidence = b.confidence().compareTo(a.confidence());
      if (byConfidence != 0) {
        return byConfidence > 0 ? b : a;
      }
      return b.strength().compareTo(a.strength()) > 0 ? b : a;
    }

    private Secret secret(Expr e) {
      Expr x = unwrap(e);
      if (x instanceof Expr.Call call && Resolver.isAnyOf(model, scope, call.func(), HMAC_FUNCTIONS)) {
        return new Secret("an HMAC", Confidence.HIGH, SecretNames.Strength.STRONG);
      }
      if (x instanceof Expr.Call call && call.func() instanceof Expr.Attribute a
          && DIGEST_METHODS.contains(a.attr())) {
        // a plain hash's digest is often a file checksum: it needs a secret on the other side
        return isHmac(a.value()) ? new Secret("an HMAC", Confidence.HIGH, SecretNames.Strength.STRONG)
            : new Secret("a digest", Confidence.MEDIUM, SecretNames.Strength.WEAK);
      }
      Optional<String> name = Identifiers.of(x, model, scope);
      if (name.isEmpty()) {
        return null;
      }
      SecretNames.Strength strength = SecretNames.of(name.get());
      return strength == SecretNames.Strength.NONE ? null
          : new Secret("`" + name.get() + "`", Confidence.MEDIUM, strength);
    }

    /** Whether an object is an HMAC: made right there, or a name bound once to one. */
    private boolean isHmac(Expr receiver) {
      return Resolver.madeBy(model, scope, receiver, HMAC_OBJECTS);
    }

    private static Expr unwrap(Expr e) {
      Expr x = e;
      while (x instanceof Expr.Call c && c.func() instanceof Expr.Attribute a
          && TRANSPARENT_METHODS.contains(a.attr())) {
        x = a.value();
      }
      return x;
    }
  }
}
