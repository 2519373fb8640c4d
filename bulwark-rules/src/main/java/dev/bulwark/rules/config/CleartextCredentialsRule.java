package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.BoundArguments;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** An HTTP request with credentials sent to a plain {@code http://} URL. */
public final class CleartextCredentialsRule extends CallRule {

  /** Headers that carry a credential whatever their value looks like. */
  private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
      "x-api-key", "x-auth-token", "api-key", "apikey", "x-access-token");

  private static final RuleMetadata METADATA = new RuleMetadata("BW970", "credentials-over-http",
      "credentials sent in an HTTP request to a plain http:// URL", Severity.HIGH, Confidence.HIGH,
      List.of(523, 319), List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `requests` and `httpx` calls (module functions, and methods of a session or client made in "
              + "the same scope) whose URL starts with a literal `http://` and that send credentials: an "
              + "`auth=` argument, `cookies=`, an `Authorization`, `Cookie` or API-key header, a password, "
              + "token or key in `params`, `data` or `json`, or a user and password inside the URL. URLs "
              + "for localhost and the loopback addresses are skipped. When the host part is not a literal "
              + "the finding has medium confidence.",
          "Plain HTTP crosses every network hop unencrypted. Anyone on the path (shared Wi-Fi, a compromised "
              + "router, a corporate proxy) reads the credential and can replay it, and can alter the "
              + "response as well.",
          "requests.get(\"http://api.example.com/v1/orders\", headers={\"Authorization\": f\"Bearer {token}\"})",
          "requests.get(\"https://api.example.com/v1/orders\", headers={\"Authorization\": f\"Bearer {token}\"}, "
              + "timeout=10)",
          "Use an https:// URL for every request that carries a credential, and keep certificate checking on.",
          "Services inside a private network or a service mesh that encrypts traffic itself are reported "
              + "too, since the rule cannot see the network. Headers and bodies held in variables other "
              + "than a dict literal bound once are not inspected. Silence one finding with "
              + "`# bulwark: ignore[BW970]`.",
          List.of("https://cwe.mitre.org/data/definitions/523.html",
              "https://cwe.mitre.org/data/definitions/319.html",
              "https://requests.readthedocs.io/en/latest/user/authentication/")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<HttpCall> http = HttpCall.of(call, context);
    Optional<Expr> url = http.flatMap(h -> h.url(call, context));
    Optional<String> prefix = url.flatMap(u -> StringPrefix.of(u, context));
    if (prefix.isEmpty() || !prefix.get().toLowerCase(Locale.ROOT).startsWith("http://")) {
      return;
    }
    String rest = prefix.get().substring("http://".length());
    int end = firstOf(rest, "/?#");
    boolean hostKnown = end >= 0 || context.constantString(url.get()).isPresent();
    String authority = end >= 0 ? rest.substring(0, end) : rest;
    String host = hostOf(authority);
    if (hostKnown && isLoopback(host)) {
      return;
    }
    String what = credential(http.get().arguments(call, context), authority, prefix.get(), context);
    if (what == null) {
      return;
    }
    Confidence confidence = hostKnown ? Confidence.HIGH : Confidence.MEDIUM;
    context.report(call, what + " sent over plain http://: anyone on the network path can read it",
        METADATA.severity(), confidence);
  }

  /** What credential the request carries, for the message, or null if none is visible. */
  private static String credential(BoundArguments arguments, String authority, String url, RuleContext context) {
    if (authority.contains("@") && authority.substring(0, authority.indexOf('@')).contains(":")) {
      return "user and password in the URL";
    }
    Optional<Expr> auth = arguments.argument("auth");
    if (auth.isPresent() && !Constants.isNone(context.constant(auth.get()))) {
      return "auth= credentials";
    }
    if (arguments.argument("cookies").isPresent()) {
      return "cookies";
    }
    int query = url.indexOf('?');
    if (query >= 0) {
      for (String pair : url.substring(query + 1).split("&")) {
        String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        if (SecretNames.isSecretName(key)) {
          return "'" + key + "' in the query string";
        }
      }
    }
    String header = secretKey(arguments.argument("headers"), context, true);
    if (header != null) {
      return header + " header";
    }
    for (String body : List.of("params", "data", "json")) {
      String field = secretKey(arguments.argument(body), context, false);
      if (field != null) {
        return "'" + field + "' in " + body + "=";
      }
    }
    return null;
  }

  /** The first key of a dict literal (or a name bound once to one) that names a credential. */
  private static String secretKey(Optional<Expr> value, RuleContext context, boolean header) {
    Expr e = value.orElse(null);
    if (e instanceof Expr.Name n) {
      e = SingleAssignment.valueOf(n, context);
    }
    if (!(e instanceof Expr.Dict d)) {
      return null;
    }
    for (Expr k : d.keys()) {
      Optional<String> key = k == null ? Optional.empty() : context.constantString(k);
      if (key.isPresent() && ((header && CREDENTIAL_HEADERS.contains(key.get().toLowerCase(Locale.ROOT)))
          || SecretNames.isSecretName(key.get()))) {
        return key.get();
      }
    }
    return null;
  }

  private static int firstOf(String s, String chars) {
    int best = -1;
    for (char c : chars.toCharArray()) {
      int i = s.indexOf(c);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  /** The host of {@code user:pw@host:port}, lower case, IPv6 brackets kept. */
  private static String hostOf(String authority) {
    String a = authority.substring(authority.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    if (a.startsWith("[")) {
      int close = a.indexOf(']');
      return close < 0 ? a : a.substring(0, close + 1);
    }
    int colon = a.indexOf(':');
    return colon < 0 ? a : a.substring(0, colon);
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.") || host.equals("[::1]");
  }
}
