package dev.bulwark.taint;

import static dev.bulwark.taint.TaintAnalysis.MAX_LAMBDA_DEPTH;
import static dev.bulwark.taint.TaintAnalysis.byNameOrPlace;

import dev.bulwark.python.ast.Arg;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import dev.bulwark.taint.TaintAnalysis.ParamSink;
import dev.bulwark.taint.TaintAnalysis.Summary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calls of one function body (or the module's top level) that run a function of the project: a
 * function or method of this module through its {@link TaintAnalysis.Summary} (with the closures and
 * the instance methods it defines), another module's through its {@link FunctionSummary}, and the
 * callbacks such a call makes its callee run ({@code map(fn, items)}, {@code apply(fn, value)}). The
 * taint of the arguments and the sinks reached come from the body's analysis through {@link CallFlow};
 * the other functions of the module are analysed through {@link ModuleBodies}.
 */
final class SummaryCalls {

  private final SemanticModel model;
  private final ActiveModels models;
  private final ProjectSummaries project;
  private final Scope scope;
  private final CallTargets targets;
  private final InstanceReads instanceReads;
  /** Whether calls of project functions are followed through their summaries (not while summarising). */
  private final boolean useSummaries;
  /** The functions of the module being analysed, one inside another (a call of one of them adds nothing). */
  private final Set<Stmt> inProgress;
  /** Each analysed function's state at its exit. */
  private final Map<Stmt, Map<String, Taint>> exits;
  /** Per class, the attributes of its instances that hold attacker data somewhere. */
  private final Map<Stmt.ClassDef, Map<String, Taint>> classFacts;
  private final ModuleBodies bodies;
  private final CallFlow flow;
  /** How many callbacks are being analysed, one inside another ({@link #invoke}, {@link #mapped}). */
  private int callbackDepth;

  SummaryCalls(SemanticModel model, ActiveModels models, ProjectSummaries project, Scope scope, CallTargets targets,
      InstanceReads instanceReads, boolean useSummaries, Set<Stmt> inProgress, Map<Stmt, Map<String, Taint>> exits,
      Map<Stmt.ClassDef, Map<String, Taint>> classFacts, ModuleBodies bodies, CallFlow flow) {
    this.model = model;
    this.models = models;
    this.project = project;
    this.scope = scope;
    this.targets = targets;
    this.instanceReads = instanceReads;
    this.useSummaries = useSummaries;
    this.inProgress = inProgress;
    this.exits = exits;
    this.classFacts = classFacts;
    this.bodies = bodies;
    this.flow = flow;
  }

  /** Records the attributes a constructor call stores attacker data in. */
  void constructed(Expr.Call c, Stmt.ClassDef cls, Map<Expr, Taint> argTaint) {
    stored(c, cls, argTaint).forEach((attr, fact) -> classFacts.computeIfAbsent(cls, k -> new HashMap<>())
        .merge(attr, fact, Taint::merge));
  }

  /** The attributes of {@code self} a constructor call stores attacker data in, with that data. */
  private Map<String, Taint> stored(Expr.Call c, Stmt.ClassDef cls, Map<Expr, Taint> argTaint) {
    Map<String, Taint> out = new HashMap<>();
    for (Stmt m : cls.body()) {
      if (!"__init__".equals(Defs.name(m)) || !exits.containsKey(m)) {
        continue;
      }
      String self = Defs.selfName(m);
      List<Arg> params = Defs.parameters(m);
      exits.get(m).forEach((key, stored) -> {
        if (self == null || !key.startsWith(self + ".") || key.indexOf('.', self.length() + 1) >= 0) {
          return;
        }
        for (int p : stored.params()) {
          if (p == 0 || p >= params.size()) {
            continue;
          }
          Expr arg = byNameOrPlace(c, p - 1, params.get(p).arg()).orElse(null);
          Taint t = arg == null ? null : argTaint.get(arg);
          if (t != null && t.attacker()) {
            String attr = key.substring(self.length() + 1);
            Taint fact = t.sanitized(stored.safeFor());
            if (fact != null) {
              out.merge(attr, fact.step(c.range(), "stored in " + cls.name() + "." + attr), Taint::merge);
            }
          }
        }
      });
    }
    return out;
  }

  /**
   * What a closure called here returns from the locals of this function it reads, as they are at the
   * call ({@code x = request.args["a"]; def inner(): return x; inner()}); the sinks those locals reach
   * inside it are reported. Its parameters are followed by its summary, as for any function.
   */
  Taint closureReturn(Expr.Call c, Stmt inner, String label, Map<String, Taint> st) {
    if (inProgress.contains(inner)) {
      return null;
    }
    Scope innerScope = model.scopeOf(inner);
    Map<String, Taint> extra = new HashMap<>();
    st.forEach((key, t) -> {
      String root = key.split("[.\\[]", 2)[0];
      if (t.attacker() && innerScope.bindings(root).isEmpty() && model.lookup(root, innerScope) == scope) {
        extra.put(key, t.step(c.range(), "read by " + label + "()"));
      }
    });
    if (extra.isEmpty()) {
      return null;
    }
    inProgress.add(inner);
    try {
      Taint returned = bodies.returnedFrom(inner, extra, null);
      return returned == null ? null : returned.step(c.range(), "returned by " + label + "()");
    } finally {
      inProgress.remove(inner);
    }
  }

  /**
   * What a method called on an instance of a class of this module returns from the attacker data its
   * constructor calls stored in the instance ({@code Badge(label).render()} returning {@code self.label}).
   */
  Taint instanceReturn(Expr.Call c, Stmt method, String label, Map<String, Taint> st) {
    if (!(c.func() instanceof Expr.Attribute a) || inProgress.contains(method) || Defs.selfName(method) == null) {
      return null;
    }
    Stmt.ClassDef cls = targets.instanceOf(a.value());
    Expr.Call made = cls == null ? null : targets.constructorCall(a.value());
    if (made == null) {
      return null;
    }
    // what this instance's constructor call stored, its arguments read in the current state
    Map<Expr, Taint> ctorArgs = new HashMap<>();
    for (Expr arg : made.args()) {
      ctorArgs.put(arg, flow.eval(arg, st));
    }
    for (dev.bulwark.python.ast.Keyword k : made.keywords()) {
      ctorArgs.put(k.value(), flow.eval(k.value(), st));
    }
    Map<String, Taint> facts = stored(made, cls, ctorArgs);
    if (facts.isEmpty()) {
      return null;
    }
    Map<String, Taint> extra = new HashMap<>();
    facts.forEach((attr, t) -> extra.put(Defs.selfName(method) + "." + attr, t));
    inProgress.add(method);
    try {
      // self is this instance, whose attributes are known: not a parameter that would blur them
      // (its returns are recorded there; its sinks are reported by the class pass anyway)
      Taint returned = bodies.returnedFrom(method, extra, Defs.selfName(method));
      return returned == null ? null : returned.step(c.range(), "returned by " + label + "()");
    } finally {
      inProgress.remove(method);
    }
  }

  Taint applySummary(Expr.Call c, Stmt def, String label, Map<Expr, Taint> argTaint, Map<String, Taint> st) {
    Summary s = bodies.summary(def);
    List<Arg> all = Defs.parameters(def);
    int offset = targets.implicitParams(c, def);
    List<Arg> params = all.subList(Math.min(offset, all.size()), all.size());
    Taint result = s.returnedSource() == null ? null
        : s.returnedSource().step(c.range(), "returned by " + label + "()");
    List<String> names = all.stream().map(Arg::arg).toList();
    ObjectSummary objects = bodies.localObjects(def);
    result = Taint.merge(result, reads(c, objects.reads(), names, offset, label, st));
    result = Taint.merge(result, invoke(c, objects.invokes(), names, offset, st));
    for (int i = 0; i < params.size(); i++) {
      Expr arg = byNameOrPlace(c, i, params.get(i).arg()).orElse(null);
      Taint t = arg == null ? null : argTaint.get(arg);
      if (t == null) {
        continue;
      }
      Taint inCallee = t.step(arg.range(), "passed to " + label + "() as " + params.get(i).arg());
      Taint returned = s.returnedParams().get(i + offset);
      if (returned != null) {
        Taint r = inCallee.sanitized(returned.safeFor());
        if (r != null) {
          result = Taint.merge(result, r.step(c.range(), "returned by " + label + "()"));
        }
      }
      for (ParamSink ps : s.paramSinks()) {
        if (ps.param() != i + offset) {
          continue;
        }
        Taint through = inCallee.sanitized(ps.inner().safeFor());
        if (through != null && through.dangerousFor(ps.kind())) {
          List<Taint.Step> steps = new ArrayList<>(through.steps());
          steps.addAll(ps.inner().steps());
          flow.sinkReached(ps.at(), ps.kind(), ps.sink(), ps.where(),
              new Taint(through.source(), through.local(), through.safeFor(), through.params(), steps));
        }
      }
    }
    return result;
  }

  /**
   * What a call returns through the attribute chains its callee reads off its parameters: a source
   * attribute of a request object passed in, or kept by the receiver's constructor
   * ({@code Wrapper(request).param("q")} returning {@code self.request.form.get(name)}), or
   * attacker data kept there.
   */
  private Taint reads(Expr.Call c, List<ObjectSummary.Read> reads, List<String> params, int offset, String label,
      Map<String, Taint> st) {
    Taint result = null;
    for (ObjectSummary.Read r : reads) {
      Expr base = null;
      if (r.param() < offset) {
        base = r.param() == 0 && c.func() instanceof Expr.Attribute a ? a.value() : null;
      } else if (r.param() < params.size()) {
        base = byNameOrPlace(c, r.param() - offset, params.get(r.param())).orElse(null);
      }
      Taint t = instanceReads.resolveRead(base, scope, r.path(), st, 0);
      if (t != null) {
        result = Taint.merge(result, t.step(c.range(), "returned by " + label + "()"));
      }
    }
    return result;
  }

  /**
   * The callbacks a call makes its callee run: for {@code apply(fn, value)} whose callee returns
   * {@code fn(value)}, the call {@code fn(value)} analysed here, where {@code fn} is known (its sinks
   * reported at the outer call); the result of the returned ones.
   */
  private Taint invoke(Expr.Call c, List<ObjectSummary.Invoke> invokes, List<String> params, int offset,
      Map<String, Taint> st) {
    Taint result = null;
    for (ObjectSummary.Invoke inv : invokes) {
      Expr fn = argumentFor(c, inv.function(), params, offset);
      List<Expr> args = new ArrayList<>();
      for (int p : inv.args()) {
        args.add(argumentFor(c, p, params, offset));
      }
      if (fn == null || args.contains(null) || callbackDepth >= MAX_LAMBDA_DEPTH) {
        continue;
      }
      callbackDepth++;
      try {
        Taint t = flow.call(new Expr.Call(fn, args, List.of(), c.range()), st);
        if (inv.returned()) {
          result = Taint.merge(result, t);
        }
      } finally {
        callbackDepth--;
      }
    }
    return result;
  }

  /** The argument a call passes for parameter {@code p} of its callee, the first {@code offset} being implicit; else null. */
  private Expr argumentFor(Expr.Call c, int p, List<String> params, int offset) {
    return p < offset || p >= params.size() ? null : byNameOrPlace(c, p - offset, params.get(p)).orElse(null);
  }

  /**
   * {@code map(fn, items)}: {@code fn} applied to the items, analysed as the call {@code fn(items)} (a
   * sink or a sanitizer passed as {@code fn} acts as called); when {@code fn} is not known, the items.
   */
  Taint mapped(Expr.Call c, String label, Map<String, Taint> st) {
    Expr.Call applied = new Expr.Call(c.args().get(0), c.args().subList(1, c.args().size()), List.of(), c.range());
    Taint items = flow.all(applied.args(), st);
    if (callbackDepth >= MAX_LAMBDA_DEPTH) {
      return items;
    }
    callbackDepth++;
    Taint r;
    try {
      r = flow.call(applied, st);
    } finally {
      callbackDepth--;
    }
    String q = model.qualifiedName(applied.func(), scope).orElse(null);
    boolean known = targets.lambdaCalled(applied.func()) != null || (useSummaries && targets.localFunction(applied) != null)
        || (q != null && (project.get(q).isPresent() || models.sanitizer(q, null) != null));
    if (known || items == null) {
      return r;
    }
    return Taint.merge(r, items.step(c.range(), "mapped by " + label));
  }

  /**
   * The summary of the closure a call runs: {@code run(x)} after {@code run = make_runner()}, where
   * the project function {@code make_runner} returns a function it defines; else null.
   */
  FunctionSummary closureCalled(Expr.Call c) {
    SemanticModel.BoundValue b = targets.madeBy(c.func());
    if (b == null || !(b.value() instanceof Expr.Call made)) {
      return null;
    }
    String q = model.qualifiedName(made.func(), b.scope()).orElse(null);
    FunctionSummary factory = q == null ? null : project.get(q).orElse(null);
    return factory == null ? null : factory.objects().returnedFunction();
  }

  /**
   * A call of another module's function, through its summary. {@code offset}: 1 when the call passes
   * the receiver as the first parameter ({@code self}).
   */
  Taint applyExternal(Expr.Call c, FunctionSummary s, String label, Map<Expr, Taint> argTaint, int offset,
      Map<String, Taint> st) {
    Taint result = Taint.merge(reads(c, s.objects().reads(), s.params(), offset, label, st),
        invoke(c, s.objects().invokes(), s.params(), offset, st));
    if (s.returnedSource() != null) {
      FunctionSummary.ReturnedSource r = s.returnedSource();
      result = Taint.merge(result, new Taint(r.source(), r.local(), r.safeFor(), Set.of(),
          List.of(new Taint.Step(c.range(), r.source() + " returned by " + label + "()"))));
    }
    for (int i = offset; i < s.params().size(); i++) {
      Expr arg = byNameOrPlace(c, i - offset, s.params().get(i)).orElse(null);
      Taint t = arg == null ? null : argTaint.get(arg);
      if (t == null) {
        continue;
      }
      Taint inCallee = t.step(arg.range(), "passed to " + label + "() as " + s.params().get(i));
      Set<SinkKind> returned = s.returnedParams().get(i);
      if (returned != null) {
        Taint r = inCallee.sanitized(returned);
        if (r != null) {
          result = Taint.merge(result, r.step(c.range(), "returned by " + label + "()"));
        }
      }
      for (FunctionSummary.ParamSink ps : s.sinks()) {
        if (ps.param() != i) {
          continue;
        }
        Taint through = inCallee.sanitized(ps.safeFor());
        if (through != null && through.dangerousFor(ps.kind())) {
          flow.sinkReached(c, ps.kind(), ps.sink(), ps.where(), through);
        }
      }
    }
    return result;
  }
}
