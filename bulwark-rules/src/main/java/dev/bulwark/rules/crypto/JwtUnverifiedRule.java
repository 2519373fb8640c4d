package dev.bulwark.rules.crypto;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A JWT decoded without checking its signature, or with the "none" algorithm allowed. */
public final class JwtUnverifiedRule extends CallRule {

  private static final List<String> DECODERS =
      Signatures.known().requireAll(List.of("jwt.decode", "jwt.decode_complete", "jwt.api_jwt.decode",
          "jwt.api_jwt.decode_complete", "jwt.api_jws.decode", "jwt.api_jws.decode_complete", "jose.jwt.decode"));
  private static final List<String> DICT = List.of("builtins.dict");
  private static final String VERIFY_SIGNATURE = "verify_signature";
  private static final int MAX_DEPTH = 4;

  private static final RuleMetadata METADATA = new RuleMetadata("BW927", "jwt-signature-not-verified",
      "JWT decoded without signature verification or with the none algorithm", Severity.HIGH, Confidence.HIGH,
      List.of(347), List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds PyJWT's `jwt.decode`/`decode_complete` and python-jose's `jwt.decode` called with "
              + "`verify=False` (PyJWT 1.x), with `options` holding `\"verify_signature\": False` (a dict "
              + "literal, `dict(...)`, or a name bound once to one), or with `algorithms` that include "
              + "\"none\".",
          "A JWT's claims are only as trustworthy as its signature. Decoding without verification, or "
              + "accepting the unsigned \"none\" algorithm, lets anyone write their own token: any user id, any "
              + "role, any expiry.",
          "import jwt\nclaims = jwt.decode(token, options={\"verify_signature\": False})\nuser = claims[\"sub\"]",
          "import jwt\nclaims = jwt.decode(token, key, algorithms=[\"HS256\"], audience=\"my-api\")",
          "Verify every token with the expected key and an explicit list of signing algorithms, never \"none\".",
          "Reading the claims of a token before choosing its key (to find `kid` or the issuer) is legitimate "
              + "when the token is verified right after; `jwt.get_unverified_header` says that more clearly. "
              + "Silence such a finding with `# bulwark: ignore[BW927]`.",
          List.of("https://cwe.mitre.org/data/definitions/347.html",
              "https://pyjwt.readthedocs.io/en/stable/api.html#jwt.decode",
              "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(DECODERS);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> decoder = Resolver.which(context, call.func(), DECODERS);
    if (decoder.isEmpty()) {
      return;
    }
    BoundArguments arguments = context.arguments(call, decoder.get());
    // PyJWT 1 took verify=False; PyJWT 2 still accepts it into **kwargs
    Optional<Expr> verify = arguments.argument("verify");
    if (verify.isPresent() && Constants.isFalse(context.constant(verify.get()))) {
      context.report(call, "jwt.decode with verify=False trusts the claims of any token; verify the signature");
      return;
    }
    Optional<Expr> options = arguments.argument("options");
    if (options.isPresent() && turnsOffSignature(options.get(), context, 0)) {
      context.report(call, "jwt.decode with verify_signature False trusts the claims of any token; verify the "
          + "signature");
      return;
    }
    Optional<Expr> algorithms = arguments.argument("algorithms");
    if (algorithms.isPresent() && allowsNone(algorithms.get(), context)) {
      context.report(call, "jwt.decode accepting the \"none\" algorithm lets anyone forge unsigned tokens; list "
          + "only the signing algorithms you use");
    }
  }

  /** Whether an options mapping sets {@code verify_signature} to a false constant. */
  private static boolean turnsOffSignature(Expr options, RuleContext context, int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (options instanceof Expr.Dict d) {
      for (int i = 0; i < d.keys().size(); i++) {
        Expr key = d.keys().get(i);
        if (key != null && context.constantString(key).filter(VERIFY_SIGNATURE::equals).isPresent()
            && Constants.isFalse(context.constant(d.values().get(i)))) {
          return true;
        }
      }
      return false;
    }
    if (options instanceof Expr.Call c && Resolver.isAnyOf(context, c.func(), DICT)) {
      for (Keyword k : c.keywords()) {
        if (VERIFY_SIGNATURE.equals(k.arg()) && Constants.isFalse(context.constant(k.value()))) {
          return true;
        }
      }
      return false;
    }
    Optional<Resolver.Bound> bound = Resolver.singleAssignment(context.model(), context.scope(), options);
    return bound.isPresent() && turnsOffSignature(bound.get().expr(), context, depth + 1);
  }

  private static boolean allowsNone(Expr algorithms, RuleContext context) {
    for (Expr item : Constants.elements(algorithms).orElse(List.of(algorithms))) {
      if (context.constantString(item).filter(a -> a.toLowerCase(Locale.ROOT).equals("none")).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
