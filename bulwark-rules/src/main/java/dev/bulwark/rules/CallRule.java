package dev.bulwark.rules;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import java.util.List;

/** A rule that looks only at calls, the commonest kind. */
public abstract class CallRule implements Rule {

  @Override
  public final List<Class<? extends Node>> nodeKinds() {
    return List.of(Expr.Call.class);
  }

  @Override
  public final void check(Node node, RuleContext context) {
    checkCall((Expr.Call) node, context);
  }

  protected abstract void checkCall(Expr.Call call, RuleContext context);
}
