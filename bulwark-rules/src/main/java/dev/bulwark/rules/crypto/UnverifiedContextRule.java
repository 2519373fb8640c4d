package dev.bulwark.rules.crypto;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/**
 * {@code ssl._create_unverified_context}: a context that checks neither the certificate nor the
 * host name. Also caught when it is installed as the process-wide default for HTTPS.
 */
public final class UnverifiedContextRule extends CallOrAssignRule {

  private static final List<String> FUNCTION = List.of("ssl._create_unverified_context");

  private static final RuleMetadata METADATA = new RuleMetadata("BW323", "unverified-ssl-context",
      "ssl._create_unverified_context disables certificate checks", Severity.MEDIUM, Confidence.HIGH,
      List.of(295), List.of("B323", "S323"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls of `ssl._create_unverified_context()`, and assignments of that function (uncalled) to "
              + "something else, typically `ssl._create_default_https_context`, which turns verification off for "
              + "every HTTPS connection the standard library makes in the process.",
          "The context accepts any certificate for any host, so anyone on the network path can impersonate the "
              + "server and read or change the traffic.",
          "import ssl, urllib.request\n"
              + "urllib.request.urlopen(url, context=ssl._create_unverified_context())",
          "import ssl, urllib.request\nurllib.request.urlopen(url, context=ssl.create_default_context())",
          "Use ssl.create_default_context(); for a private CA pass cafile= rather than turning verification off.",
          "Code that only talks to a local test server may accept this; silence it with "
              + "`# bulwark: ignore[BW323]`.",
          List.of("https://cwe.mitre.org/data/definitions/295.html",
              "https://docs.python.org/3/library/ssl.html#security-considerations",
              "https://peps.python.org/pep-0476/")));

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
    if (Resolver.isAnyOf(context, call.func(), FUNCTION)) {
      context.report(call, "ssl._create_unverified_context() accepts any certificate for any host; use "
          + "ssl.create_default_context()");
    }
  }

  @Override
  protected void checkAssign(Stmt.Assign assign, RuleContext context) {
    if (storesIntoObject(assign) && Resolver.isAnyOf(context, assign.value(), FUNCTION)) {
      context.report(assign, "installing ssl._create_unverified_context turns certificate checks off for every "
          + "connection that uses it", Severity.HIGH, Confidence.HIGH);
    }
  }

  /**
   * Whether the function is stored into an attribute or item (a hook other code calls). A plain local
   * alias ({@code f = ssl._create_unverified_context}) is left alone: the model resolves it where it is called.
   */
  private static boolean storesIntoObject(Stmt.Assign assign) {
    for (Expr target : assign.targets()) {
      if (target instanceof Expr.Attribute || target instanceof Expr.Subscript) {
        return true;
      }
    }
    return false;
  }
}
