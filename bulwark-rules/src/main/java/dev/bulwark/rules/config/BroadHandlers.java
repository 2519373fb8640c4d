package dev.bulwark.rules.config;

import dev.bulwark.python.ast.ExceptHandler;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.rules.RuleContext;
import java.util.List;

/** The except clauses that catch everything, and the ones whose whole body is one statement of a kind. */
final class BroadHandlers {
  private BroadHandlers() {}

  private static final List<String> EVERYTHING = List.of("builtins.Exception", "builtins.BaseException");

  /**
   * Whether a handler catches every error: bare {@code except:}, {@code Exception},
   * {@code BaseException}, or a tuple with one of them.
   */
  static boolean catchesEverything(ExceptHandler handler, RuleContext context) {
    Expr type = handler.type();
    if (type == null) {
      return true;
    }
    if (type instanceof Expr.Tuple t) {
      return t.elts().stream().anyMatch(e -> context.isAnyOf(e, EVERYTHING));
    }
    return context.isAnyOf(type, EVERYTHING);
  }

  /** Whether the handler's body is a single statement of {@code kind}. */
  static boolean bodyIsOnly(ExceptHandler handler, Class<? extends Stmt> kind) {
    List<Stmt> body = handler.body();
    return body.size() == 1 && kind.isInstance(body.get(0));
  }

  /** A short description of what the handler catches, for messages. */
  static String caught(ExceptHandler handler) {
    if (handler.type() == null) {
      return "bare except";
    }
    return "except " + (handler.type() instanceof Expr.Name n ? n.id() : "(...)");
  }
}
