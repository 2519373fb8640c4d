package dev.bulwark.cli;

import dev.bulwark.python.ast.ExceptHandler;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.MatchCase;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TextRange;
import dev.bulwark.python.ast.WithItem;
import dev.bulwark.report.source.LineSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines each statement of a module occupies, which suppressions and fingerprints need: a simple
 * statement whole, a compound one only its header (from its first decorator to the line before its
 * body), plus the headers of {@code except} and {@code case} clauses.
 */
final class StatementSpans {

  private final List<LineSpan> spans = new ArrayList<>();

  private StatementSpans() {}

  static List<LineSpan> of(Mod.Module module) {
    StatementSpans s = new StatementSpans();
    s.block(module.body());
    return s.spans;
  }

  private void block(List<Stmt> body) {
    for (Stmt stmt : body) {
      statement(stmt);
    }
  }

  private void statement(Stmt stmt) {
    TextRange r = stmt.range();
    if (stmt instanceof Stmt.FunctionDef f) {
      header(first(f.decoratorList(), r.line()), r.line(), f.body());
      block(f.body());
    } else if (stmt instanceof Stmt.AsyncFunctionDef f) {
      header(first(f.decoratorList(), r.line()), r.line(), f.body());
      block(f.body());
    } else if (stmt instanceof Stmt.ClassDef c) {
      header(first(c.decoratorList(), r.line()), r.line(), c.body());
      block(c.body());
    } else if (stmt instanceof Stmt.If s) {
      add(r.line(), s.test().range().endLine());
      block(s.body());
      block(s.orelse());
    } else if (stmt instanceof Stmt.While s) {
      add(r.line(), s.test().range().endLine());
      block(s.body());
      block(s.orelse());
    } else if (stmt instanceof Stmt.For s) {
      add(r.line(), s.iter().range().endLine());
      block(s.body());
      block(s.orelse());
    } else if (stmt instanceof Stmt.AsyncFor s) {
      add(r.line(), s.iter().range().endLine());
      block(s.body());
      block(s.orelse());
    } else if (stmt instanceof Stmt.With s) {
      add(r.line(), withEnd(s.items(), r.line()));
      block(s.body());
    } else if (stmt instanceof Stmt.AsyncWith s) {
      add(r.line(), withEnd(s.items(), r.line()));
      block(s.body());
    } else if (stmt instanceof Stmt.Match s) {
      add(r.line(), s.subject().range().endLine());
      for (MatchCase c : s.cases()) {
        TextRange p = c.pattern().range();
        add(p.line(), c.guard() != null ? c.guard().range().endLine() : p.endLine());
        block(c.body());
      }
    } else if (stmt instanceof Stmt.Try s) {
      tryParts(r, s.body(), s.handlers(), s.orelse(), s.finalbody());
    } else if (stmt instanceof Stmt.TryStar s) {
      tryParts(r, s.body(), s.handlers(), s.orelse(), s.finalbody());
    } else {
      add(r.line(), r.endLine());
    }
  }

  private void tryParts(TextRange r, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
      List<Stmt> finalbody) {
    add(r.line(), r.line());
    block(body);
    for (ExceptHandler h : handlers) {
      TextRange hr = h.range();
      add(hr.line(), h.type() != null ? h.type().range().endLine() : hr.line());
      block(h.body());
    }
    block(orelse);
    block(finalbody);
  }

  /** A def or class header: decorators, then the signature up to the line before the body. */
  private void header(int start, int defLine, List<Stmt> body) {
    int bodyLine = body.isEmpty() ? defLine : body.get(0).range().line();
    add(start, Math.max(defLine, bodyLine - 1));
  }

  private static int first(List<Expr> decorators, int defLine) {
    return decorators.isEmpty() ? defLine : Math.min(defLine, decorators.get(0).range().line());
  }

  private static int withEnd(List<WithItem> items, int line) {
    int end = line;
    for (WithItem item : items) {
      end = Math.max(end, item.contextExpr().range().endLine());
      if (item.optionalVars() != null) {
        end = Math.max(end, item.optionalVars().range().endLine());
      }
    }
    return end;
  }

  private void add(int start, int end) {
    spans.add(new LineSpan(start, Math.max(start, end)));
  }
}
