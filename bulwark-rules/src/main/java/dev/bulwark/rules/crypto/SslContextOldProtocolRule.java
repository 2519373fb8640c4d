package dev.bulwark.rules.crypto;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Located;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Signatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An {@code ssl.SSLContext} pinned to an old protocol, or a context whose minimum (or maximum)
 * version lets it speak something older than TLS 1.2.
 */
public final class SslContextOldProtocolRule extends CallOrAssignRule {

  private static final List<String> SSL_CONTEXT = Signatures.known().requireAll(List.of("ssl.SSLContext"));
  /** pyOpenSSL's Context methods, as {@code OpenSSL.SSL.Context.<method>}. */
  private static final String PYOPENSSL_CONTEXT = "OpenSSL.SSL.Context.";

  static {
    Signatures.known().requireAll(List.of(PYOPENSSL_CONTEXT + "set_min_proto_version",
        PYOPENSSL_CONTEXT + "set_max_proto_version"));
  }
  private static final List<String> OLD_CONTEXT_PROTOCOLS = List.of("ssl.PROTOCOL_SSLv2", "ssl.PROTOCOL_SSLv3",
      "ssl.PROTOCOL_TLSv1", "ssl.PROTOCOL_TLSv1_1");
  /** The lowest version the linked OpenSSL allows: on older systems that is SSLv3 or TLS 1.0. */
  private static final List<String> MINIMUM_SUPPORTED = List.of("ssl.TLSVersion.MINIMUM_SUPPORTED");
  private static final List<String> OLD_MINIMUMS = oldMinimums();

  private static final RuleMetadata METADATA = new RuleMetadata("BW928", "ssl-context-old-protocol",
      "SSLContext limited to or allowing a protocol older than TLS 1.2", Severity.MEDIUM, Confidence.HIGH,
      List.of(327, 757), List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `ssl.SSLContext(...)` created with `PROTOCOL_SSLv2`, `PROTOCOL_SSLv3`, `PROTOCOL_TLSv1` or "
              + "`PROTOCOL_TLSv1_1`; assignments of `minimum_version` (or `maximum_version`) to "
              + "`TLSVersion.SSLv3`, `TLSv1` or `TLSv1_1`, and of `minimum_version` to `MINIMUM_SUPPORTED`; and "
              + "pyOpenSSL's `set_min_proto_version`/`set_max_proto_version` with `SSL3_VERSION`, `TLS1_VERSION` "
              + "or `TLS1_1_VERSION`.",
          "SSLv3 is broken (POODLE) and TLS 1.0 and 1.1 were deprecated by RFC 8996: they rely on SHA-1 and "
              + "CBC constructions with known attacks. A context that accepts them can be downgraded by an "
              + "attacker in the middle to the weakest version both sides allow.",
          "import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\nctx.minimum_version = ssl.TLSVersion.TLSv1",
          "import ssl\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2",
          "Create contexts with ssl.create_default_context() or PROTOCOL_TLS_CLIENT/SERVER and set "
              + "minimum_version to TLSVersion.TLSv1_2 or higher.",
          "`minimum_version` and `set_min_proto_version` are matched by name on objects of unknown type; a "
              + "peer that speaks nothing newer may force an old version. MINIMUM_SUPPORTED is reported with "
              + "medium confidence, since what it allows depends on the OpenSSL build. Silence a finding with "
              + "`# bulwark: ignore[BW928]`.",
          List.of("https://cwe.mitre.org/data/definitions/757.html",
              "https://docs.python.org/3/library/ssl.html#ssl.SSLContext.minimum_version",
              "https://datatracker.ietf.org/doc/html/rfc8996")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(SSL_CONTEXT, OLD_CONTEXT_PROTOCOLS, TlsProtocols.OLD_VERSIONS, OLD_MINIMUMS, MINIMUM_SUPPORTED);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (Resolver.isAnyOf(context, call.func(), SSL_CONTEXT)) {
      Optional<Expr> protocol = context.argument(call, SSL_CONTEXT.get(0), "protocol");
      Optional<String> old = protocol.flatMap(p -> Resolver.which(context, p, OLD_CONTEXT_PROTOCOLS));
      old.ifPresent(name -> report(call, "SSLContext created for " + TlsProtocols.display(name)
          + " only; use PROTOCOL_TLS_CLIENT (or create_default_context) with minimum_version TLSv1_2", name, context));
      return;
    }
    if (call.func() instanceof Expr.Attribute a
        && (a.attr().equals("set_min_proto_version") || a.attr().equals("set_max_proto_version"))) {
      // pyOpenSSL's Context; the standard library's SSLContext has attributes for this instead
      Optional<Expr> version = context.argument(call, PYOPENSSL_CONTEXT + a.attr(), "version");
      Optional<String> old = version.flatMap(v -> Resolver.which(context, v, TlsProtocols.OLD_VERSIONS));
      old.ifPresent(name -> report(call, a.attr() + "(" + TlsProtocols.display(name) + ") lets the connection use "
          + "a protocol older than TLS 1.2", name, context));
    }
  }

  @Override
  protected void checkAssign(Stmt.Assign assign, RuleContext context) {
    for (Expr target : assign.targets()) {
      if (!(target instanceof Expr.Attribute a)) {
        continue;
      }
      boolean minimum = a.attr().equals("minimum_version");
      if (!minimum && !a.attr().equals("maximum_version")) {
        continue;
      }
      Optional<String> old = Resolver.which(context, assign.value(), OLD_MINIMUMS);
      if (old.isPresent()) {
        report(assign, a.attr() + " = " + TlsProtocols.display(old.get()) + " lets the connection use a protocol "
            + "older than TLS 1.2; use TLSVersion.TLSv1_2 or newer", old.get(), context);
        return;
      }
      if (minimum && Resolver.isAnyOf(context, assign.value(), MINIMUM_SUPPORTED)) {
        context.report(assign, "minimum_version = MINIMUM_SUPPORTED allows whatever old protocol OpenSSL still "
            + "has; use TLSVersion.TLSv1_2 or newer", Severity.MEDIUM, Confidence.MEDIUM);
        return;
      }
    }
  }

  /** SSL versions are broken outright; TLS 1.0/1.1 are deprecated. */
  private static void report(Located node, String message, String version, RuleContext context) {
    context.report(node, message, TlsProtocols.severity(version), Confidence.HIGH);
  }

  private static List<String> oldMinimums() {
    List<String> out = new ArrayList<>();
    for (String v : TlsProtocols.OLD_VERSIONS) {
      if (v.startsWith("ssl.")) {
        out.add(v);
      }
    }
    return List.copyOf(out);
  }
}
