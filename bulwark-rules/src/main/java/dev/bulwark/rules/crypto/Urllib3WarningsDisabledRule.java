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
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;

/** urllib3's warning about unverified HTTPS requests silenced, usually to hide {@code verify=False}. */
public final class Urllib3WarningsDisabledRule extends CallRule {

  private static final List<String> DISABLE =
      Signatures.known().requireAll(List.of("urllib3.disable_warnings", "requests.packages.urllib3.disable_warnings"));
  private static final List<String> FILTERS =
      Signatures.known().requireAll(List.of("warnings.filterwarnings", "warnings.simplefilter"));
  private static final List<String> INSECURE_WARNINGS = List.of("urllib3.exceptions.InsecureRequestWarning",
      "requests.packages.urllib3.exceptions.InsecureRequestWarning",
      "requests.urllib3.exceptions.InsecureRequestWarning");

  private static final RuleMetadata METADATA = new RuleMetadata("BW925", "urllib3-warnings-disabled",
      "urllib3 warnings about unverified HTTPS silenced", Severity.LOW, Confidence.HIGH, List.of(295, 778),
      List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `urllib3.disable_warnings()` (also through `requests.packages.urllib3`), and "
              + "`warnings.filterwarnings`/`simplefilter` set to \"ignore\" for urllib3's "
              + "`InsecureRequestWarning`.",
          "The warning is urllib3's only signal that a request went out without certificate verification. "
              + "Silencing it hides every such request in the process, including ones added later by mistake, "
              + "and is nearly always a sign that verification was turned off somewhere.",
          "import urllib3\nurllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)\n"
              + "requests.get(url, verify=False)",
          "requests.get(url, verify=\"/etc/ssl/internal-ca.pem\")",
          "Fix the verification problem (trust the right CA) instead of hiding the warning.",
          "`disable_warnings` with some other warning class is reported with medium confidence, as it may not "
              + "touch TLS at all. Silence one finding with `# bulwark: ignore[BW925]`.",
          List.of("https://cwe.mitre.org/data/definitions/295.html",
              "https://urllib3.readthedocs.io/en/stable/advanced-usage.html#tls-warnings")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(DISABLE, FILTERS, INSECURE_WARNINGS);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> disable = Resolver.which(context, call.func(), DISABLE);
    if (disable.isPresent()) {
      Optional<Expr> category = context.argument(call, disable.get(), "category");
      boolean tls = category.isEmpty() || Resolver.isAnyOf(context, category.get(), INSECURE_WARNINGS);
      context.report(call, "urllib3.disable_warnings hides the warning for unverified HTTPS requests; fix "
          + "certificate verification instead", Severity.LOW, tls ? Confidence.HIGH : Confidence.MEDIUM);
      return;
    }
    Optional<String> filter = Resolver.which(context, call.func(), FILTERS);
    if (filter.isEmpty()) {
      return;
    }
    BoundArguments arguments = context.arguments(call, filter.get());
    Optional<Expr> action = arguments.argument("action");
    Optional<Expr> category = arguments.argument("category");
    if (action.flatMap(context::constantString).filter("ignore"::equals).isPresent() && category.isPresent()
        && Resolver.isAnyOf(context, category.get(), INSECURE_WARNINGS)) {
      context.report(call, "ignoring InsecureRequestWarning hides unverified HTTPS requests; fix certificate "
          + "verification instead");
    }
  }
}
