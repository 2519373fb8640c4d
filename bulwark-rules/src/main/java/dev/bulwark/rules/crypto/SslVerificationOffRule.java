package dev.bulwark.rules.crypto;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * TLS verification switched off on a context: {@code check_hostname = False},
 * {@code verify_mode = CERT_NONE}, {@code cert_reqs=CERT_NONE}, pyOpenSSL's {@code VERIFY_NONE}.
 */
public final class SslVerificationOffRule extends CallOrAssignRule {

  private static final List<String> CERT_NONE = List.of("ssl.CERT_NONE", "ssl.VerifyMode.CERT_NONE");
  private static final Set<String> CERT_NONE_NAMES = Set.of("CERT_NONE", "NONE");
  private static final List<String> VERIFY_NONE = List.of("OpenSSL.SSL.VERIFY_NONE");
  private static final String SET_VERIFY = Signatures.known().require("OpenSSL.SSL.Context.set_verify").name();

  private static final RuleMetadata METADATA = new RuleMetadata("BW924", "ssl-verification-disabled",
      "TLS context with check_hostname off or verify_mode CERT_NONE", Severity.HIGH, Confidence.HIGH, List.of(295),
      List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds assignments `x.check_hostname = False` and `x.verify_mode = ssl.CERT_NONE` (the attributes of "
              + "`ssl.SSLContext`), `cert_reqs=ssl.CERT_NONE` (or the string `\"CERT_NONE\"` that urllib3 "
              + "accepts) passed to any call, `assert_hostname=False` passed to any call (urllib3), and "
              + "pyOpenSSL's `set_verify(SSL.VERIFY_NONE, ...)`.",
          "With CERT_NONE any certificate is accepted; with host-name checking off any valid certificate for "
              + "any domain is. Either way an attacker on the network path can impersonate the server, read "
              + "the traffic and change it.",
          "import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE",
          "import ssl\nctx = ssl.create_default_context(cafile=\"/etc/ssl/internal-ca.pem\")",
          "Keep the defaults of ssl.create_default_context(); trust a private CA with cafile= instead of "
              + "turning checks off.",
          "`check_hostname` and `set_verify` are matched by attribute name on objects of unknown type, which "
              + "in practice are SSL contexts. A server-side context legitimately uses CERT_NONE when it does "
              + "not ask clients for certificates; silence that finding with `# bulwark: ignore[BW924]`.",
          List.of("https://cwe.mitre.org/data/definitions/295.html",
              "https://docs.python.org/3/library/ssl.html#ssl.SSLContext.check_hostname",
              "https://docs.python.org/3/library/ssl.html#ssl.SSLContext.verify_mode")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkAssign(Stmt.Assign assign, RuleContext context) {
    for (Expr target : assign.targets()) {
      if (!(target instanceof Expr.Attribute a)) {
        continue;
      }
      if (a.attr().equals("check_hostname") && Constants.isFalse(context.constant(assign.value()))) {
        context.report(assign, "check_hostname = False accepts a valid certificate for any host; keep host-name "
            + "checking on", Severity.MEDIUM, Confidence.HIGH);
        return;
      }
      if (a.attr().equals("verify_mode") && Resolver.isAnyOf(context, assign.value(), CERT_NONE)) {
        context.report(assign, "verify_mode = CERT_NONE accepts any certificate; keep CERT_REQUIRED");
        return;
      }
    }
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    // by keyword, or by position where the callee is known: ssl.wrap_socket(sock, keyfile, certfile, side, CERT_NONE)
    Optional<Expr> certReqs = context.argument(call, "cert_reqs");
    if (certReqs.isPresent() && isCertNone(certReqs.get(), context)) {
      context.report(call, "cert_reqs=CERT_NONE accepts any certificate; require verification");
    }
    Optional<Expr> assertHostname = context.argument(call, "assert_hostname");
    if (assertHostname.isPresent() && Constants.isFalse(context.constant(assertHostname.get()))) {
      context.report(call, "assert_hostname=False accepts a valid certificate for any host; keep host-name "
          + "checking on", Severity.MEDIUM, Confidence.HIGH);
    }
    if (call.func() instanceof Expr.Attribute a && a.attr().equals("set_verify")) {
      Optional<Expr> mode = context.argument(call, SET_VERIFY, "mode");
      if (mode.isPresent() && Resolver.isAnyOf(context, mode.get(), VERIFY_NONE)) {
        context.report(call, "set_verify(VERIFY_NONE) accepts any certificate; use VERIFY_PEER");
      }
    }
  }

  private static boolean isCertNone(Expr e, RuleContext context) {
    if (Resolver.isAnyOf(context, e, CERT_NONE)) {
      return true;
    }
    return context.constantString(e).filter(CERT_NONE_NAMES::contains).isPresent();
  }
}
