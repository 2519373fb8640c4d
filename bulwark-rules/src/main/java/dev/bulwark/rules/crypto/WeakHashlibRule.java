package dev.bulwark.rules.crypto;

import dev.bulwark.rules.ModuleRoots;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Signatures;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * MD4, MD5 or SHA-1 through {@code hashlib} without {@code usedforsecurity=False}, and the weak
 * methods of the {@code crypt} module.
 */
public final class WeakHashlibRule extends CallRule {

  private static final List<String> DIRECT = List.of("hashlib.md5", "hashlib.sha1");
  private static final List<String> BY_NAME = List.of("hashlib.new");
  private static final List<String> FILE_DIGEST = List.of("hashlib.file_digest");
  private static final List<String> HASHLIB =
      Signatures.known().requireAll(List.of("hashlib.md5", "hashlib.sha1", "hashlib.new", "hashlib.file_digest"));
  /** Algorithm names OpenSSL and hashlib accept for the broken hashes, lower-cased. */
  private static final Set<String> WEAK_NAMES = Set.of("md2", "md4", "md5", "sha", "sha1", "md5-sha1", "md5_sha1");
  private static final List<String> CRYPT_FUNCTIONS =
      Signatures.known().requireAll(List.of("crypt.crypt", "crypt.mksalt"));
  private static final List<String> WEAK_CRYPT_METHODS = List.of("crypt.METHOD_CRYPT", "crypt.METHOD_MD5");

