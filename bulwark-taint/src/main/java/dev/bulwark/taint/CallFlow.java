package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import java.util.List;
import java.util.Map;

/**
 * What {@link SummaryCalls} asks of one body's analysis besides {@link BodyFlow}: a call evaluated
 * there (a callback a callee runs), the merged taint of expressions, and the report of a sink of
 * another function reached through a call.
 */
interface CallFlow extends BodyFlow {

  /** The taint a call returns in the state {@code st}, its sinks checked. */
  Taint call(Expr.Call c, Map<String, Taint> st);

  /** The taint of any of {@code es} in the state {@code st}. */
  Taint all(List<Expr> es, Map<String, Taint> st);

  /** A sink reached at {@code c}; {@code where} places a sink of another module, or is null. */
  void sinkReached(Expr c, SinkKind kind, String label, String where, Taint t);
}
