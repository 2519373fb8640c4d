package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.semantic.Binding;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a call in one function runs, when the module says: a function or method of this module (also
 * through an instance, a class, a closure or a factory), a lambda, a method of a library object. The
 * answers need the module's definitions, not the flow state.
 */
final class CallTargets {
  private final SemanticModel model;
  private final ActiveModels models;
  private final Scope scope;
  /** The function the calls are in; null at the module's top level. */
  private final Stmt def;
  private final Map<String, Stmt> topLevelDefs;
  private final Map<String, Stmt.ClassDef> topLevelClasses;
  private final Map<Stmt, Stmt.ClassDef> methodOf;

  CallTargets(SemanticModel model, ActiveModels models, Scope scope, Stmt def, Map<String, Stmt> topLevelDefs,
      Map<String, Stmt.ClassDef> topLevelClasses, Map<Stmt, Stmt.ClassDef> methodOf) {
    this.model = model;
    this.models = models;
    this.scope = scope;
    this.def = def;
    this.topLevelDefs = topLevelDefs;
    this.topLevelClasses = topLevelClasses;
    this.methodOf = methodOf;
  }

  /**
   * The function a call runs, when it is known: a module-level function defined once, a method
   * of the current class called through {@code self}, or a method of a class of this module called
   * on an instance made here ({@code Badge(label).render()}, {@code f = Finder(t); f.find(x)}).
   */
  Stmt localFunction(Expr.Call c) {
    if (c.func() instanceof Expr.Attribute a && a.value() instanceof Expr.Name receiver && def != null
        && methodOf.containsKey(def) && receiver.id().equals(Defs.selfName(def))) {
      return sibling(methodOf.get(def), a.attr());
    }
    if (c.func() instanceof Expr.Attribute a) {
      Stmt.ClassDef cls = instanceOf(a.value());
      if (cls != null) {
        return sibling(cls, a.attr());
      }
    }
    if (c.func() instanceof Expr.Attribute a && a.value() instanceof Expr.Name cn
        && topLevelClasses.containsKey(cn.id()) && model.lookup(cn.id(), scope) == model.moduleScope()) {
      // Helper.clean(value): a static or class method (or a plain one given its instance) through the class
      Stmt m = member(topLevelClasses.get(cn.id()), a.attr());
      return m == def ? null : m;
    }
    if (!(c.func() instanceof Expr.Name n)) {
      return null;
    }
    Stmt closure = localClosure(n);
    if (closure != null) {
      return closure;
    }
    Stmt def = topLevelDefs.get(n.id());
    if (def == null || def == this.def || model.lookup(n.id(), scope) != model.moduleScope()) {
      return null;
    }
    List<Binding> bs = model.moduleScope().bindings(n.id());
    return bs.size() == 1 && bs.get(0) instanceof Binding.Definition ? def : null;
  }

  /**
   * {@code requests.Session.get} for {@code s.get(...)} where {@code s} is bound once to
   * {@code requests.Session()} (or for {@code requests.Session().get(...)}): a method of a library
   * object, named for the sinks of the models; else null.
   */
  String libraryMethod(Expr.Call c) {
    if (!(c.func() instanceof Expr.Attribute a)) {
      return null;
    }
    Expr.Call made = constructorCall(a.value());
    String type = made == null ? null : model.qualifiedName(made.func(), scope).orElse(null);
    String name = type == null ? null : type + "." + a.attr();
    return name != null && !models.sinks(name, null).isEmpty() ? name : null;
  }

  /** The constructor call that made {@code e}, written in place or bound once to a name; else null. */
  Expr.Call constructorCall(Expr e) {
    Expr made = e instanceof Expr.Name n ? model.boundValue(n.id(), scope).map(b -> b.value()).orElse(null) : e;
    return made instanceof Expr.Call call ? call : null;
  }

  /** The top-level class of this module whose constructor made {@code e}, directly or through a name bound once; else null. */
  Stmt.ClassDef instanceOf(Expr e) {
    Expr made = e;
    if (e instanceof Expr.Name n) {
      made = model.boundValue(n.id(), scope).map(b -> b.value()).orElse(null);
    } else if (e instanceof Expr.Attribute) {
      // self.repo, set to an instance of a class of this module by the class's methods
      made = Optional.ofNullable(madeBy(e)).map(SemanticModel.BoundValue::value).orElse(null);
    }
    if (made instanceof Expr.Call call && call.func() instanceof Expr.Name cn && topLevelClasses.containsKey(cn.id())
        && model.lookup(cn.id(), scope) == model.moduleScope()) {
      return topLevelClasses.get(cn.id());
    }
    return null;
  }

  /** The function {@code name} defined once in {@code cls}: plain, static or class method; else null. */
  Stmt member(Stmt.ClassDef cls, String name) {
    Stmt found = Defs.definedOnce(cls, name);
    return found != null && ObjectPaths.binding(found, model) != null ? found : null;
  }

