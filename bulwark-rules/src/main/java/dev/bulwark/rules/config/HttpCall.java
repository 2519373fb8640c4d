package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request made with {@code requests} or {@code httpx}: a module-level call such as
 * {@code requests.get(url)}, or a method of a session or client object made in the same scope
 * ({@code s = requests.Session(); s.post(url)}).
 *
 * @param library {@code "requests"} or {@code "httpx"}
 * @param verb the function or method name: {@code get}, {@code post}, ..., {@code request}, {@code stream}
 * @param session whether the call goes through a session or client object
 */
record HttpCall(String library, String verb, boolean session) {

  private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete", "head", "options",
      "request", "stream");
  private static final List<String> REQUESTS_SESSIONS = List.of("requests.Session", "requests.session",
      "requests.sessions.Session");
  private static final List<String> HTTPX_CLIENTS = List.of("httpx.Client", "httpx.AsyncClient");
  /** Every signature {@link #signature()} can name, checked once against the table. */
  private static final List<String> SIGNATURES = Signatures.known().requireAll(signatures());

  static Optional<HttpCall> of(Expr.Call call, RuleContext context) {
    Optional<String> q = context.qualifiedName(call.func());
    if (q.isPresent() && !q.get().startsWith("builtins.")) {
      return moduleFunction(q.get());
    }
    if (!(call.func() instanceof Expr.Attribute a) || !VERBS.contains(a.attr())) {
      return Optional.empty();
    }
    Optional<String> maker = Creators.creatorName(a.value(), context);
    if (maker.isPresent() && REQUESTS_SESSIONS.contains(maker.get()) && !a.attr().equals("stream")) {
      return Optional.of(new HttpCall("requests", a.attr(), true));
    }
    if (maker.isPresent() && HTTPX_CLIENTS.contains(maker.get())) {
      return Optional.of(new HttpCall("httpx", a.attr(), true));
    }
    return Optional.empty();
  }

  private static Optional<HttpCall> moduleFunction(String name) {
    for (String lib : List.of("requests", "httpx")) {
      if (!name.startsWith(lib + ".")) {
        continue;
      }
      String rest = name.substring(lib.length() + 1);
      if (rest.startsWith("api.")) {
        rest = rest.substring(4);
      }
      boolean known = VERBS.contains(rest) && !(lib.equals("requests") && rest.equals("stream"));
      return known ? Optional.of(new HttpCall(lib, rest, false)) : Optional.empty();
    }
    return Optional.empty();
  }

  /** The signature of the function or method: {@code requests.get}, {@code requests.Session.post}, ... */
  String signature() {
    if (!session) {
      return library + "." + verb;
    }
    return (library.equals("requests") ? "requests.Session." : "httpx.Client.") + verb;
  }

  /** The call's arguments bound by the library's signature; requests passes its keywords on to Session.request. */
  BoundArguments arguments(Expr.Call call, RuleContext context) {
    return context.arguments(call, signature());
  }

  /** The URL argument: first, or second after the method for {@code request} and {@code stream}. */
  Optional<Expr> url(Expr.Call call, RuleContext context) {
    return arguments(call, context).argument("url");
  }

  private static List<String> signatures() {
    List<String> out = new java.util.ArrayList<>();
    for (String verb : VERBS) {
      for (String library : List.of("requests", "httpx")) {
        if (!(library.equals("requests") && verb.equals("stream"))) {
          out.add(new HttpCall(library, verb, false).signature());
          out.add(new HttpCall(library, verb, true).signature());
        }
      }
    }
    return out;
  }

  /** {@code requests.get} or {@code Session.get}, for messages. */
  String describe() {
    return session ? (library.equals("requests") ? "requests session ." : "httpx client .") + verb
        : library + "." + verb;
  }
}
