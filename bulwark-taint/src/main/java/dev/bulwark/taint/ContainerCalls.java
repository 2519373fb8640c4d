package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods called on local containers whose contents are followed piece by piece in one body: a
 * list whose elements are tracked one by one ({@link ListShapes}) and a {@code configparser} object
 * whose options are ({@link ConfigOptions}).
 */
final class ContainerCalls {

  private final SemanticModel model;
  private final Scope scope;
  private final CallTargets targets;
  /** The local lists whose elements are followed one by one. */
  private final ListShapes lists;

  ContainerCalls(SemanticModel model, Scope scope, CallTargets targets, ListShapes lists) {
    this.model = model;
    this.scope = scope;
    this.targets = targets;
    this.lists = lists;
  }

  /**
   * A method called on a local list whose elements are followed: {@code append}, {@code insert} and
   * {@code pop} change the shape, reading methods keep it, any other forgets it. The call's result in a
   * one-element array, or null to go on as for any other method.
   */
  Taint[] listMethod(Expr.Call c, String list, String method, Map<Expr, Taint> argTaint, Taint receiver,
      Map<String, Taint> st) {
    int n = lists.length(list, st);
    List<Expr> args = c.args();
    boolean plain = c.keywords().isEmpty() && args.stream().noneMatch(x -> x instanceof Expr.Starred);
    if (plain && (method.equals(".append") && args.size() == 1 || method.equals(".insert") && args.size() == 2)) {
      Taint t = argTaint.get(args.get(args.size() - 1));
      Taint added = t == null ? null : t.step(c.range(), "added to " + list);
      if (added != null) {
        st.put(list, Taint.merge(st.get(list), added));
      }
      if (args.size() == 1) {
        lists.append(list, n, added, st);
      } else {
        lists.insert(list, n, args.get(0), added, st);
      }
      return new Taint[] {null};
    }
    if (plain && method.equals(".pop") && args.size() <= 1) {
      Taint[] removed = lists.remove(list, n, args.isEmpty() ? null : args.get(0), st);
      Taint r = removed == null ? receiver : removed[0];
      return new Taint[] {r == null ? null : r.step(c.range(), "taken from " + list)};
    }
    if (!Set.of(".index", ".count", ".copy").contains(method)) {
      ListShapes.forget(list, st);
    }
    return null;
  }

  /** Whether {@code e} names a local {@code configparser} object: a name bound once to its constructor. */
  boolean configParser(Expr e) {
    Expr.Call made = e instanceof Expr.Name ? targets.constructorCall(e) : null;
    return made != null && model.qualifiedName(made.func(), scope).filter(ConfigOptions.TYPES::contains).isPresent();
  }

  /**
   * A method called on a local {@code configparser} object, its options followed one by one; the
   * call's result in a one-element array, or null to go on as for any other method.
   */
  Taint[] configMethod(Expr.Call c, String parser, String method, Map<Expr, Taint> argTaint,
      Taint receiver, Map<String, Taint> st) {
    List<Expr> args = c.args();
    if (method.equals(".set") && args.size() == 3) {
      Taint t = argTaint.get(args.get(2));
      ConfigOptions.set(parser, model.constantString(args.get(0), scope).orElse(null),
          model.constantString(args.get(1), scope).orElse(null),
          t == null ? null : t.step(c.range(), "stored in " + parser), st);
      return new Taint[] {null};
    }
    if (method.equals(".get") && args.size() >= 2) {
      Taint t = ConfigOptions.get(parser, model.constantString(args.get(0), scope).orElse(null),
          model.constantString(args.get(1), scope).orElse(null), st);
      for (int i = 2; i < args.size(); i++) {
        t = Taint.merge(t, argTaint.get(args.get(i)));
      }
      for (Keyword k : c.keywords()) {
        t = Taint.merge(t, argTaint.get(k.value())); // fallback=, vars=
      }
      return new Taint[] {t == null ? null : t.step(c.range(), "read from " + parser)};
    }
    if (ConfigOptions.CONVERTING.contains(method)) {
      return new Taint[] {null};
    }
    if (ConfigOptions.LOADERS.contains(method)) {
      Taint t = null;
      for (Taint a : argTaint.values()) {
        t = Taint.merge(t, a);
      }
      if (t != null) {
        ConfigOptions.blur(parser, t.step(c.range(), "loaded into " + parser), st);
      }
      return new Taint[] {null};
    }
    return null;
  }
}
