package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import java.util.Map;

/**
 * What the helpers of one body's analysis ({@link SinkChecks}, {@link InstanceReads}) ask of that
 * analysis: the taint an expression holds in a state, and the report of a sink reached.
 */
interface BodyFlow {

  /** The taint {@code e} holds in the state {@code st}. */
  Taint eval(Expr e, Map<String, Taint> st);

  /** Attacker data (or a parameter's data) reaching a sink of {@code kind} at {@code c}. */
  void sinkReached(Expr c, SinkKind kind, String label, Taint t);
}
