package dev.bulwark.taint;

import dev.bulwark.python.ast.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * One finding per flow when a sink call's result reaches another sink of the same kind around it:
 * in {@code Path(base, name).read_text()} the constructor is a path sink and so is the read on its
 * result, and the data that reaches the read went through the constructor. Both calls are hits of the
 * analysis (hits are kept per call), but they are one flow into one file access; only the outer call,
 * the one that acts on the file, is reported. An inner sink whose result the outer call does not take
 * (its step is not on the outer hit's path) is a flow of its own and stays.
 */
final class NestedSinks {
  private NestedSinks() {}

  /** {@code hits} without those an enclosing hit of the same kind took its data through. */
  static List<TaintAnalysis.Hit> outermost(List<TaintAnalysis.Hit> hits) {
    List<TaintAnalysis.Hit> kept = new ArrayList<>(hits.size());
    for (TaintAnalysis.Hit h : hits) {
      if (hits.stream().noneMatch(outer -> passesThrough(outer, h))) {
        kept.add(h);
      }
    }
    return List.copyOf(kept);
  }

  /** Whether {@code outer}, a sink call around {@code inner}'s, got its data through {@code inner}'s call. */
  private static boolean passesThrough(TaintAnalysis.Hit outer, TaintAnalysis.Hit inner) {
    if (outer == inner || outer.kind() != inner.kind() || outer.at() == inner.at()) {
      return false;
    }
    TextRange o = outer.at().range();
    TextRange i = inner.at().range();
    if (o.equals(i) || !contains(o, i)) {
      return false;
    }
    // a remote flow is not hidden behind a local one
    if (outer.taint().local() && !inner.taint().local()) {
      return false;
    }
    return outer.taint().steps().stream().anyMatch(s -> i.equals(s.range()));
  }

  private static boolean contains(TextRange outer, TextRange inner) {
    boolean startsInside = outer.line() < inner.line() || (outer.line() == inner.line() && outer.col() <= inner.col());
    boolean endsInside = inner.endLine() < outer.endLine()
        || (inner.endLine() == outer.endLine() && inner.endCol() <= outer.endCol());
    return startsInside && endsInside;
  }
}