  private static final RuleMetadata METADATA = new RuleMetadata("BW324", "weak-hashlib-hash",
      "hashlib MD4, MD5 or SHA-1 without usedforsecurity=False", Severity.HIGH, Confidence.HIGH,
      List.of(328, 327), List.of("B324", "S324"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `hashlib.md5()`, `hashlib.sha1()`, `hashlib.new(name)` and `hashlib.file_digest(f, name)` "
              + "with MD2, MD4, MD5, SHA or SHA-1 as the name, unless `usedforsecurity=False` says the digest "
              + "protects nothing. The name may be a constant reached through variables (`algorithm = \"md5\"`, "
              + "then `hashlib.new(algorithm)`); a name that is one branch of a conditional expression, or "
              + "the fallback of a configuration lookup (`os.getenv(\"HASH\", \"md5\")`, "
              + "`app.config.get(\"HASH\", \"md5\")`, `getattr(settings, \"HASH\", \"md5\")`, "
              + "ConfigParser's `fallback=`), is reported with medium confidence. Also finds `crypt.crypt` and `crypt.mksalt` with the DES-based or MD5-based "
              + "methods.",
          "MD4 and MD5 collisions are cheap to compute and SHA-1 collisions have been produced; these hashes "
              + "cannot back a signature, a certificate fingerprint or an integrity check an attacker may "
              + "target. Fast hashes such as these also fall quickly to password guessing.",
          "import hashlib\nsignature = hashlib.md5(secret + payload).hexdigest()",
          "import hashlib, hmac\nsignature = hmac.new(secret, payload, hashlib.sha256).hexdigest()\n"
              + "etag = hashlib.md5(body, usedforsecurity=False).hexdigest()  # not a security use",
          "Use SHA-256 or stronger; where MD5 or SHA-1 only names or deduplicates data, pass "
              + "usedforsecurity=False to say so.",
          "Checksums, cache keys and protocol identifiers (git object ids, ETags) are not security uses; adding "
              + "`usedforsecurity=False` documents that and clears the finding. A name that is neither a constant, "
              + "a conditional between constants nor a configuration lookup with a constant fallback is not "
              + "checked: what the deployment configures is not known. Otherwise silence one finding with "
              + "`# bulwark: ignore[BW324]`.",
          List.of("https://cwe.mitre.org/data/definitions/328.html",
              "https://docs.python.org/3/library/hashlib.html#hash-algorithms")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(DIRECT, BY_NAME, FILE_DIGEST, CRYPT_FUNCTIONS);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> function = Resolver.which(context, call.func(), HASHLIB);
    if (function.isPresent()) {
      BoundArguments arguments = context.arguments(call, function.get());
      Optional<WeakChoice> choice = weakAlgorithm(function.get(), arguments, context);
      if (choice.isEmpty() || CallArguments.hasKeywordUnpacking(call)
          || declaredNotForSecurity(arguments, context)) {
        return;
      }
      String a = choice.get().algorithm();
      String upper = a.toUpperCase(Locale.ROOT);
      Severity severity = a.startsWith("sha") ? Severity.MEDIUM : Severity.HIGH;
      String advice = "; use SHA-256 or stronger, or pass usedforsecurity=False if this digest protects nothing";
      switch (choice.get().how()) {
        case ALWAYS -> context.report(call, upper + " is a broken hash" + advice, severity, Confidence.HIGH);
        case BY_DEFAULT -> context.report(call, "the hash algorithm is read from configuration and falls back to "
            + upper + ", a broken hash" + advice, severity, Confidence.MEDIUM);
        case ON_ONE_BRANCH -> context.report(call, "the hash algorithm is " + upper
            + ", a broken hash, on one branch of a conditional" + advice, severity, Confidence.MEDIUM);
        default -> throw new IllegalStateException(choice.get().how().name());
      }
      return;
    }
    Optional<String> crypt = Resolver.which(context, call.func(), CRYPT_FUNCTIONS);
    if (crypt.isPresent()) {
      // crypt(word, salt) takes the method as its salt; mksalt(method) as itself
      String parameter = crypt.get().equals("crypt.crypt") ? "salt" : "method";
      Optional<Expr> method = context.argument(call, crypt.get(), parameter);
      if (method.isPresent() && Resolver.isAnyOf(context, method.get(), WEAK_CRYPT_METHODS)) {
        context.report(call, "the DES and MD5 crypt methods are weak; use a dedicated password hash such as "
            + "argon2 or bcrypt", Severity.MEDIUM, Confidence.HIGH);
      }
    }
  }

  /** How surely a call builds the weak algorithm. */
  private enum How {
    /** A constant name, or a weak constructor called directly. */
    ALWAYS,
    /** The default of a configuration lookup ({@code os.getenv("HASH", "md5")}). */
    BY_DEFAULT,
    /** One branch of a conditional expression ({@code "md5" if legacy else "sha256"}). */
    ON_ONE_BRANCH
  }

  /** A weak algorithm, lower-cased, and how surely the call builds it. */
  private record WeakChoice(String algorithm, How how) {}

  /** The weak algorithm a hashlib call builds, if it builds one. */
  private static Optional<WeakChoice> weakAlgorithm(String function, BoundArguments arguments,
      RuleContext context) {
    if (DIRECT.contains(function)) {
      return Optional.of(new WeakChoice(Constants.lastPart(function), How.ALWAYS));
    }
    // hashlib.new(name, ...); file_digest(fileobj, digest, /): a digest= keyword is refused by Python
    Optional<Expr> name = arguments.argument(BY_NAME.contains(function) ? "name" : "digest");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> constant = weakName(name.get(), context.model(), context.scope());
    if (constant.isPresent()) {
      return Optional.of(new WeakChoice(constant.get(), How.ALWAYS));
    }
    // the name read from a variable assigned once: algorithm = os.getenv("HASH", "md5")
    Resolver.Bound at = Resolver.singleAssignment(context.model(), context.scope(), name.get())
        .orElse(new Resolver.Bound(name.get(), context.scope()));
    SemanticModel model = context.model();
    if (at.expr() instanceof Expr.IfExp choice) {
      return weakName(choice.body(), model, at.scope())
          .or(() -> weakName(choice.orelse(), model, at.scope()))
          .map(a -> new WeakChoice(a, How.ON_ONE_BRANCH));
    }
    if (at.expr() instanceof Expr.Call lookup) {
      return configuredDefault(lookup, model, at.scope())
          .flatMap(d -> weakName(d, model, at.scope()))
          .map(a -> new WeakChoice(a, How.BY_DEFAULT));
    }
    return Optional.empty();
  }

  /** The weak algorithm a constant expression names, lower-cased. */
  private static Optional<String> weakName(Expr e, SemanticModel model, Scope scope) {
    return model.constantString(e, scope).map(s -> s.toLowerCase(Locale.ROOT)).filter(WEAK_NAMES::contains);
  }

  /**
   * The fallback of a configuration lookup: {@code os.getenv(key, default)}, {@code os.environ.get(key,
   * default)}, {@code getattr(settings, name, default)}, a mapping's {@code get(key, default)} (Flask's
   * {@code app.config}, Django-style settings dicts) and ConfigParser's {@code get(section, option,
   * fallback=...)}. The lookup's own key must be a constant, as configuration keys are.
   */
  private static Optional<Expr> configuredDefault(Expr.Call call, SemanticModel model, Scope scope) {
    if (CallArguments.hasKeywordUnpacking(call)) {
      return Optional.empty();
    }
    List<Expr> args = call.args();
    if (Resolver.isAnyOf(model, scope, call.func(), List.of("builtins.getattr"))) {
      return args.size() == 3 && model.constantString(args.get(1), scope).isPresent()
          ? Optional.of(args.get(2)) : Optional.empty();
    }
    boolean getter = call.func() instanceof Expr.Attribute a && a.attr().equals("get")
        || Resolver.isAnyOf(model, scope, call.func(), List.of("os.getenv"));
    if (!getter || args.isEmpty() || model.constantString(args.get(0), scope).isEmpty()) {
      return Optional.empty();
    }
    Optional<Expr> keyword = CallArguments.keyword(call, "fallback").or(() -> CallArguments.keyword(call, "default"));
    if (keyword.isPresent()) {
      return keyword;
    }
    // get(key, default); ConfigParser's get(section, option) has no positional fallback, and no option
    // is ever named after a hash, so a weak name in second place is a default
    return args.size() == 2 ? Optional.of(args.get(1)) : Optional.empty();
  }

  private static boolean declaredNotForSecurity(BoundArguments arguments, RuleContext context) {
    Optional<Expr> flag = arguments.argument("usedforsecurity");
    return flag.isPresent() && Constants.isFalse(context.constant(flag.get()));
  }
}