  /**
   * The function a name bound once to a call of a module-level function of this module runs, when
   * that function returns a function it defines ({@code run = make_runner(); run(x)}); else null.
   */
  Stmt localClosure(Expr.Name n) {
    Expr.Call made = constructorCall(n);
    Stmt factory = made != null && made.func() instanceof Expr.Name fn && model.lookup(fn.id(), scope) == model.moduleScope()
        ? topLevelDefs.get(fn.id()) : null;
    Stmt inner = factory == null ? null : ObjectPaths.returnedFunction(factory);
    return inner == def ? null : inner;
  }

  /**
   * The methods {@code thing.run(...)} may run when {@code thing} is bound once to a call of a
   * module-level function of this module that returns instances of classes of this module (a factory).
   */
  List<Stmt> factoryMethods(Expr.Call c) {
    if (!(c.func() instanceof Expr.Attribute a)) {
      return List.of();
    }
    Expr.Call made = constructorCall(a.value());
    Stmt factory = made != null && made.func() instanceof Expr.Name fn && model.lookup(fn.id(), scope) == model.moduleScope()
        ? topLevelDefs.get(fn.id()) : null;
    if (factory == null) {
      return List.of();
    }
    List<Stmt> out = new ArrayList<>();
    String prefix = model.qualifiedName(((Expr.Name) made.func()), scope).map(q -> q.substring(0, q.lastIndexOf('.') + 1))
        .orElse(null);
    for (String q : ObjectPaths.returnedClasses(factory, model)) {
      Stmt.ClassDef cls = prefix != null && q.startsWith(prefix) ? topLevelClasses.get(q.substring(prefix.length())) : null;
      Stmt m = cls == null ? null : sibling(cls, a.attr());
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /** The method {@code name} defined once, without decorators, in {@code cls}; else null. */
  Stmt sibling(Stmt.ClassDef cls, String name) {
    Stmt found = Defs.definedOnce(cls, name);
    if (found == null || found == def) {
      return null;
    }
    return Defs.decorators(found).isEmpty() ? found : null;
  }

  /**
   * How many leading parameters of {@code def} the call fills implicitly: the receiver of a method
   * called through an instance or {@code self}, the class of a class method; none for a function,
   * a static method, or a plain method called through its class.
   */
  int implicitParams(Expr.Call c, Stmt def) {
    if (!methodOf.containsKey(def) || !(c.func() instanceof Expr.Attribute a)) {
      return 0;
    }
    ObjectSummary.Binding binding = ObjectPaths.binding(def, model);
    if (binding == ObjectSummary.Binding.STATIC) {
      return 0;
    }
    if (binding == ObjectSummary.Binding.CLASS) {
      return 1;
    }
    boolean throughClass = a.value() instanceof Expr.Name cn && topLevelClasses.containsKey(cn.id())
        && model.lookup(cn.id(), scope) == model.moduleScope();
    return throughClass ? 0 : 1;
  }

  /** The lambda a call runs: written in place, or a name bound once to it; else null. */
  Expr.Lambda lambdaCalled(Expr func) {
    if (func instanceof Expr.Lambda l) {
      return l;
    }
    if (func instanceof Expr.Name n) {
      return model.boundValue(n.id(), scope).map(b -> b.value() instanceof Expr.Lambda l ? l : null).orElse(null);
    }
    return null;
  }

  /**
   * The call that made the value of {@code e}: a name bound once to it, or an attribute of
   * {@code self} that the class's methods set only to calls of one callee ({@code self.repo = Repo()}).
   */
  SemanticModel.BoundValue madeBy(Expr e) {
    if (e instanceof Expr.Name n) {
      return model.boundValue(n.id(), scope).orElse(null);
    }
    if (!(e instanceof Expr.Attribute a) || !(a.value() instanceof Expr.Name self) || def == null
        || !methodOf.containsKey(def) || !self.id().equals(Defs.selfName(def))) {
      return null;
    }
    SemanticModel.BoundValue found = null;
    String callee = null;
    for (Stmt m : methodOf.get(def).body()) {
      if (Defs.name(m) == null || Defs.selfName(m) == null) {
        continue;
      }
      for (Stmt s : ObjectPaths.statements(Defs.body(m))) {
        if (!(s instanceof Stmt.Assign as)) {
          continue;
        }
        for (Expr t : as.targets()) {
          if (t instanceof Expr.Attribute ta && ta.attr().equals(a.attr()) && ta.value() instanceof Expr.Name tn
              && tn.id().equals(Defs.selfName(m))) {
            Scope ms = model.scopeOf(m);
            String q = as.value() instanceof Expr.Call call ? model.qualifiedName(call.func(), ms).orElse(null) : null;
            if (q == null || (callee != null && !callee.equals(q))) {
              return null;
            }
            callee = q;
            found = new SemanticModel.BoundValue(as.value(), ms);
          }
        }
      }
    }
    return found;
  }
}
