package dev.bulwark.rules.crypto;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import java.util.List;

/**
 * A rule that looks at calls and at plain assignments: the TLS settings these rules hunt can be
 * passed as an argument ({@code verify=False}) or set as an attribute ({@code s.verify = False}).
 */
abstract class CallOrAssignRule implements Rule {

  @Override
  public final List<Class<? extends Node>> nodeKinds() {
    return List.of(Expr.Call.class, Stmt.Assign.class);
  }

  @Override
  public final void check(Node node, RuleContext context) {
    if (node instanceof Expr.Call call) {
      checkCall(call, context);
    } else if (node instanceof Stmt.Assign assign) {
      checkAssign(assign, context);
    }
  }

  protected abstract void checkCall(Expr.Call call, RuleContext context);

  protected abstract void checkAssign(Stmt.Assign assign, RuleContext context);
}
