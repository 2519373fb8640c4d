package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.ExprContext;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Small questions about values that several injection rules ask: what a name is bound to, and
 * whether an argument vector is fixed before the program runs.
 */
final class Values {
  private Values() {}

  /** List methods that change the list in place. */
  private static final Set<String> LIST_MUTATORS = Set.of("append", "extend", "insert", "__setitem__", "__iadd__");

  /**
   * The qualified name of a called method's owner when it is really known. A method on a name that
   * is bound nowhere in the file resolves as {@code builtins.name.method}, which says nothing about
   * the object; that counts as unknown, like a method on a parameter.
   */
  static Optional<String> knownMethod(RuleContext context, Expr.Attribute method) {
    Optional<String> name = context.qualifiedName(method);
    if (name.isPresent() && name.get().startsWith("builtins.") && name.get().indexOf('.', "builtins.".length()) > 0) {
      return Optional.empty();
    }
    return name;
  }

  /** Whether an argument is given and folds to a constant string. */
  static boolean isConstantString(Optional<Expr> argument, RuleContext context) {
    return argument.isPresent() && context.constantString(argument.get()).isPresent();
  }

  /** Whether an argument is given and folds to a constant of any type. */
  static boolean isConstant(Optional<Expr> argument, RuleContext context) {
    return argument.isPresent() && context.constant(argument.get()).isPresent();
  }

  /** An expression together with the scope its names are looked up in. */
  record Bound(Expr expr, Scope scope) {}

  /**
   * The value a name is bound to when the name has exactly one plain assignment in its scope;
   * empty for parameters, imports, loop targets and names assigned more than once.
   */
  static Optional<Bound> singleAssignment(Expr.Name name, SemanticModel model, Scope from) {
    return model.boundValue(name.id(), from).map(b -> new Bound(b.value(), b.scope()));
  }

  /**
   * Whether a command is fixed: a constant string, or a list or tuple (possibly behind a name bound
   * once) whose every element is a constant, or a starred constant list. Any computed element makes it open.
   */
  static boolean isConstantCommand(Expr e, SemanticModel model, Scope scope) {
    return isConstantCommand(e, model, scope, 0);
  }

  private static boolean isConstantCommand(Expr e, SemanticModel model, Scope scope, int depth) {
    if (model.constant(e, scope).isPresent()) {
      return true;
    }
    List<Expr> elements = elements(e);
    if (elements != null) {
      for (Expr element : elements) {
        boolean fixed = element instanceof Expr.Starred st
            ? depth < 4 && elements(constantTarget(st.value(), model, scope)) != null
                && isConstantCommand(st.value(), model, scope, depth + 1)
            : model.constant(element, scope).isPresent();
        if (!fixed) {
          return false;
        }
      }
      return true;
    }
    if (e instanceof Expr.Name n && depth < 4) {
      Optional<Bound> bound = singleAssignment(n, model, scope);
      return bound.isPresent() && isConstantCommand(bound.get().expr(), model, bound.get().scope(), depth + 1)
          && !(bound.get().expr() instanceof Expr.List && isChangedInPlace(n.id(), bound.get().scope()));
    }
    return false;
  }

  /**
   * Whether a list bound to {@code name} is changed after it is made, anywhere in the scope that
   * binds it (nested functions included): {@code name.append(x)}, {@code name.extend(xs)},
   * {@code name.insert(i, x)}, {@code name[i] = x} or {@code del name[i]}. Such a list holds more
   * than its display shows, e.g. {@code cmd = ["ld"]} followed by {@code cmd.extend(["-L", d])}.
   */
  static boolean isChangedInPlace(String name, Scope scope) {
    boolean[] changed = {false};
    TreeVisitor finder = new TreeVisitor() {
      @Override
      public void visitCall(Expr.Call call) {
        if (call.func() instanceof Expr.Attribute a && a.value() instanceof Expr.Name n && n.id().equals(name)
            && LIST_MUTATORS.contains(a.attr())) {
          changed[0] = true;
        }
        TreeVisitor.super.visitCall(call);
      }

      @Override
      public void visitSubscript(Expr.Subscript subscript) {
        if (subscript.ctx() != ExprContext.Load && subscript.value() instanceof Expr.Name n && n.id().equals(name)) {
          changed[0] = true;
        }
        TreeVisitor.super.visitSubscript(subscript);
      }
    };
    finder.visit(scope.node());
    return changed[0];
  }

  /** What a name bound once stands for, so that {@code *name} can be expanded; the expression itself otherwise. */
  private static Expr constantTarget(Expr e, SemanticModel model, Scope scope) {
    if (e instanceof Expr.Name n) {
      return singleAssignment(n, model, scope).map(Bound::expr).orElse(e);
    }
    return e;
  }

  /** The elements of a list or tuple display, or null for any other expression. */
  static List<Expr> elements(Expr e) {
    if (e instanceof Expr.List l) {
      return l.elts();
    }
    if (e instanceof Expr.Tuple t) {
      return t.elts();
    }
    return null;
  }

  /**
   * The program a command names, when it is known: the first word of a constant command string,
   * or the first element of a list whose first element is a constant string.
   */
  static Optional<String> programOf(Expr command, SemanticModel model, Scope scope) {
    Optional<String> text = model.constantString(command, scope);
    if (text.isPresent()) {
      String s = text.get().strip();
      int end = 0;
      while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
        end++;
      }
      return end == 0 ? Optional.empty() : Optional.of(s.substring(0, end));
    }
    List<Expr> elements = elements(command);
    if (elements != null) {
      return elements.isEmpty() || elements.get(0) instanceof Expr.Starred ? Optional.empty()
          : model.constantString(elements.get(0), scope);
    }
    if (command instanceof Expr.Name n) {
      Optional<Bound> bound = singleAssignment(n, model, scope);
      if (bound.isPresent() && elements(bound.get().expr()) != null) {
        return programOf(bound.get().expr(), model, bound.get().scope());
      }
    }
    return Optional.empty();
  }
}
