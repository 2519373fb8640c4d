package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One finding per flow when a sink call's result reaches another sink of the same kind around it:
 * in {@code Path(base, name).read_text()} the constructor is a path sink and so is the read on its
 * result, and the data that reaches the read went through the constructor. Both calls are hits of the
 * analysis (hits are kept per call), but they are one flow into one file access; only the outer call,
 * the one that acts on the file, is reported. An inner sink whose result the outer call does not take
 * (its step is not on the outer hit's path) is a flow of its own and stays. The same holds for the
 * sinks a function's parameters reach, which its summary carries to the function's callers.
 */
final class NestedSinks {
  private NestedSinks() {}

  /** {@code hits} without those an enclosing hit of the same kind took its data through. */
  static List<TaintAnalysis.Hit> outermost(List<TaintAnalysis.Hit> hits) {
    return outermost(hits, TaintAnalysis.Hit::kind, TaintAnalysis.Hit::at, TaintAnalysis.Hit::taint);
  }

  /** {@code sinks} without those an enclosing one of the same kind took its data through. */
  static <T> List<T> outermost(List<T> sinks, Function<T, SinkKind> kind, Function<T, Expr> at,
      Function<T, Taint> taint) {
    List<T> kept = new ArrayList<>(sinks.size());
    for (T inner : sinks) {
      boolean nested = false;
      for (T outer : sinks) {
        if (outer != inner && kind.apply(outer) == kind.apply(inner)
            && passesThrough(at.apply(outer), taint.apply(outer), at.apply(inner), taint.apply(inner))) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        kept.add(inner);
      }
    }
    return List.copyOf(kept);
  }

  /** Whether the sink call {@code outer}, around {@code inner}, got its data through {@code inner}'s call. */
  private static boolean passesThrough(Expr outer, Taint outerTaint, Expr inner, Taint innerTaint) {
    if (outer == inner) {
      return false;
    }
    TextRange o = outer.range();
    TextRange i = inner.range();
    if (o.equals(i) || !contains(o, i)) {
      return false;
    }
    // a remote flow is not hidden behind a local one
    if (outerTaint.local() && !innerTaint.local()) {
      return false;
    }
    return outerTaint.steps().stream().anyMatch(s -> i.equals(s.range()));
  }

  private static boolean contains(TextRange outer, TextRange inner) {
    boolean startsInside = outer.line() < inner.line() || (outer.line() == inner.line() && outer.col() <= inner.col());
    boolean endsInside = inner.endLine() < outer.endLine()
        || (inner.endLine() == outer.endLine() && inner.endCol() <= outer.endCol());
    return startsInside && endsInside;
  }
}
