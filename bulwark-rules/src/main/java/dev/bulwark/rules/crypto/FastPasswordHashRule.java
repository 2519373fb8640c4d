package dev.bulwark.rules.crypto;

import dev.bulwark.rules.Identifiers;
import dev.bulwark.rules.ModuleRoots;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A password run through a fast hash ({@code hashlib.sha256(password)}) instead of a password KDF. */
public final class FastPasswordHashRule extends CallRule {

  /** The hashlib constructors, and the parameter each takes its data in (Python 3.14 renames string to data). */
  private static final Map<String, String> CONSTRUCTOR_DATA = Map.ofEntries(Map.entry("hashlib.md5", "string"),
      Map.entry("hashlib.sha1", "string"), Map.entry("hashlib.sha224", "string"), Map.entry("hashlib.sha256", "string"),
      Map.entry("hashlib.sha384", "string"), Map.entry("hashlib.sha512", "string"),
      Map.entry("hashlib.sha3_224", "string"), Map.entry("hashlib.sha3_256", "string"),
      Map.entry("hashlib.sha3_384", "string"), Map.entry("hashlib.sha3_512", "string"),
      Map.entry("hashlib.blake2b", "data"), Map.entry("hashlib.blake2s", "data"));
  private static final Set<String> CONSTRUCTORS = Signatures.known().requireAll(CONSTRUCTOR_DATA.keySet());
  private static final List<String> BY_NAME = Signatures.known().requireAll(List.of("hashlib.new"));
  private static final List<String> HMACS = Signatures.known().requireAll(List.of("hmac.new", "hmac.digest"));
  /** Head words of identifiers that hold a password. */
  private static final Set<String> PASSWORD_HEADS = Set.of("password", "passwd", "pwd", "passphrase", "pw");
  private static final int MAX_DEPTH = 6;

  private static final RuleMetadata METADATA = new RuleMetadata("BW926", "fast-hash-for-password",
      "password hashed with a fast hash instead of a password KDF", Severity.MEDIUM, Confidence.MEDIUM,
      List.of(916, 328), List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `hashlib` constructors (`md5`, `sha1`, the SHA-2 and SHA-3 families, BLAKE2, `hashlib.new`), "
              + "`update()` on a hash object made by one of them, and `hmac.new`/`hmac.digest` messages, when "
              + "the data hashed contains a value named as a password (`password`, `passwd`, `pwd`, "
              + "`passphrase`, `pw`: a name, an attribute or a `form[\"password\"]` item, possibly encoded, "
              + "salted or formatted).",
          "General-purpose hashes are built to be fast: a single GPU tries billions of SHA-256 guesses per "
              + "second, so a leaked table of such hashes gives up most passwords within days, salt or no salt.",
          "import hashlib\nstored = hashlib.sha256((salt + password).encode()).hexdigest()",
          "import hashlib, os\nsalt = os.urandom(16)\n"
              + "stored = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)",
          "Hash passwords with a deliberately slow KDF: argon2 (argon2-cffi), bcrypt, scrypt, or PBKDF2 "
              + "with a high iteration count.",
          "A password-named value may be hashed for another purpose (a cache key, a fingerprint in a log); "
              + "the rule only sees the name. Silence such a finding with `# bulwark: ignore[BW926]`.",
          List.of("https://cwe.mitre.org/data/definitions/916.html",
              "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html",
              "https://docs.python.org/3/library/hashlib.html#key-derivation")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(CONSTRUCTORS, BY_NAME, HMACS);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<Expr> data = Optional.empty();
    Optional<String> constructor = Resolver.which(context, call.func(), CONSTRUCTORS);
    Optional<String> other;
    if (constructor.isPresent()) {
      data = context.argument(call, constructor.get(), CONSTRUCTOR_DATA.get(constructor.get()))
          .or(() -> CallArguments.keyword(call, "data"));
    } else if ((other = Resolver.which(context, call.func(), BY_NAME)).isPresent()) {
      data = context.argument(call, other.get(), "data");
    } else if ((other = Resolver.which(context, call.func(), HMACS)).isPresent()) {
      data = context.argument(call, other.get(), "msg");
    } else if (isHashUpdate(call, context)) {
      // h.update(data): the hash object's one argument
      data = CallArguments.positional(call, 0);
    }
    Optional<String> password = data.flatMap(d -> passwordIn(d, context, 0));
    password.ifPresent(name -> context.report(call, "`" + name + "` is hashed with a fast hash; store passwords "
        + "with argon2, bcrypt, scrypt or PBKDF2"));
  }

  /** {@code h.update(...)} where {@code h} is bound once to a hashlib constructor call. */
  private static boolean isHashUpdate(Expr.Call call, RuleContext context) {
    if (!(call.func() instanceof Expr.Attribute a) || !a.attr().equals("update")) {
      return false;
    }
    return Resolver.boundToCallOf(context.model(), context.scope(), a.value(), CONSTRUCTORS)
        || Resolver.boundToCallOf(context.model(), context.scope(), a.value(), BY_NAME);
  }

  /** The password-named value inside the hashed data, looking through encoding, concatenation and formatting. */
  private static Optional<String> passwordIn(Expr e, RuleContext context, int depth) {
    if (e == null || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
      Optional<String> name = Identifiers.of(e, context.model(), context.scope());
      if (name.isPresent() && PASSWORD_HEADS.contains(Identifiers.head(name.get()))) {
        return name;
      }
      return Optional.empty();
    }
    if (e instanceof Expr.BinOp b) {
      return first(passwordIn(b.left(), context, depth + 1), b.right(), context, depth);
    }
    if (e instanceof Expr.JoinedStr j) {
      return passwordInAny(j.values(), Optional.empty(), context, depth);
    }
    if (e instanceof Expr.Tuple t) {
      // "%s%s" % (salt, password)
      return passwordInAny(t.elts(), Optional.empty(), context, depth);
    }
    if (e instanceof Expr.FormattedValue f) {
      return passwordIn(f.value(), context, depth + 1);
    }
    if (e instanceof Expr.Call c) {
      // password.encode(), bytes(password, "utf-8"), str(password), (salt + password).encode()
      Optional<String> found = c.func() instanceof Expr.Attribute a
          ? passwordIn(a.value(), context, depth + 1) : Optional.empty();
      return passwordInAny(c.args(), found, context, depth);
    }
    return Optional.empty();
  }

  /** {@code found} if present, else the first password among {@code parts}. */
  private static Optional<String> passwordInAny(List<Expr> parts, Optional<String> found, RuleContext context,
      int depth) {
    for (Expr part : parts) {
      if (found.isPresent()) {
        return found;
      }
      found = passwordIn(part, context, depth + 1);
    }
    return found;
  }

  private static Optional<String> first(Optional<String> found, Expr next, RuleContext context, int depth) {
    return found.isPresent() ? found : passwordIn(next, context, depth + 1);
  }
}
