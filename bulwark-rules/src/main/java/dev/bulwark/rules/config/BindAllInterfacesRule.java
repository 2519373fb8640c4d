package dev.bulwark.rules.config;

import dev.bulwark.rules.Identifiers;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A server told to listen on every network interface. Unlike a search for the text
 * {@code "0.0.0.0"} anywhere, this looks only where the string is used as a listening address.
 */
public final class BindAllInterfacesRule implements Rule {

  /** Constructors whose first argument is the {@code (host, port)} pair to listen on. */
  private static final Set<String> ADDRESS_PAIR_SERVERS =
      Signatures.known().requireAll(Set.of("socketserver.TCPServer", "socketserver.UDPServer",
          "socketserver.ThreadingTCPServer", "socketserver.ThreadingUDPServer", "socketserver.ForkingTCPServer",
          "socketserver.ForkingUDPServer", "http.server.HTTPServer", "http.server.ThreadingHTTPServer",
          "xmlrpc.server.SimpleXMLRPCServer", "socket.create_server"));
  private static final List<String> MAKE_SERVER =
      Signatures.known().requireAll(List.of("wsgiref.simple_server.make_server"));
  private static final List<String> START_SERVER = Signatures.known().requireAll(List.of("asyncio.start_server"));
  private static final String CREATE_SERVER =
      Signatures.known().require("asyncio.AbstractEventLoop.create_server").name();
  private static final Set<String> EVERY_INTERFACE = Set.of("0.0.0.0", "::", "[::]", "::0");
  private static final Set<String> HOST_WORDS = Set.of("host", "hostname", "bind", "listen", "server", "interface",
      "iface");
  private static final Set<String> ADDRESS_WORDS = Set.of("address", "addr", "ip");
  /** Words of keys that name a listening address; in a dict a bare "host" is often a server to connect to. */
  private static final Set<String> LISTEN_WORDS = Set.of("bind", "listen", "interface", "iface");
  /** Words of the functions that start servers; {@code connect(host=...)} and {@code Redis(host=...)} are clients. */
  private static final Set<String> SERVER_CALL_WORDS = Set.of("run", "serve", "server", "listen", "bind", "start",
      "launch", "app");
  private static final Set<String> NOT_LOCAL_WORDS = Set.of("remote", "client", "peer", "source", "src", "dest",
      "destination", "target", "proxy");

