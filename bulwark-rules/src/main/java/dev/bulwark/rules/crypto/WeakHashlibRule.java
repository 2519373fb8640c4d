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
              + "protects nothing. Also finds `crypt.crypt` and `crypt.mksalt` with the DES-based or MD5-based "
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
              + "`usedforsecurity=False` documents that and clears the finding. A name passed to `hashlib.new` "
              + "that is not a constant is not checked. Otherwise silence one finding with "
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
      Optional<String> algorithm = weakAlgorithm(function.get(), arguments, context);
      if (algorithm.isEmpty() || CallArguments.hasKeywordUnpacking(call)
          || declaredNotForSecurity(arguments, context)) {
        return;
      }
      String a = algorithm.get();
      Severity severity = a.startsWith("sha") ? Severity.MEDIUM : Severity.HIGH;
      context.report(call, a.toUpperCase(Locale.ROOT) + " is a broken hash; use SHA-256 or stronger, or pass "
          + "usedforsecurity=False if this digest protects nothing", severity, Confidence.HIGH);
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

  /** The weak algorithm a hashlib call builds, lower-cased, if it builds one. */
  private static Optional<String> weakAlgorithm(String function, BoundArguments arguments, RuleContext context) {
    if (DIRECT.contains(function)) {
      return Optional.of(Constants.lastPart(function));
    }
    // hashlib.new(name, ...); file_digest(fileobj, digest, /): a digest= keyword is refused by Python
    Optional<Expr> name = arguments.argument(BY_NAME.contains(function) ? "name" : "digest");
    return name.flatMap(context::constantString)
        .map(s -> s.toLowerCase(Locale.ROOT))
        .filter(WEAK_NAMES::contains);
  }

  private static boolean declaredNotForSecurity(BoundArguments arguments, RuleContext context) {
    Optional<Expr> flag = arguments.argument("usedforsecurity");
    return flag.isPresent() && Constants.isFalse(context.constant(flag.get()));
  }
}
