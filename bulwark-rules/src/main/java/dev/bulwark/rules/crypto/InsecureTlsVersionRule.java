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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An old SSL/TLS protocol constant (SSLv2, SSLv3, TLS 1.0, TLS 1.1) passed to a call. Bandit
 * looks only at {@code ssl_version=} and {@code method=} keywords; names are resolved here, so any
 * argument position counts. {@code ssl.SSLContext(...)} is left to BW928.
 */
public final class InsecureTlsVersionRule extends CallRule {

  private static final List<String> SSL_CONTEXT = List.of("ssl.SSLContext");

  private static final RuleMetadata METADATA = new RuleMetadata("BW502", "insecure-tls-protocol",
      "SSLv2, SSLv3, TLS 1.0 or TLS 1.1 protocol selected explicitly", Severity.HIGH, Confidence.HIGH,
      List.of(327, 757), List.of("B502", "S502"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `ssl.PROTOCOL_SSLv2`, `PROTOCOL_SSLv3`, `PROTOCOL_TLSv1`, `PROTOCOL_TLSv1_1` and pyOpenSSL's "
              + "`SSLv2_METHOD`, `SSLv3_METHOD`, `TLSv1_METHOD`, `TLSv1_1_METHOD` passed as an argument to a "
              + "call, such as `ssl.wrap_socket(ssl_version=...)` or `OpenSSL.SSL.Context(...)`. The "
              + "`ssl.SSLContext` constructor is covered by BW928. pyOpenSSL's `SSLv23_METHOD` is not reported: "
              + "despite its name it negotiates the best version both ends support.",
          "SSLv2 and SSLv3 are broken (DROWN, POODLE); TLS 1.0 and 1.1 were deprecated by RFC 8996 and lack "
              + "modern cipher suites. Pinning one of them exposes the connection to downgrade and decryption "
              + "attacks, and modern servers refuse it.",
          "import ssl\nsock = ssl.wrap_socket(raw, ssl_version=ssl.PROTOCOL_TLSv1)",
          "import ssl\nctx = ssl.create_default_context()\nsock = ctx.wrap_socket(raw, server_hostname=host)",
          "Use ssl.create_default_context() (or PROTOCOL_TLS_CLIENT / TLS_METHOD) and, if needed, set "
              + "minimum_version to TLSVersion.TLSv1_2.",
          "Talking to a legacy device that knows nothing newer may leave no choice; silence that finding with "
              + "`# bulwark: ignore[BW502]`.",
          List.of("https://cwe.mitre.org/data/definitions/327.html",
              "https://docs.python.org/3/library/ssl.html#protocol-versions",
              "https://datatracker.ietf.org/doc/html/rfc8996")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(SSL_CONTEXT, TlsProtocols.OLD_PROTOCOLS);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (Resolver.isAnyOf(context, call.func(), SSL_CONTEXT)) {
      return;
    }
    List<Expr> arguments = new ArrayList<>(call.args());
    for (Keyword k : call.keywords()) {
      arguments.add(k.value());
    }
    for (Expr argument : arguments) {
      Optional<String> old = Resolver.which(context, argument, TlsProtocols.OLD_PROTOCOLS);
      if (old.isPresent()) {
        context.report(argument, TlsProtocols.display(old.get()) + " is an insecure protocol version; negotiate "
            + "TLS 1.2 or newer", TlsProtocols.severity(old.get()), Confidence.HIGH);
      }
    }
  }
}