  private static final RuleMetadata METADATA = new RuleMetadata("BW104", "bind-all-interfaces",
      "server listens on all network interfaces", Severity.MEDIUM, Confidence.MEDIUM, List.of(605),
      List.of("B104", "S104"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `0.0.0.0`, `::` (and `\"\"` or `*` where a socket API reads them the same way) used as the "
              + "address a server listens on: the argument of a `bind` call, the `(host, port)` pair of a "
              + "`socketserver`/`http.server` server, a `host=`/`bind=` keyword of a call that starts a "
              + "server (`app.run`, `uvicorn.run`, `web.run_app`, `serve`, `listen`), a value assigned to a "
              + "name such as `HOST` or `bind_address`, or a dict key such as `\"bind\"` or "
              + "`\"listen_address\"`. The same string elsewhere (a comparison, a log message, the `HOST` "
              + "of a database to connect to, `connect(host=...)`) is not reported.",
          "Listening on every interface exposes the service to every network the machine is on, including "
              + "public ones, not just to the local host or the one network meant to reach it. Development "
              + "servers, debug consoles and admin ports are the usual victims.",
          "app.run(host=\"0.0.0.0\", port=8000)",
          "app.run(host=os.environ.get(\"APP_HOST\", \"127.0.0.1\"), port=8000)",
          "Listen on 127.0.0.1 or on the one interface that should serve, and take the address from "
              + "configuration so that deployments choose it.",
          "Inside a container, listening on all interfaces is often what the deployment wants; the "
              + "container network then does the isolation. Names are judged by their words, so an unusual "
              + "name for a listening address may be missed, and a host-like name holding something else "
              + "may be reported. Silence one finding with `# bulwark: ignore[BW104]`.",
          List.of("https://cwe.mitre.org/data/definitions/605.html",
              "https://docs.python.org/3/library/socket.html#socket.socket.bind")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Expr.Call.class, Stmt.Assign.class, Stmt.AnnAssign.class, Expr.Dict.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (node instanceof Expr.Call call) {
      checkCall(call, context);
    } else if (node instanceof Expr.Dict d) {
      Stores.forEachConstantKey(d, context, (key, value) -> {
        if (isListenKey(key)) {
          reportIfEveryInterface(value, context, Confidence.MEDIUM);
        }
      });
    } else {
      Stores.forEachAssignment(node, (target, value) -> checkAssignment(target, value, context));
    }
  }

  private void checkCall(Expr.Call call, RuleContext context) {
    Boolean server = null; // worked out only for a call with a host-like keyword
    for (Keyword k : call.keywords()) {
      if (k.arg() == null || !isHostName(k.arg())) {
        continue;
      }
      boolean alreadyReported = k.value() instanceof Expr.Name n && isHostName(n.id());
      if (server == null) {
        server = startsAServer(call);
      }
      if (server && !alreadyReported) {
        reportIfEveryInterface(k.value(), context, Confidence.MEDIUM);
      }
    }
    if (call.args().isEmpty() && call.keywords().isEmpty()) {
      return;
    }
    if (context.isAnyOf(call.func(), ADDRESS_PAIR_SERVERS)) {
      // the (host, port) pair, whatever the server names it: server_address, addr, address
      if (context.arguments(call).first().orElse(null) instanceof Expr.Tuple t && !t.elts().isEmpty()) {
        reportIfEveryInterface(t.elts().get(0), true, context, Confidence.HIGH);
      }
      return;
    }
    boolean makeServer = context.isAnyOf(call.func(), MAKE_SERVER);
    if (makeServer || context.isAnyOf(call.func(), START_SERVER)) {
      // make_server(host, port, app), start_server(client_connected_cb, host, port); host= is the loop's above
      positionalHost(call, context.argument(call, "host"))
          .ifPresent(h -> reportIfEveryInterface(h, makeServer, context, Confidence.HIGH));
      return;
    }
    if (call.args().isEmpty()) {
      return;
    }
    Expr first = call.args().get(0);
    if (call.func() instanceof Expr.Attribute a && a.attr().equals("bind")) {
      if (first instanceof Expr.Tuple t && !t.elts().isEmpty()) {
        reportIfEveryInterface(t.elts().get(0), true, context, Confidence.HIGH);
      } else if (!context.constantString(first).map(String::isEmpty).orElse(false)) {
        // A bare "" is a Unix socket's path (Linux autobinds it to a fresh abstract name), not a host:
        // IP sockets take a (host, port) pair.
        reportIfEveryInterface(first, true, context, Confidence.HIGH);
      }
    } else if (call.func() instanceof Expr.Attribute a && a.attr().equals("create_server")
        && Receivers.isObjectMethod(a, context)) {
      // loop.create_server(protocol_factory, host, port, ...)
      positionalHost(call, context.argument(call, CREATE_SERVER, "host"))
          .ifPresent(h -> reportIfEveryInterface(h, context, Confidence.HIGH));
    } else if (call.func() instanceof Expr.Attribute a && a.attr().equals("run")
        && Receivers.isObjectMethod(a, context)) {
      // app.run("0.0.0.0"): Flask and its relatives take the host first
      reportIfEveryInterface(first, context, Confidence.MEDIUM);
    }
  }

  /** A host passed by position: one passed as {@code host=} is reported by the keyword loop of {@link #checkCall}. */
  private static Optional<Expr> positionalHost(Expr.Call call, Optional<Expr> host) {
    for (Keyword k : call.keywords()) {
      if (host.isPresent() && k.value() == host.get()) {
        return Optional.empty();
      }
    }
    return host;
  }

  private void checkAssignment(Expr target, Expr value, RuleContext context) {
    Optional<String> name = Stores.targetName(target, context);
    boolean listening = target instanceof Expr.Subscript ? name.map(BindAllInterfacesRule::isListenKey).orElse(false)
        : name.map(BindAllInterfacesRule::isHostName).orElse(false);
    if (!listening) {
      return;
    }
    if (value instanceof Expr.List l) {
      l.elts().forEach(e -> reportIfEveryInterface(e, context, Confidence.MEDIUM));
    } else if (value instanceof Expr.Tuple t) {
      t.elts().forEach(e -> reportIfEveryInterface(e, context, Confidence.MEDIUM));
    } else {
      reportIfEveryInterface(value, context, Confidence.MEDIUM);
    }
  }

  /** A dict key or subscript that names a listening address: {@code "bind"}, {@code "listen_addr"}. */
  static boolean isListenKey(String key) {
    return anyIn(Identifiers.words(key), LISTEN_WORDS);
  }

  private static boolean anyIn(List<String> words, Set<String> wanted) {
    for (String w : words) {
      if (wanted.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a call starts a server by its name: {@code app.run}, {@code uvicorn.run}, {@code web.run_app}. */
  private static boolean startsAServer(Expr.Call call) {
    String name = call.func() instanceof Expr.Attribute a ? a.attr() : call.func() instanceof Expr.Name n ? n.id() : "";
    return anyIn(Identifiers.words(name), SERVER_CALL_WORDS);
  }

  /** Whether a name means the address to listen on: {@code HOST}, {@code bind_address}, but not {@code remote_addr}. */
  static boolean isHostName(String name) {
    List<String> words = Identifiers.words(name);
    if (words.isEmpty() || anyIn(words, NOT_LOCAL_WORDS)) {
      return false;
    }
    return anyIn(words, HOST_WORDS) || ADDRESS_WORDS.contains(words.get(words.size() - 1));
  }

  private void reportIfEveryInterface(Expr value, RuleContext context, Confidence confidence) {
    reportIfEveryInterface(value, false, context, confidence);
  }

  /**
   * Reports {@code value} when it folds to an every-interface address. {@code socketApi}: the value
   * goes straight to a socket or ZeroMQ bind, which also read {@code ""} and {@code *} as "all".
   */
  private void reportIfEveryInterface(Expr value, boolean socketApi, RuleContext context, Confidence confidence) {
    Optional<String> s = context.constantString(value);
    if (s.isEmpty()) {
      return;
    }
    String host = hostPart(s.get());
    if (EVERY_INTERFACE.contains(host) || (socketApi && (host.isEmpty() || host.equals("*")))) {
      String shown = host.isEmpty() ? "\"\"" : host;
      context.report(value, "listening on " + shown + " exposes the service on every network interface",
          METADATA.severity(), confidence);
    }
  }

  /** The host of {@code tcp://0.0.0.0:5555}, {@code 0.0.0.0:8000}, {@code [::]:80} or a bare host. */
  private static String hostPart(String address) {
    String a = address.strip().toLowerCase(Locale.ROOT);
    int scheme = a.indexOf("://");
    if (scheme >= 0) {
      a = a.substring(scheme + 3);
    }
    if (a.startsWith("[")) {
      int close = a.indexOf(']');
      return close < 0 ? a : a.substring(0, close + 1);
    }
    int colon = a.lastIndexOf(':');
    if (colon > 0 && a.indexOf(':') == colon && a.substring(colon + 1).chars().allMatch(Character::isDigit)) {
      return a.substring(0, colon);
    }
    return a;
  }
}
