package dev.bulwark.rules.config;

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

/** An HTTP request that may wait for ever. */
public final class RequestWithoutTimeoutRule extends CallRule {

  private static final List<String> HTTPX_CLIENTS =
      Signatures.known().requireAll(List.of("httpx.Client", "httpx.AsyncClient"));

  private static final RuleMetadata METADATA = new RuleMetadata("BW113", "request-without-timeout",
      "HTTP request without a timeout", Severity.MEDIUM, Confidence.HIGH, List.of(1088, 400),
      List.of("B113", "S113"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `requests` calls (`requests.get`, `post`, ..., `request`, and the same methods of a "
              + "`requests.Session` made in the same scope) that pass no `timeout` or pass `timeout=None`. "
              + "`httpx` applies a five-second timeout by default, so for `httpx` calls, clients and "
              + "`httpx.Client`/`AsyncClient` only an explicit `timeout=None` is reported.",
          "Without a timeout a request waits as long as the server keeps the connection open. A slow or "
              + "hostile server, or a dropped packet, then holds a worker, a thread or a connection-pool slot "
              + "for ever; enough of them and the service stops answering.",
          "resp = requests.get(\"https://api.example.com/items\")",
          "resp = requests.get(\"https://api.example.com/items\", timeout=10)",
          "Pass timeout= with a number of seconds (or a (connect, read) pair) to every request.",
          "A call that passes `**kwargs` may carry a timeout the rule cannot see, so it is not reported. "
              + "Session objects stored on `self` or passed in as parameters are not recognised, and "
              + "sessions subclassed to add a default timeout are not known to have one. Silence one "
              + "finding with `# bulwark: ignore[BW113]`.",
          List.of("https://cwe.mitre.org/data/definitions/1088.html",
              "https://cwe.mitre.org/data/definitions/400.html",
              "https://requests.readthedocs.io/en/latest/user/advanced/#timeouts",
              "https://www.python-httpx.org/advanced/timeouts/")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (context.isAnyOf(call.func(), HTTPX_CLIENTS)) {
      if (isNone(context.argument(call, "timeout"), context)) {
        context.report(call, "httpx client created with timeout=None: its requests can wait for ever");
      }
      return;
    }
    Optional<HttpCall> http = HttpCall.of(call, context);
    if (http.isEmpty()) {
      return;
    }
    BoundArguments arguments = http.get().arguments(call, context);
    if (isNone(arguments.argument("timeout"), context)) {
      context.report(call, http.get().describe() + " with timeout=None can wait for ever");
    } else if (http.get().library().equals("requests") && arguments.isAbsent("timeout")) {
      context.report(call, http.get().describe() + " without a timeout can wait for ever");
    }
  }

  private static boolean isNone(Optional<Expr> timeout, RuleContext context) {
    return timeout.isPresent() && Constants.isNone(context.constant(timeout.get()));
  }
}
