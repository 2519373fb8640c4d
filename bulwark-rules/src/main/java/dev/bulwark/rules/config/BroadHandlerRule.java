package dev.bulwark.rules.config;

import dev.bulwark.python.ast.ExceptHandler;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import java.util.List;

/**
 * The rules that report an except clause which catches everything and whose whole body is one
 * statement of a kind ({@code pass}, {@code continue}): they differ only in that statement and in
 * what their message says it does.
 */
abstract class BroadHandlerRule implements Rule {

  private static final List<String> EVERYTHING = List.of("builtins.Exception", "builtins.BaseException");

  private final Class<? extends Stmt> onlyStatement;
  private final String consequence;

  /**
   * @param onlyStatement the one statement a reported handler's body consists of
   * @param consequence the end of the message, after "except Exception with only pass"
   */
  BroadHandlerRule(Class<? extends Stmt> onlyStatement, String consequence) {
    this.onlyStatement = onlyStatement;
    this.consequence = consequence;
  }

  @Override
  public final List<Class<? extends Node>> nodeKinds() {
    return List.of(ExceptHandler.class);
  }

  @Override
  public final void check(Node node, RuleContext context) {
    ExceptHandler handler = (ExceptHandler) node;
    List<Stmt> body = handler.body();
    boolean onlyThat = body.size() == 1 && onlyStatement.isInstance(body.get(0));
    if (onlyThat && catchesEverything(handler, context)) {
      context.report(handler, caught(handler) + " " + consequence);
    }
  }

  /**
   * Whether a handler catches every error: bare {@code except:}, {@code Exception},
   * {@code BaseException}, or a tuple with one of them.
   */
  private static boolean catchesEverything(ExceptHandler handler, RuleContext context) {
    Expr type = handler.type();
    if (type == null) {
      return true;
    }
    if (type instanceof Expr.Tuple t) {
      return t.elts().stream().anyMatch(e -> context.isAnyOf(e, EVERYTHING));
    }
    return context.isAnyOf(type, EVERYTHING);
  }

  /** A short description of what the handler catches, for messages. */
  private static String caught(ExceptHandler handler) {
    if (handler.type() == null) {
      return "bare except";
    }
    return "except " + (handler.type() instanceof Expr.Name n ? n.id() : "(...)");
  }
}
