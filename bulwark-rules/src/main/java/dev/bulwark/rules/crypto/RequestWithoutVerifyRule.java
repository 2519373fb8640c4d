package dev.bulwark.rules.crypto;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An HTTP request made with {@code verify=False}: requests and httpx then skip certificate checks. */
public final class RequestWithoutVerifyRule extends CallOrAssignRule {

  private static final List<String> VERBS = List.of("get", "post", "put", "patch", "delete", "head", "options",
      "request");
  private static final List<String> FUNCTIONS = functions();
  /** Session objects whose {@code verify} attribute is the default for their requests. */
  private static final List<String> SESSIONS = List.of("requests.Session", "requests.session",
      "requests.sessions.Session", "httpx.Client", "httpx.AsyncClient");
  private static final Set<String> METHOD_NAMES = Set.of("get", "post", "put", "patch", "delete", "head", "options",
      "request", "stream", "send");

  private static final RuleMetadata METADATA = new RuleMetadata("BW501", "request-without-cert-verification",
      "HTTP request with verify=False", Severity.HIGH, Confidence.HIGH, List.of(295), List.of("B501", "S501"),
      RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `verify=False` passed to the request functions of `requests` and `httpx`, to `httpx.Client` "
              + "and `httpx.AsyncClient`, and to the request methods (`get`, `post`, ..., `request`, `stream`, "
              + "`send`) of objects the rule cannot type, such as a session; also `session.verify = False` on a "
              + "session made with `requests.Session()`.",
          "Without certificate verification, anyone on the network path can present their own certificate, "
              + "read the traffic (credentials, tokens) and change the responses.",
          "requests.get(\"https://internal.example\", verify=False)",
          "requests.get(\"https://internal.example\", verify=\"/etc/ssl/internal-ca.pem\")",
          "Leave verification on; for a private CA pass its bundle as verify=\"/path/to/ca.pem\".",
          "A method call on an object of unknown type is matched by its name and the `verify=False` keyword, "
              + "which is reported with medium confidence since another library could use the same words. "
              + "Silence one finding with `# bulwark: ignore[BW501]`.",
          List.of("https://cwe.mitre.org/data/definitions/295.html",
              "https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification",
              "https://www.python-httpx.org/advanced/ssl/")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<Expr> verify = context.argument(call, "verify");
    if (verify.isEmpty() || !Constants.isFalse(context.constant(verify.get()))) {
      return;
    }
    if (Resolver.isAnyOf(context, call.func(), FUNCTIONS)) {
      context.report(call, "verify=False turns off certificate checks; anyone on the path can read and change "
          + "this traffic");
    } else if (call.func() instanceof Expr.Attribute a && METHOD_NAMES.contains(a.attr())
        && isUntyped(call.func(), context)) {
      context.report(call, "verify=False on ." + a.attr() + "() turns off certificate checks if this is a requests "
          + "or httpx session", Severity.HIGH, Confidence.MEDIUM);
    }
  }

  /**
   * Whether the rule cannot tell what the method belongs to: a parameter, an attribute of one, the
   * result of a call, or an unbound name. A method of an imported module is that module's business.
   */
  private static boolean isUntyped(Expr func, RuleContext context) {
    Optional<String> q = context.qualifiedName(func);
    return q.isEmpty() || q.get().startsWith("builtins.");
  }

  /** {@code s.verify = False} where {@code s} was made by {@code requests.Session()} (or an httpx client). */
  @Override
  protected void checkAssign(Stmt.Assign assign, RuleContext context) {
    if (!Constants.isFalse(context.constant(assign.value()))) {
      return;
    }
    for (Expr target : assign.targets()) {
      if (target instanceof Expr.Attribute a && a.attr().equals("verify") && isSession(a.value(), context)) {
        context.report(assign, "session.verify = False turns off certificate checks for every request of the "
            + "session");
        return;
      }
    }
  }

  private static boolean isSession(Expr e, RuleContext context) {
    return Resolver.boundToCallOf(context.model(), context.scope(), e, SESSIONS);
  }

  private static List<String> functions() {
    List<String> out = new ArrayList<>();
    for (String verb : VERBS) {
      out.add("requests." + verb);
      out.add("requests.api." + verb);
      out.add("httpx." + verb);
    }
    out.add("httpx.stream");
    out.add("httpx.Client");
    out.add("httpx.AsyncClient");
    return List.copyOf(out);
  }
}
