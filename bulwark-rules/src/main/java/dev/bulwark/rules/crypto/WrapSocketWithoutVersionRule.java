package dev.bulwark.rules.crypto;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Signatures;
import java.util.List;

/** {@code ssl.wrap_socket} called without choosing a protocol version. */
public final class WrapSocketWithoutVersionRule extends CallRule {

  private static final List<String> FUNCTION = Signatures.known().requireAll(List.of("ssl.wrap_socket"));

  private static final RuleMetadata METADATA = new RuleMetadata("BW504", "wrap-socket-without-version",
      "ssl.wrap_socket called without an explicit protocol version", Severity.LOW, Confidence.MEDIUM,
      List.of(327), List.of("B504", "S504"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls of the module-level `ssl.wrap_socket` that pass no `ssl_version`. An explicit but old "
              + "version is BW502's finding.",
          "The protocol then depends on the Python and OpenSSL the code happens to run on, and older ones "
              + "still accept SSLv3 or TLS 1.0. The function also defaults to `cert_reqs=CERT_NONE` and does "
              + "no host-name check; it was deprecated in 3.7 and removed in Python 3.12.",
          "import ssl\nsecure = ssl.wrap_socket(sock)",
          "import ssl\nctx = ssl.create_default_context()\nsecure = ctx.wrap_socket(sock, server_hostname=host)",
          "Build a context with ssl.create_default_context() and call its wrap_socket method.",
          "Calls that pass the version through `**kwargs` cannot be checked and are not reported. Silence "
              + "one finding with `# bulwark: ignore[BW504]`.",
          List.of("https://cwe.mitre.org/data/definitions/327.html",
              "https://docs.python.org/3.11/library/ssl.html#ssl.wrap_socket")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(FUNCTION);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!Resolver.isAnyOf(context, call.func(), FUNCTION)) {
      return;
    }
    // absent for certain: not given, and no *args or **kwargs that could hold it
    if (context.arguments(call, FUNCTION.get(0)).isAbsent("ssl_version")) {
      context.report(call, "ssl.wrap_socket without ssl_version leaves the protocol to the platform (and skips "
          + "certificate checks); use ssl.create_default_context().wrap_socket");
    }
  }
}
