package dev.bulwark.rules.crypto;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
import dev.bulwark.python.ast.Arguments;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A function parameter whose default is an SSL/TLS version older than TLS 1.2: every caller that
 * does not think about it gets the old protocol.
 */
public final class InsecureTlsDefaultRule implements Rule {

  private static final List<String> OLD = oldNames();

  private static final RuleMetadata METADATA = new RuleMetadata("BW503", "insecure-tls-protocol-default",
      "function parameter defaults to SSLv2, SSLv3, TLS 1.0 or TLS 1.1", Severity.MEDIUM, Confidence.HIGH,
      List.of(327, 757), List.of("B503", "S503"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds parameters of functions, methods and lambdas whose default value is an old protocol "
              + "selector (`ssl.PROTOCOL_SSLv2/SSLv3/TLSv1/TLSv1_1`, pyOpenSSL's `SSLv2/SSLv3/TLSv1/TLSv1_1_METHOD`) "
              + "or an old version bound (`ssl.TLSVersion.SSLv3/TLSv1/TLSv1_1`, pyOpenSSL's "
              + "`SSL3/TLS1/TLS1_1_VERSION`).",
          "Defaults are what most callers get. A helper that defaults to TLS 1.0 quietly puts every caller "
              + "that omits the argument on a deprecated protocol open to downgrade and decryption attacks.",
          "import ssl\ndef connect(host, version=ssl.PROTOCOL_TLSv1):\n    ...",
          "import ssl\ndef connect(host, context=None):\n    context = context or ssl.create_default_context()",
          "Default to a negotiating protocol (ssl.create_default_context(), PROTOCOL_TLS_CLIENT) and let "
              + "callers opt into anything older.",
          "A function that exists only to reach one legacy peer may keep the old default; silence it with "
              + "`# bulwark: ignore[BW503]`.",
          List.of("https://cwe.mitre.org/data/definitions/327.html",
              "https://docs.python.org/3/library/ssl.html#protocol-versions")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(OLD);
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Stmt.FunctionDef.class, Stmt.AsyncFunctionDef.class, Expr.Lambda.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    // defaults are evaluated where the def stands, which is the scope the engine reports here
    Arguments args = null;
    if (node instanceof Stmt.FunctionDef f) {
      args = f.args();
    } else if (node instanceof Stmt.AsyncFunctionDef f) {
      args = f.args();
    } else if (node instanceof Expr.Lambda l) {
      args = l.args();
    }
    if (args == null) {
      return;
    }
    List<Expr> defaults = new ArrayList<>(args.defaults());
    defaults.addAll(args.kwDefaults());
    for (Expr d : defaults) {
      if (d == null) {
        continue;
      }
      Optional<String> old = Resolver.which(context, d, OLD);
      if (old.isPresent()) {
        context.report(d, "parameter defaults to " + TlsProtocols.display(old.get())
            + ", an insecure protocol version; default to TLS 1.2 or newer", TlsProtocols.severity(old.get()),
            Confidence.HIGH);
      }
    }
  }

  private static List<String> oldNames() {
    List<String> out = new ArrayList<>(TlsProtocols.OLD_PROTOCOLS);
    out.addAll(TlsProtocols.OLD_VERSIONS);
    return List.copyOf(out);
  }
}
