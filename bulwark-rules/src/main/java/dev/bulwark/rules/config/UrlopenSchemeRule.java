package dev.bulwark.rules.config;

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

/** {@code urllib} opening a URL whose scheme is not fixed to HTTP(S). */
public final class UrlopenSchemeRule extends CallRule {

  private static final List<String> OPENERS =
      Signatures.known().requireAll(List.of("urllib.request.urlopen", "urllib.request.urlretrieve",
          "urllib.request.Request", "urllib.urlopen", "urllib.urlretrieve", "urllib2.urlopen", "urllib2.Request",
          "six.moves.urllib.request.urlopen", "six.moves.urllib.request.urlretrieve",
          "six.moves.urllib.request.Request"));
  private static final List<String> REQUEST_CLASSES = List.of("urllib.request.Request", "urllib2.Request",
      "six.moves.urllib.request.Request");
  private static final List<String> LEGACY_OPENERS = List.of("urllib.request.URLopener",
      "urllib.request.FancyURLopener", "urllib.URLopener", "urllib.FancyURLopener");

  private static final RuleMetadata METADATA = new RuleMetadata("BW310", "urllib-urlopen",
      "urllib opens a URL whose scheme is not fixed to http or https", Severity.MEDIUM, Confidence.MEDIUM,
      List.of(22, 73), List.of("B310", "S310"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `urllib.request.urlopen`, `urlretrieve` and `Request` whose URL does not start with a literal "
              + "`http://` or `https://` (an f-string or concatenation starting with one counts as fixed; a URL "
              + "passed on through `*args` or `**kwargs` does not), "
              + "and every use of the deprecated `URLopener` and `FancyURLopener` classes. A literal URL "
              + "with another scheme is reported at low severity.",
          "urllib opens `file:` URLs as happily as web addresses. When any part of the URL's start comes "
              + "from a user, they can make the program read a local file such as `/etc/passwd` or a "
              + "credentials file and hand back its contents, or reach an internal service (SSRF).",
          "def fetch(url):\n    return urllib.request.urlopen(url).read()",
          "def fetch(url):\n    if urllib.parse.urlsplit(url).scheme not in (\"http\", \"https\"):\n"
              + "        raise ValueError(\"only web URLs\")\n"
              + "    return urllib.request.urlopen(url, timeout=10).read()",
          "Check the scheme (and, against SSRF, the host) of any URL not written out in full, or use an "
              + "HTTP client such as requests that does not open local files.",
          "URLs checked before the call, by code the rule does not follow, are still reported. Silence one "
              + "finding with `# bulwark: ignore[BW310]`.",
          List.of("https://cwe.mitre.org/data/definitions/22.html",
              "https://docs.python.org/3/library/urllib.request.html#urllib.request.urlopen")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(OPENERS, LEGACY_OPENERS);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (context.isAnyOf(call.func(), LEGACY_OPENERS)) {
      context.report(call, "URLopener is deprecated and opens file: and other local URLs",
          METADATA.severity(), Confidence.HIGH);
      return;
    }
    if (!context.isAnyOf(call.func(), OPENERS)) {
      return;
    }
    BoundArguments arguments = context.arguments(call);
    if (arguments.isError()) {
      return;
    }
    Optional<Expr> url = arguments.argument("url");
    if (url.isEmpty() && !arguments.isCertain("url")) {
      context.report(call, "urllib opens a URL passed on through *args or **kwargs: its scheme is not fixed");
      return;
    }
    if (url.isEmpty() || isRequestObject(url.get(), context)) {
      // a Request is checked where it is made
      return;
    }
    Optional<String> prefix = StringPrefix.of(url.get(), context);
    Optional<String> scheme = prefix.flatMap(StringPrefix::scheme);
    if (scheme.isPresent() && (scheme.get().equals("http") || scheme.get().equals("https"))) {
      return;
    }
    if (scheme.isPresent() && context.constantString(url.get()).isPresent()) {
      context.report(call, "urllib opens a literal " + scheme.get() + ": URL; only http and https are expected",
          Severity.LOW, Confidence.HIGH);
    } else {
      context.report(call, "urllib opens a URL whose scheme is not fixed: file: URLs would read local files");
    }
  }

  private static boolean isRequestObject(Expr url, RuleContext context) {
    return Creators.madeBy(url, REQUEST_CLASSES, context);
  }
}
