package dev.bulwark.rules;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.Set;

/**
 * Whether a value is read from a file, a socket or a URL: data the program did not write itself and
 * the taint analysis does not follow (a cache file, a downloaded document). A pattern finding on such
 * data stays even in a request handler where no request data reaches the call.
 */
final class ExternalReads {
  private static final Set<String> FUNCTIONS = Set.of("builtins.open", "io.open", "codecs.open",
      "urllib.request.urlopen", "requests.get", "requests.post", "requests.request", "httpx.get", "httpx.post",
      "socket.socket", "os.read", "sys.stdin.read", "fileinput.input");
  private static final Set<String> METHODS = Set.of("read", "readline", "readlines", "read_bytes", "read_text",
      "recv", "recvfrom", "urlopen", "getresponse", "iter_content");
  private static final int DEPTH = 3;

  private ExternalReads() {}

  /** Whether any argument of {@code call} reads external data, directly or through a name bound once. */
  static boolean inArguments(Expr.Call call, SemanticModel model, Scope scope) {
    return inArguments(call, model, scope, DEPTH);
  }

  private static boolean reads(Expr e, SemanticModel model, Scope scope, int depth) {
    if (e == null || depth < 0) {
      return false;
    }
    if (e instanceof Expr.Call c) {
      String q = model.qualifiedName(c.func(), scope).orElse(null);
      if ((q != null && FUNCTIONS.contains(q))
          || (c.func() instanceof Expr.Attribute a && METHODS.contains(a.attr()))) {
        return true;
      }
      if (c.func() instanceof Expr.Attribute a && reads(a.value(), model, scope, depth)) {
        return true;
      }
      return inArguments(c, model, scope, depth);
    }
    if (e instanceof Expr.Name n) {
      return model.boundValue(n.id(), scope)
          .map(b -> reads(b.value(), model, b.scope(), depth - 1)).orElse(false);
    }
    if (e instanceof Expr.Attribute a) {
      return reads(a.value(), model, scope, depth);
    }
    if (e instanceof Expr.Subscript s) {
      return reads(s.value(), model, scope, depth);
    }
    if (e instanceof Expr.BinOp b) {
      return reads(b.left(), model, scope, depth) || reads(b.right(), model, scope, depth);
    }
    if (e instanceof Expr.JoinedStr j) {
      return j.values().stream().anyMatch(v -> reads(v, model, scope, depth));
    }
    if (e instanceof Expr.FormattedValue f) {
      return reads(f.value(), model, scope, depth);
    }
    return false;
  }

  private static boolean inArguments(Expr.Call call, SemanticModel model, Scope scope, int depth) {
    for (Expr a : call.args()) {
      if (reads(a, model, scope, depth)) {
        return true;
      }
    }
    for (Keyword k : call.keywords()) {
      if (reads(k.value(), model, scope, depth)) {
        return true;
      }
    }
    return false;
  }
}
