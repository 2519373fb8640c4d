package dev.bulwark.taint;

import dev.bulwark.python.ast.Arg;
import dev.bulwark.python.ast.Comprehension;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.semantic.Binding;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds attacker data that reaches a sink within one module. Every function (and the module's top
 * level) gets a control-flow graph and a forward, flow-sensitive analysis of which local names hold
 * taint. Module-level functions also get a summary (which parameters reach the return value or a
 * sink, what source data they return), applied where the module calls them.
 */
public final class TaintAnalysis {

  /**
   * Attacker data reaching a sink: an argument of a sink call ({@code at} is the call) or a store into
   * a sink such as {@code session[...] = value} ({@code at} is the target); {@code taint.steps()} is
   * the path, sink last.
   */
  public record Hit(SinkKind kind, Expr at, String sink, Taint taint) {}

  static final int MAX_LAMBDA_DEPTH = 4;
  private static final Set<String> MUTATORS = Set.of("append", "extend", "add", "insert", "update", "appendleft",
      "setdefault");
  /**
   * Methods of a path object (pathlib) that read the file or ask about it: what they return is the
   * file's, not the text of the path the attacker chose. An uploaded file's {@code read()} is not among
   * them: its content is the sender's.
   */
  private static final Set<String> PATH_CONTENT = Set.of("read_bytes", "read_text", "open", "exists", "is_file",
      "is_dir", "stat", "lstat", "samefile");

  private final SemanticModel model;
  private final ActiveModels models;
  private final Map<String, Stmt> topLevelDefs = new HashMap<>();
  /** Which functions of the module handle requests, and which of their parameters hold request data. */
  private final EntryPoints entryPoints;
  private final Map<Stmt, Summary> summaries = new IdentityHashMap<>();
  private final Set<Stmt> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<String, Hit> hits = new LinkedHashMap<>();
  private Map<String, Taint> globals = Map.of();
  private final Map<String, Stmt.ClassDef> topLevelClasses = new HashMap<>();
  /** The class each method is defined in. */
  private final Map<Stmt, Stmt.ClassDef> methodOf = new IdentityHashMap<>();
  /** Each analysed function's state at its exit. */
  private final Map<Stmt, Map<String, Taint>> exits = new IdentityHashMap<>();
  /** Per function of this module, the attribute chains of parameters it returns and the callbacks it runs. */
  private final Map<Stmt, ObjectSummary> localObjects = new IdentityHashMap<>();
  /** Per class, the attributes of its instances that hold attacker data somewhere. */
  private final Map<Stmt.ClassDef, Map<String, Taint>> classFacts = new IdentityHashMap<>();

  /** The summaries of the other modules' functions. */
  private final ProjectSummaries project;
  /** The project's module names, when the calls into them are recorded; else null. */
  private final Set<String> projectModules;
  /** The project functions this module calls (recorded only when {@link #projectModules} is set). */
  private final Set<String> projectCalls = new HashSet<>();

  private TaintAnalysis(SemanticModel model, ActiveModels models, ProjectSummaries project, Set<String> projectModules) {
    this.model = model;
    this.models = models;
    this.project = project;
    this.projectModules = projectModules;
    this.entryPoints = new EntryPoints(model, models, project, topLevelDefs, topLevelClasses, methodOf);
  }

  /** The sinks attacker data reaches in {@code module}, per sink call and kind, in discovery order. */
  public static List<Hit> analyze(Mod.Module module, SemanticModel model, List<TaintModel> models) {
    return analyze(module, model, models, ProjectSummaries.EMPTY);
  }

  /**
   * The sinks attacker data reaches in {@code module}, calls of other modules' functions following
   * their summaries in {@code project}.
   */
  public static List<Hit> analyze(Mod.Module module, SemanticModel model, List<TaintModel> models,
      ProjectSummaries project) {
    ActiveModels active = new ActiveModels(models, model.importedRoots());
    if (!active.hasSources() && project.size() == 0) {
      return List.of(); // nothing here is attacker data, and no other module hands any over
    }
    TaintAnalysis a = new TaintAnalysis(model, active, project, null);
    return a.run(module);
  }

  /**
   * The summaries of one module's top-level functions (route handlers aside), by qualified name, and
   * the functions of {@code projectModules} it calls.
   */
  record ModuleSummary(Map<String, FunctionSummary> functions, Set<String> calls) {}

  /**
   * @param wantedMethods the methods to summarise too ({@code app.repo.Repo.find}): only those some
   *     module calls, as the first round tells, since summarising every method costs as much again
   */
  static ModuleSummary summarize(Mod.Module module, SemanticModel model, List<TaintModel> models,
      ProjectSummaries project, Set<String> projectModules, Set<String> wantedMethods) {
    ActiveModels active = new ActiveModels(models, model.importedRoots());
    TaintAnalysis a = new TaintAnalysis(model, active, project, projectModules);
    return a.summaries(module, wantedMethods);
  }

  private ModuleSummary summaries(Mod.Module module, Set<String> wantedMethods) {
    for (Stmt s : module.body()) {
      String name = Defs.name(s);
      if (name != null && model.moduleScope().bindings(name).size() == 1) {
        topLevelDefs.put(name, s);
      }
    }
    for (Stmt s : module.body()) {
      if (s instanceof Stmt.ClassDef c && model.moduleScope().bindings(c.name()).size() == 1) {
        topLevelClasses.put(c.name(), c);
      }
    }
    Function top = new Function(null, model.moduleScope(), module.body(), new HashMap<>(), Set.of(), false);
    top.solve();
    globals = top.exitState();
    Map<String, FunctionSummary> out = new HashMap<>();
    List<Stmt> all = new ArrayList<>();
    Defs.collect(module.body(), all, methodOf);
    for (Map.Entry<String, Stmt> e : topLevelDefs.entrySet()) {
      Stmt def = e.getValue();
      if (entryPoints.isRoute(Defs.decorators(def))) {
        summary(def); // not exported, but the methods it calls through instances are wanted
        continue;
      }
      if (!(model.moduleScope().bindings(e.getKey()).get(0) instanceof Binding.Definition d)) {
        continue;
      }
      FunctionSummary fs = export(def, summary(def), d.qualifiedName());
      if (!fs.isEmpty()) {
        out.put(d.qualifiedName(), fs);
      }
    }
    // methods of top-level classes, for calls through an instance: repo = Repo(); repo.find(name)
    for (Stmt s : module.body()) {
      if (!(s instanceof Stmt.ClassDef c) || model.moduleScope().bindings(c.name()).size() != 1
          || !(model.moduleScope().bindings(c.name()).get(0) instanceof Binding.Definition d)) {
        continue;
      }
      for (Stmt m : c.body()) {
        String name = Defs.name(m);
        ObjectSummary.Binding binding = name == null ? null : ObjectPaths.binding(m, model);
        if (name == null || !wantedMethods.contains(d.qualifiedName() + "." + name) || binding == null
            || (binding != ObjectSummary.Binding.STATIC && Defs.selfName(m) == null)
            || Defs.definedOnce(c, name) == null) {
          continue;
        }
        // kept even when it says nothing: a caller then knows the method returns nothing of its arguments
        out.put(d.qualifiedName() + "." + name, export(m, summary(m), d.qualifiedName() + "." + name));
      }
    }
    // the functions nested in others (route handlers registered inside a setup function) call project
    // functions and methods too: analysed for the calls they record
    for (Stmt def : all) {
      if (!summaries.containsKey(def) && !methodOf.containsKey(def)) {
        summary(def);
      }
    }
    return new ModuleSummary(out, Set.copyOf(projectCalls));
  }

  private FunctionSummary export(Stmt def, Summary s, String qualifiedName) {
    List<String> names = new ArrayList<>();
    for (Arg p : Defs.parameters(def)) {
      names.add(p.arg());
    }
    Map<Integer, Set<SinkKind>> returned = new HashMap<>();
    s.returnedParams().forEach((i, t) -> returned.put(i, t.safeFor()));
    FunctionSummary.ReturnedSource source = s.returnedSource() == null || !s.returnedSource().attacker() ? null
        : new FunctionSummary.ReturnedSource(s.returnedSource().source(), s.returnedSource().local(),
            s.returnedSource().safeFor());
    java.util.LinkedHashSet<FunctionSummary.ParamSink> sinks = new java.util.LinkedHashSet<>();
    for (ParamSink ps : s.paramSinks()) {
      String where = ps.where() != null ? ps.where()
          : qualifiedName.substring(0, qualifiedName.lastIndexOf('.')) + " line " + ps.at().range().line();
      sinks.add(new FunctionSummary.ParamSink(ps.param(), ps.kind(), ps.sink(), where, ps.inner().safeFor()));
    }
    return new FunctionSummary(names, returned, source, List.copyOf(sinks), objects(def, qualifiedName));
  }

  /** What {@code def}, a function of this module, reads off its parameters and calls them with (computed once). */
  private ObjectSummary localObjects(Stmt def) {
    return localObjects.computeIfAbsent(def, d -> new ObjectSummary(ObjectPaths.returnedReads(d, model), Map.of(),
        Set.of(), ObjectSummary.Binding.PLAIN, null, ObjectPaths.invokes(d, model)));
  }

  /** What {@code def} does with objects, for callers in other modules. */
  private ObjectSummary objects(Stmt def, String qualifiedName) {
    ObjectSummary.Binding binding = methodOf.containsKey(def) ? ObjectPaths.binding(def, model) : null;
    Stmt inner = ObjectPaths.returnedFunction(def);
    FunctionSummary closure = null;
    if (inner != null && !inProgress.contains(inner)) {
      FunctionSummary fs = export(inner, summary(inner), qualifiedName + "." + Defs.name(inner));
      closure = fs.isEmpty() ? null : fs;
    }
    return new ObjectSummary(ObjectPaths.returnedReads(def, model),
        "__init__".equals(Defs.name(def)) && methodOf.containsKey(def) ? ObjectPaths.stores(def) : Map.of(),
        ObjectPaths.returnedClasses(def, model), binding == null ? ObjectSummary.Binding.PLAIN : binding, closure,
        ObjectPaths.invokes(def, model));
  }

  private List<Hit> run(Mod.Module module) {
    for (Stmt s : module.body()) {
      String name = Defs.name(s);
      if (name != null && model.moduleScope().bindings(name).size() == 1) {
        topLevelDefs.put(name, s);
      }
    }
    // first the module's own globals (calls of its functions not yet summarised), then each function
    Function top = new Function(null, model.moduleScope(), module.body(), new HashMap<>(), Set.of(), false);
    top.solve();
    globals = top.exitState();
    List<Stmt> defs = new ArrayList<>();
    Defs.collect(module.body(), defs, methodOf);
    for (Stmt s : module.body()) {
      if (s instanceof Stmt.ClassDef c && model.moduleScope().bindings(c.name()).size() == 1) {
        topLevelClasses.put(c.name(), c);
      }
    }
    // constructors first, so that calls of the classes know which arguments they store
    for (Stmt def : defs) {
      if ("__init__".equals(Defs.name(def)) && methodOf.containsKey(def)) {
        summary(def);
      }
    }
    for (Stmt def : defs) {
      summary(def);
    }
    Function again = new Function(null, model.moduleScope(), module.body(), new HashMap<>(), Set.of(), true);
    again.solve();
    again.report();
    // attributes of self that hold attacker data after some method (or through the constructor)
    // are attacker data in every method of the class: one more pass over those classes' methods
    exits.forEach((def, exit) -> {
      Stmt.ClassDef owner = methodOf.get(def);
      String self = Defs.selfName(def);
      if (owner != null && self != null) {
        exit.forEach((key, t) -> {
          if (t.attacker() && key.startsWith(self + ".") && key.indexOf('.', self.length() + 1) < 0) {
            classFacts.computeIfAbsent(owner, k -> new HashMap<>())
                .merge(key.substring(self.length() + 1), t, Taint::merge);
          }
        });
      }
    });
    if (!classFacts.isEmpty()) {
      for (Stmt def : defs) {
        Stmt.ClassDef owner = methodOf.get(def);
        if (owner != null && classFacts.containsKey(owner) && Defs.selfName(def) != null) {
          Map<String, Taint> extra = new HashMap<>();
          classFacts.get(owner).forEach((attr, t) -> extra.put(Defs.selfName(def) + "." + attr, t));
          Function fn = function(def, extra);
          fn.solve();
          fn.report();
        }
      }
    }
    return NestedSinks.outermost(List.copyOf(hits.values()));
  }

  /** What a function does with its parameters, as seen from a call. */
  record Summary(Map<Integer, Taint> returnedParams, Taint returnedSource, List<ParamSink> paramSinks) {
    static final Summary EMPTY = new Summary(Map.of(), null, List.of());
  }

  /** A parameter that reaches a sink inside the function; {@code inner} is its path there. */
  record ParamSink(int param, SinkKind kind, Expr at, String sink, Taint inner, String where) {}

  private Summary summary(Stmt def) {
    Summary known = summaries.get(def);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(def)) {
      return Summary.EMPTY; // recursion: the inner call adds nothing the outer analysis does not see
    }
    Function fn = function(def, Map.of());
    fn.solve();
    fn.report();
    exits.put(def, fn.exitState());
    Summary s = new Summary(fn.returnedParams, fn.returnedSource,
        NestedSinks.outermost(fn.paramSinks, ParamSink::kind, ParamSink::at, ParamSink::inner));
    inProgress.remove(def);
    summaries.put(def, s);
    return s;
  }

  /** The functions of this module, for the calls of one body that run them ({@link SummaryCalls}). */
  private final ModuleBodies bodies = new ModuleBodies() {
    @Override
    public Summary summary(Stmt def) {
      return TaintAnalysis.this.summary(def);
    }

    @Override
    public ObjectSummary localObjects(Stmt def) {
      return TaintAnalysis.this.localObjects(def);
    }

    @Override
    public Taint returnedFrom(Stmt def, Map<String, Taint> extra, String bare) {
      Function fn = function(def, extra, bare);
      fn.solve();
      fn.report();
      return fn.returnedSource;
    }
  };

  /** The analysis of one function, its parameters and the globals it reads set up, plus {@code extra} facts. */
  private Function function(Stmt def, Map<String, Taint> extra) {
    return function(def, extra, null);
  }

  /** {@code bare}: a parameter analysed as a known value, not as a parameter (the instance's self); or null. */
  private Function function(Stmt def, Map<String, Taint> extra, String bare) {
    List<Expr> decorators = Defs.decorators(def);
    Scope scope = model.scopeOf(def);
    boolean route = entryPoints.isRoute(decorators) || entryPoints.dependencies().contains(def);
    Map<String, Taint> initial = new HashMap<>();
    globals.forEach((key, t) -> {
      String root = key.split("[.\\[]", 2)[0];
      if (scope.bindings(root).isEmpty()) {
        initial.put(key, t);
      }
    });
    List<Arg> params = Defs.parameters(def);
    Set<String> paramSourceNames = new HashSet<>();
    Map<String, String> aliases = new HashMap<>();
    // a class-based view's verb method: get(self, request, pk) takes the URL's parameters after the request
    boolean verb = entryPoints.isViewMethod(def) && ViewClasses.isVerbMethod(def) && params.size() > 1
        && models.paramSources.containsKey(params.get(1).arg());
    // a function view a urls.py registers: show(req, slug) takes the request first, the URL's parameters after
    String view = entryPoints.registeredView(def);
    for (int i = 0; i < params.size(); i++) {
      Arg p = params.get(i);
      boolean urlText = view != null && project.urlConfs().urlText(view, i, p.arg());
      Expr.Call depends = route ? Dependencies.marker(def, p, model) : null;
      if (depends != null) {
        // FastAPI passes what the dependency returns, not anything read from the request under this name
        Taint value = dependencyValue(depends, 0);
        initial.put(p.arg(), value != null ? value : Taint.parameter(i));
      } else if (((route && !(i == 0 && (p.arg().equals("self") || p.arg().equals("cls"))))
          || (verb && i > 1 && entryPoints.verbUrlText(def, p)) || urlText)
          && !entryPoints.typed(p, scope, decorators)) {
        initial.put(p.arg(), Taint.source("URL parameter " + p.arg(), false, p.range()));
      } else {
        initial.put(p.arg(), Taint.parameter(i));
      }
      if (models.paramSources.containsKey(p.arg())) {
        paramSourceNames.add(p.arg());
      } else if (models.paramSources.containsKey("request") && p.annotation() != null && model
          .qualifiedName(p.annotation(), model.moduleScope()).filter(EntryPoints.REQUEST_TYPES::contains)
          .isPresent()) {
        // req: Request, the framework's request object under another name
        paramSourceNames.add(p.arg());
        aliases.put(p.arg(), "request");
      } else if (view != null && i == 0 && models.paramSources.containsKey("request")) {
        paramSourceNames.add(p.arg());
        aliases.put(p.arg(), "request");
      }
    }
    if (verb) {
      for (Arg rest : EntryPoints.restParameters(def)) {
        initial.put(rest.arg(), Taint.source("URL parameters " + rest.arg(), false, rest.range()));
      }
    }
    if (bare != null) {
      initial.remove(bare);
    }
    initial.putAll(extra);
    Function fn = new Function(def, scope, Defs.body(def), initial, paramSourceNames, true);
    fn.paramSourceAliases.putAll(aliases);
    return fn;
  }

  /**
   * What FastAPI passes for a parameter declared with {@code marker} ({@code Depends(fn)}): the source
   * data {@code fn} returns, and those of its parameters it returns, which FastAPI reads from the
   * request (unless typed as numbers or given by a dependency of their own). A dependency of this
   * module follows its analysis, one of another project module its summary; anything else (a class,
   * a library function, no dependency named) is taken as clean.
   */
  private Taint dependencyValue(Expr.Call marker, int depth) {
    Expr fn = Dependencies.dependency(marker);
    if (fn == null || depth > ObjectPaths.MAX_PATH) {
      return null;
    }
    String label = describe(fn);
    Stmt local = fn instanceof Expr.Name n && model.lookup(n.id(), model.moduleScope()) == model.moduleScope()
        ? topLevelDefs.get(n.id()) : null;
    if (local != null) {
      Summary s = summary(local);
      Taint value = s.returnedSource() == null || !s.returnedSource().attacker() ? null : s.returnedSource();
      List<Arg> params = Defs.parameters(local);
      for (Map.Entry<Integer, Taint> e : s.returnedParams().entrySet()) {
        Arg p = e.getKey() < params.size() ? params.get(e.getKey()) : null;
        if (p == null) {
          continue;
        }
        Expr.Call inner = Dependencies.marker(local, p, model);
        Taint given = inner != null ? dependencyValue(inner, depth + 1)
            : entryPoints.typed(p, model.scopeOf(local), List.of()) ? null
            : Taint.source("request parameter " + p.arg() + " of " + label, false, p.range());
        Taint returned = given == null ? null : given.sanitized(e.getValue().safeFor());
        value = Taint.merge(value, returned);
      }
      return value == null ? null : value.step(marker.range(), "returned by dependency " + label + "()");
    }
    String q = model.qualifiedName(fn, model.moduleScope()).orElse(null);
    FunctionSummary summary = q == null ? null : project.get(q).orElse(null);
    if (summary == null) {
      return null;
    }
    Taint value = summary.returnedSource() == null ? null
        : Taint.source(summary.returnedSource().source(), summary.returnedSource().local(), marker.range())
            .sanitized(summary.returnedSource().safeFor());
    for (Map.Entry<Integer, Set<SinkKind>> e : summary.returnedParams().entrySet()) {
      String name = e.getKey() < summary.params().size() ? summary.params().get(e.getKey()) : "argument";
      value = Taint.merge(value, Taint.source("request parameter " + name + " of " + label, false, marker.range())
          .sanitized(e.getValue()));
    }
    return value == null ? null : value.step(marker.range(), "returned by dependency " + label + "()");
  }

  /** The text of a name or dotted attribute chain ({@code self.cmd}), or null for other expressions. */
  static String dotted(Expr e) {
    if (e instanceof Expr.Name n) {
      return n.id();
    }
    if (e instanceof Expr.Attribute a) {
      String base = dotted(a.value());
      return base == null ? null : base + "." + a.attr();
    }
    return null;
  }

  static String describe(Expr e) {
    String d = dotted(e);
    if (d != null) {
      return d;
    }
    if (e instanceof Expr.Call c) {
      String f = describe(c.func());
      return f.endsWith("(...)") ? f : f + "(...)";
    }
    if (e instanceof Expr.Attribute a) {
      return describe(a.value()) + "." + a.attr();
    }
    return "expression";
  }

  /**
   * What is read off a body once however often it is analysed (for its summary, its report, with
   * the facts of its class, for one instance's call): its control-flow graph, the constants that decide
   * its branches and the lists whose elements it follows.
   */
  private record Shape(Cfg cfg, LocalConstants constants, ListShapes lists) {}

  private final Map<List<Stmt>, Shape> shapes = new IdentityHashMap<>();

  /** The analysis of one function body or of the module's top level. */
  private final class Function implements CallFlow {
    private final Stmt def;
    private final Scope scope;
    private final Cfg cfg;
    private final Map<String, Taint> initial;
    private final Set<String> paramSourceNames;
    /** Parameters named otherwise that hold the object of a parameter source ({@code req: Request}), with its name. */
    final Map<String, String> paramSourceAliases = new HashMap<>();
    private final boolean useSummaries;
    private final Map<Cfg.Block, Map<String, Taint>> in = new HashMap<>();
    private final BuiltStrings strings;
    private final CallTargets targets;
    private final BranchGuards guards;
    /** The constants of the local names, which tell the blocks that never run. */
    private final LocalConstants constants;
    /** The local lists whose elements are followed one by one. */
    private final ListShapes lists;
    private final List<Stmt> body;
    /** The sink checks of this body's calls. */
    private final SinkChecks sinks;
    /** The reads of request objects and of instances in this body. */
    private final InstanceReads instanceReads;
    /** The methods called on this body's local lists and configparser objects. */
    private final ContainerCalls containers;
    /** The calls of this body that run a project function through its summary. */
    private final SummaryCalls summaryCalls;
    /** How many lambda bodies are being evaluated, one inside another (a lambda may call itself). */
    private int lambdaDepth;
    private boolean reporting;
    final Map<Integer, Taint> returnedParams = new HashMap<>();
    Taint returnedSource;
    final List<ParamSink> paramSinks = new ArrayList<>();

    Function(Stmt def, Scope scope, List<Stmt> body, Map<String, Taint> initial, Set<String> paramSourceNames,
        boolean useSummaries) {
      this.def = def;
      this.scope = scope;
      this.body = body;
      Shape shape = shapes.computeIfAbsent(body, b -> {
        Cfg built = Cfg.build(b, model, scope);
        return new Shape(built, LocalConstants.solve(built, b, model, scope), ListShapes.of(b));
      });
      this.cfg = shape.cfg();
      this.constants = shape.constants();
      this.lists = shape.lists();
      this.strings = new BuiltStrings(model, scope);
      this.targets = new CallTargets(model, models, scope, def, topLevelDefs, topLevelClasses, methodOf);
      this.guards = new BranchGuards(model, models, scope);
      this.initial = initial;
      this.paramSourceNames = paramSourceNames;
      this.useSummaries = useSummaries;
      this.sinks = new SinkChecks(model, models, project, scope, body, strings, this);
      this.instanceReads = new InstanceReads(model, models, project, scope, def, targets, topLevelClasses, methodOf,
          paramSourceNames, paramSourceAliases, this);
      this.containers = new ContainerCalls(model, scope, targets, lists);
      this.summaryCalls = new SummaryCalls(model, models, project, scope, targets, instanceReads, useSummaries,
          inProgress, exits, classFacts, bodies, this);
    }

    void solve() {
      in.put(cfg.entry(), new HashMap<>(initial));
      Deque<Cfg.Block> work = new ArrayDeque<>();
      Set<Cfg.Block> queued = new HashSet<>();
      work.add(cfg.entry());
      queued.add(cfg.entry());
      int budget = 200 + 50 * cfg.blocks().size();
      while (!work.isEmpty() && budget-- > 0) {
        Cfg.Block b = work.poll();
        queued.remove(b);
        Map<String, Taint> out = transfer(b, new HashMap<>(in.get(b)));
        for (Cfg.Block s : b.successors()) {
          if (!constants.live(s)) {
            continue; // the constants that reach it decide the branch the other way
          }
          Map<String, Taint> before = in.get(s);
          Map<String, Taint> joined = TaintStates.join(before, out);
          if (before == null || !TaintStates.sameShape(before, joined)) {
            in.put(s, joined);
            if (queued.add(s)) {
              work.add(s);
            }
          }
        }
      }
    }

    /** Runs every reachable block once more on its final entry state, recording hits and returns. */
    void report() {
      reporting = true;
      for (Cfg.Block b : cfg.blocks()) {
        Map<String, Taint> state = in.get(b);
        if (state != null) {
          transfer(b, new HashMap<>(state));
        }
      }
      reporting = false;
    }

    Map<String, Taint> exitState() {
      Map<String, Taint> s = in.get(cfg.exit());
      return s == null ? Map.of() : s;
    }

    private Map<String, Taint> transfer(Cfg.Block b, Map<String, Taint> st) {
      for (Cfg.Item item : b.items()) {
        if (item instanceof Cfg.Simple s) {
          statement(s.stmt(), st);
        } else if (item instanceof Cfg.Eval e) {
          eval(e.expr(), st);
        } else if (item instanceof Cfg.Bind bind) {
          Taint t = eval(bind.value(), st);
          assign(bind.target(), t, st);
        } else if (item instanceof Cfg.Unbind u) {
          st.remove(u.name());
        } else if (item instanceof Cfg.Assume a) {
          guards.assume(a.test(), a.holds(), st);
        }
      }
      return st;
    }

    private void statement(Stmt s, Map<String, Taint> st) {
      if (s instanceof Stmt.Assign a) {
        if (a.value() instanceof Expr.Tuple values && a.targets().size() == 1
            && a.targets().get(0) instanceof Expr.Tuple targets && targets.elts().size() == values.elts().size()
            && values.elts().stream().noneMatch(x -> x instanceof Expr.Starred)) {
          List<Taint> ts = new ArrayList<>();
          for (Expr v : values.elts()) {
            ts.add(eval(v, st));
          }
          for (int i = 0; i < ts.size(); i++) {
            assign(targets.elts().get(i), ts.get(i), st);
          }
          return;
        }
        Taint t = eval(a.value(), st);
        for (Expr target : a.targets()) {
          assign(target, t, st);
          if (target instanceof Expr.Name n && a.value() instanceof Expr.Dict d) {
            dictKeys(n.id(), d, st);
          }
        }
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n && a.value() instanceof Expr.List l
            && lists.tracks(n.id()) && l.elts().stream().noneMatch(x -> x instanceof Expr.Starred)) {
          List<Taint> elements = new ArrayList<>();
          for (Expr x : l.elts()) {
            elements.add(eval(x, new HashMap<>(st)));
          }
          lists.literal(n.id(), elements, st);
        }
      } else if (s instanceof Stmt.AugAssign a) {
        Taint t = Taint.merge(eval(a.target(), st), eval(a.value(), st));
        assign(a.target(), t, st);
      } else if (s instanceof Stmt.AnnAssign a) {
        if (a.value() != null) {
          assign(a.target(), eval(a.value(), st), st);
        }
      } else if (s instanceof Stmt.Expr e) {
        eval(e.value(), st);
      } else if (s instanceof Stmt.Return r) {
        Taint t = r.value() == null ? null : eval(r.value(), st);
        if (reporting && t != null) {
          for (int p : t.params()) {
            returnedParams.merge(p, t, Taint::merge);
          }
          if (t.attacker()) {
            returnedSource = Taint.merge(returnedSource, t);
          }
        }
        if (reporting && t != null) {
          returnedBody(r.value(), st);
        }
      } else if (s instanceof Stmt.Raise r) {
        if (r.exc() != null) {
          eval(r.exc(), st);
        }
      } else if (s instanceof Stmt.Delete d) {
        for (Expr target : d.targets()) {
          if (target instanceof Expr.Subscript sub && sub.value() instanceof Expr.Name ln && lists.tracks(ln.id())) {
            lists.remove(ln.id(), lists.length(ln.id(), st), sub.slice(), st);
          }
          String key = dotted(target);
          if (key != null) {
            st.remove(key);
          }
        }
      } else if (s instanceof Stmt.Assert a) {
        eval(a.test(), st);
      } else if (s instanceof Stmt.Import || s instanceof Stmt.ImportFrom) {
        for (dev.bulwark.python.ast.Alias alias : s instanceof Stmt.Import i ? i.names()
            : ((Stmt.ImportFrom) s).names()) {
          String bound = alias.asname() != null ? alias.asname() : alias.name().split("\\.")[0];
          st.remove(bound);
        }
      }
    }

    /**
     * A view of a framework that sends a returned string as HTML (Flask) returns {@code returned}: its
     * body part is an XSS sink. A dict or list is sent as JSON, and the body of another view of this
     * module that it returns was reported in that view.
     */
    private void returnedBody(Expr returned, Map<String, Taint> st) {
      if (def == null || !entryPoints.isHtmlRoute(Defs.decorators(def))) {
        return;
      }
      Expr body = ResponseBodies.htmlBody(returned, model, scope);
      if (body == null || (body instanceof Expr.Call c && targets.localFunction(c) != null
          && entryPoints.isRoute(Defs.decorators(targets.localFunction(c))))) {
        return;
      }
      Taint t = eval(body, new HashMap<>(st));
      if (t != null && t.dangerousFor(SinkKind.XSS)) {
        sinkReached(body, SinkKind.XSS, "the response body returned by " + Defs.name(def), t);
      }
    }

    /**
     * After {@code name = {...}} with constant string keys, remembers the taint of each key, so that
     * {@code name["clean"]} stays clean beside {@code name["tainted"]}.
     */
    private void dictKeys(String name, Expr.Dict d, Map<String, Taint> st) {
      Map<String, Taint> keys = new HashMap<>();
      for (int i = 0; i < d.keys().size(); i++) {
        Expr k = d.keys().get(i);
        String key = k == null ? null : model.constantString(k, scope).orElse(null);
        if (key == null) {
          return; // a computed key or a ** unpacking: nothing is known per key
        }
        Taint v = eval(d.values().get(i), new HashMap<>(st));
        if (v != null) {
          keys.put(name + "[" + key + "]", v);
        }
      }
      // a dict with no attacker data still gets its per-key record, so that a later
      // d["k"] = tainted leaves d["other"] clean
      st.put(name + "[*]", st.get(name) != null ? st.get(name) : CLEAN_DICT);
      st.putAll(keys);
    }

    /** The whole-dict record of a dict that holds no attacker data (safe for every kind, from nowhere). */
    private static final Taint CLEAN_DICT = new Taint(null, false, java.util.EnumSet.allOf(SinkKind.class), Set.of(), List.of());

    private void assign(Expr target, Taint t, Map<String, Taint> st) {
      if (target instanceof Expr.Tuple tuple) {
        tuple.elts().forEach(e -> assign(e, t, st));
      } else if (target instanceof Expr.List list) {
        list.elts().forEach(e -> assign(e, t, st));
      } else if (target instanceof Expr.Starred s) {
        assign(s.value(), t, st);
      } else if (target instanceof Expr.Subscript sub) {
        if (sub.value() instanceof Expr.Subscript section && containers.configParser(section.value())) {
          eval(sub.slice(), st);
          ConfigOptions.set(((Expr.Name) section.value()).id(), model.constantString(section.slice(), scope).orElse(null),
              model.constantString(sub.slice(), scope).orElse(null),
              t == null ? null : t.step(target.range(), "stored in " + dotted(section.value())), st);
          return;
        }
        if (t != null && containers.configParser(sub.value())) {
          ConfigOptions.blur(((Expr.Name) sub.value()).id(), t.step(target.range(), "stored in " + dotted(sub.value())), st);
          return;
        }
        String list = sub.value() instanceof Expr.Name ln && lists.tracks(ln.id()) ? ln.id() : null;
        int listLength = list == null ? -1 : lists.length(list, st);
        Taint keyTaint = eval(sub.slice(), st);
        if (t != null || keyTaint != null) {
          String q = model.qualifiedName(sub.value(), scope).orElse(null);
          Expr.Attribute container = containerAttribute(sub.value());
          String attr = container != null ? "." + container.attr() + "[]" : null;
          List<TaintModel.Sink> stores = models.sinks(q == null ? null : q + "[]", attr);
          for (TaintModel.Sink sink : stores) {
            if (t != null && t.dangerousFor(sink.kind())) {
              sinkReached(target, sink.kind(), describe(sub.value()) + "[...]", t);
            } else if (keyTaint != null && keyTaint.dangerousFor(sink.kind())) {
              // the attacker picks which entry is written: session[name] = True sets any flag
              sinkReached(target, sink.kind(), describe(sub.value()) + "[...] (the key)", keyTaint);
            }
          }
          if (!stores.isEmpty() && t != null) {
            return; // the sink is where the path ends; the session or headers are not followed further
          }
        }
        String key = dotted(sub.value());
        String constantKey = model.constantString(sub.slice(), scope).orElse(null);
        if (key != null && st.containsKey(key + "[*]")) {
          if (constantKey == null) {
            TaintStates.forgetKeys(key, st);
          } else if (t == null) {
            st.remove(key + "[" + constantKey + "]");
          } else {
            st.put(key + "[" + constantKey + "]", t.step(target.range(), "stored in " + key));
          }
        }
        if (key != null && t != null) {
          st.put(key, Taint.merge(st.get(key), t.step(target.range(), "stored in " + key)));
        }
        if (list != null) {
          lists.store(list, listLength, sub.slice(), t == null ? null : t.step(target.range(), "stored in " + list),
              st);
        }
      } else {
        String key = dotted(target);
        if (key == null) {
          return;
        }
        TaintStates.forgetKeys(key, st);
        ListShapes.forget(key, st);
        if (target instanceof Expr.Name) {
          // a name bound anew no longer has the attributes stored on its old value
          st.keySet().removeIf(k -> k.startsWith(key + "."));
        }
        if (t == null) {
          st.remove(key);
        } else {
          st.put(key, t.step(target.range(), "assigned to " + key));
        }
      }
    }

    @Override
    public Taint eval(Expr e, Map<String, Taint> st) {
      if (e == null || e instanceof Expr.Constant || e instanceof Expr.Lambda) {
        return null;
      }
      if (e instanceof Expr.Name n) {
        Taint t = st.get(n.id());
        return t != null ? t : valueSource(e);
      }
      if (e instanceof Expr.Attribute a) {
        String key = dotted(a);
        if (key != null && st.containsKey(key)) {
          return st.get(key);
        }
        if (fixedRoutePath(a)) {
          return null; // the path of a route without variable parts is that route's text
        }
        Taint src = valueSource(a);
        if (src != null) {
          return src;
        }
        String held = instanceReads.requestParameter(a.value(), 0);
        if (held != null && models.paramSources.get(held).contains(a.attr())) {
          return Taint.source(describe(a), false, a.range());
        }
        if (ViewClasses.URL_ATTRIBUTES.contains(a.attr()) && a.value() instanceof Expr.Name self && def != null
            && self.id().equals(Defs.selfName(def)) && ObjectPaths.binding(def, model) == ObjectSummary.Binding.PLAIN
            && entryPoints.isViewMethod(def)) {
          return Taint.source(describe(a), false, a.range()); // self.kwargs: the URL's parameters
        }
        return eval(a.value(), st);
      }
      if (e instanceof Expr.Subscript s) {
        Taint t = eval(s.value(), st);
        eval(s.slice(), st);
        String base = dotted(s.value());
        if (base != null && st.containsKey(base + "[*]")) {
          String key = model.constantString(s.slice(), scope).orElse(null);
          if (key != null) {
            return st.get(base + "[" + key + "]");
          }
        }
        if (s.value() instanceof Expr.Subscript section && containers.configParser(section.value())) {
          return ConfigOptions.get(((Expr.Name) section.value()).id(),
              model.constantString(section.slice(), scope).orElse(null), model.constantString(s.slice(), scope).orElse(null),
              st);
        }
        Taint[] element = s.value() instanceof Expr.Name ln ? lists.element(ln.id(), s.slice(), st) : null;
        if (element != null) {
          return element[0];
        }
        return t;
      }
      if (e instanceof Expr.Slice s) {
        eval(s.lower(), st);
        eval(s.upper(), st);
        eval(s.step(), st);
        return null;
      }
      if (e instanceof Expr.BinOp b) {
        Taint left = eval(b.left(), st);
        Taint right = eval(b.right(), st);
        String format = b.op() == dev.bulwark.python.ast.Operator.Mod
            ? model.constantString(b.left(), scope).orElse(null) : null;
        List<Boolean> escapes = format == null ? null : BuiltStrings.escapingConversions(format);
        if (right != null && escapes != null && !escapes.isEmpty() && !escapes.contains(false)) {
          // "%r" % value: every conversion escapes line breaks
          right = right.sanitized(java.util.EnumSet.of(SinkKind.LOG));
        }
        return BuiltStrings.withPrefix(Taint.merge(left, right), strings.constantPrefix(e));
      }
      if (e instanceof Expr.BoolOp b) {
        Taint t = null;
        for (Expr v : b.values()) {
          t = Taint.merge(t, eval(v, st));
        }
        return t;
      }
      if (e instanceof Expr.UnaryOp u) {
        Taint t = eval(u.operand(), st);
        return u.op() == dev.bulwark.python.ast.UnaryOperator.Not ? null : t;
      }
      if (e instanceof Expr.IfExp i) {
        eval(i.test(), st);
        Boolean c = constants.decided(i);
        if (c == null) {
          c = Cfg.fold(i.test(), model, scope);
        }
        Taint body = c == null || c ? eval(i.body(), st) : null;
        Taint orelse = c == null || !c ? eval(i.orelse(), st) : null;
        return Taint.merge(body, orelse);
      }
      if (e instanceof Expr.JoinedStr j) {
        Taint t = null;
        for (int i = 0; i < j.values().size(); i++) {
          Taint part = eval(j.values().get(i), st);
          if (part != null && QuotedXPathValue.quoteFreeAndQuoted(j.values(), i, model, scope)) {
            part = part.sanitized(java.util.EnumSet.of(SinkKind.XPATH));
          }
          t = Taint.merge(t, part);
        }
        return BuiltStrings.withPrefix(t, strings.constantPrefix(e));
      }
      if (e instanceof Expr.FormattedValue f) {
        eval(f.formatSpec(), st);
        return eval(f.value(), st);
      }
      if (e instanceof Expr.List l) {
        return all(l.elts(), st);
      }
      if (e instanceof Expr.Tuple t) {
        return all(t.elts(), st);
      }
      if (e instanceof Expr.Set s) {
        return all(s.elts(), st);
      }
      if (e instanceof Expr.Dict d) {
        Taint t = null;
        for (Expr k : d.keys()) {
          t = Taint.merge(t, eval(k, st));
        }
        return Taint.merge(t, all(d.values(), st));
      }
      if (e instanceof Expr.Starred s) {
        return eval(s.value(), st);
      }
      if (e instanceof Expr.Await a) {
        return eval(a.value(), st);
      }
      if (e instanceof Expr.Yield y) {
        eval(y.value(), st);
        return null;
      }
      if (e instanceof Expr.YieldFrom y) {
        eval(y.value(), st);
        return null;
      }
      if (e instanceof Expr.NamedExpr n) {
        Taint t = eval(n.value(), st);
        assign(n.target(), t, st);
        return t == null ? null : st.get(dotted(n.target()));
      }
      if (e instanceof Expr.Compare c) {
        eval(c.left(), st);
        all(c.comparators(), st);
        return null;
      }
      if (e instanceof Expr.ListComp c) {
        return comprehension(c.generators(), List.of(c.elt()), st);
      }
      if (e instanceof Expr.SetComp c) {
        return comprehension(c.generators(), List.of(c.elt()), st);
      }
      if (e instanceof Expr.GeneratorExp c) {
        return comprehension(c.generators(), List.of(c.elt()), st);
      }
      if (e instanceof Expr.DictComp c) {
        return comprehension(c.generators(), List.of(c.key(), c.value()), st);
      }
      if (e instanceof Expr.Call c) {
        return call(c, st);
      }
      return null;
    }

    @Override
    public Taint all(List<Expr> es, Map<String, Taint> st) {
      Taint t = null;
      for (Expr x : es) {
        t = Taint.merge(t, eval(x, st));
      }
      return t;
    }

    private Taint comprehension(List<Comprehension> generators, List<Expr> results, Map<String, Taint> st) {
      Map<String, Taint> inner = new HashMap<>(st);
      for (Comprehension g : generators) {
        assign(g.target(), eval(g.iter(), inner), inner);
        all(g.ifs(), inner);
      }
      return all(results, inner);
    }

    /** A name or attribute that is a source by its qualified name. */
    private Taint valueSource(Expr e) {
      String q = model.qualifiedName(e, scope).orElse(null);
      if (q != null && models.valueSources.containsKey(q)) {
        return Taint.source(describe(e), models.valueSources.get(q), e.range());
      }
      return null;
    }

    /** Whether {@code e} reads the request's path in a handler whose every route is a fixed path. */
    private boolean fixedRoutePath(Expr e) {
      return !models.routePathSources.isEmpty()
          && instanceReads.fixedRoutePath(model.qualifiedName(e, scope).orElse(null));
    }

    @Override
    public Taint call(Expr.Call c, Map<String, Taint> st) {
      Map<Expr, Taint> argTaint = new IdentityHashMap<>();
      Taint anyArg = null;
      for (Expr a : c.args()) {
        Taint t = eval(a, st);
        argTaint.put(a, t);
        anyArg = Taint.merge(anyArg, t);
      }
      for (Keyword k : c.keywords()) {
        Taint t = eval(k.value(), st);
        argTaint.put(k.value(), t);
        anyArg = Taint.merge(anyArg, t);
      }
      for (Expr a : c.args()) {
        if (a instanceof Expr.Name ln && lists.tracks(ln.id())) {
          ListShapes.forget(ln.id(), st); // the callee may change the list
        }
      }
      for (Keyword k : c.keywords()) {
        if (k.value() instanceof Expr.Name ln && lists.tracks(ln.id())) {
          ListShapes.forget(ln.id(), st);
        }
      }
      String q = model.qualifiedName(c.func(), scope).orElse(null);
      String method = c.func() instanceof Expr.Attribute a ? "." + a.attr() : null;
      Taint receiver = c.func() instanceof Expr.Attribute a && models.sources(q) == null ? eval(a.value(), st) : null;
      String label = describe(c.func());
      sinks.checkSinks(c, q != null ? q : targets.libraryMethod(c), method, label, argTaint, receiver, st);
      sinks.checkShellArgv(c, q != null ? q : targets.libraryMethod(c), method, label, st);
      sinks.checkTemplate(c, q, label, st);

      if (q != null && models.callSources.containsKey(q)) {
        return Taint.source(label + "()", models.callSources.get(q), c.range());
      }
      java.util.Set<SinkKind> sanitizes = models.sanitizer(q, method);
      if (sanitizes == null && q == null && strings.removesLineBreaks(c, method)) {
        // no line break left: neither a forged log line nor a forged response header
        sanitizes = java.util.EnumSet.of(SinkKind.LOG, SinkKind.HEADER);
      }
      if (sanitizes != null) {
        Taint t = Taint.merge(anyArg, method != null && q == null ? receiver : null);
        t = t == null ? null : t.sanitized(sanitizes);
        return t == null ? null : t.step(c.range(), "passed through " + label + ", safe only for "
            + kindsText(t.safeFor()));
      }
      if (reporting && c.func() instanceof Expr.Name cn && topLevelClasses.containsKey(cn.id())
          && model.lookup(cn.id(), scope) == model.moduleScope()) {
        summaryCalls.constructed(c, topLevelClasses.get(cn.id()), argTaint);
      }
      if ("builtins.map".equals(q) && c.args().size() >= 2 && c.keywords().isEmpty()
          && c.args().stream().noneMatch(x -> x instanceof Expr.Starred)) {
        return summaryCalls.mapped(c, label, st);
      }
      if ("builtins.filter".equals(q) && c.args().size() == 2) {
        // the items the predicate keeps, unchanged
        Taint items = argTaint.get(c.args().get(1));
        return items == null ? null : items.step(c.range(), "filtered by " + label);
      }
      Expr.Lambda lambda = targets.lambdaCalled(c.func());
      if (lambda != null && lambdaDepth < MAX_LAMBDA_DEPTH) {
        return applyLambda(c, lambda, argTaint, st);
      }
      Stmt nested = useSummaries ? nestedFunction(c) : null;
      if (nested != null) {
        return Taint.merge(summaryCalls.applySummary(c, nested, label, argTaint, st), summaryCalls.closureReturn(c, nested, label, st));
      }
      Stmt local = useSummaries ? targets.localFunction(c) : null;
      if (local != null) {
        return Taint.merge(summaryCalls.applySummary(c, local, label, argTaint, st), summaryCalls.instanceReturn(c, local, label, st));
      }
      List<Stmt> made = useSummaries ? targets.factoryMethods(c) : List.of();
      if (!made.isEmpty()) {
        // every class the factory may return: the call returns what any of their methods returns
        Taint result = null;
        for (Stmt m : made) {
          result = Taint.merge(result, summaryCalls.applySummary(c, m, label, argTaint, st));
        }
        return result;
      }
      if (useSummaries && q != null) {
        recordProjectCall(q);
        FunctionSummary ext = project.get(q).orElse(null);
        if (ext != null && !models.propagates(q, null) && models.sinks(q, null).isEmpty()) {
          // a static or class method called through its class: Helper.clean(value)
          return summaryCalls.applyExternal(c, ext, label, argTaint, ext.objects().classParams(), st);
        }
      } else if (useSummaries && method != null) {
        List<String> targets = instanceMethods(c);
        Taint result = null;
        boolean known = false;
        for (String target : targets) {
          FunctionSummary ext = project.get(target).orElse(null);
          if (ext != null) {
            known = true;
            result = Taint.merge(result, summaryCalls.applyExternal(c, ext, label, argTaint, ext.objects().receiverParams(), st));
          }
        }
        if (known) {
          return result;
        }
      } else if (useSummaries && c.func() instanceof Expr.Name) {
        FunctionSummary closure = summaryCalls.closureCalled(c);
        if (closure != null) {
          return summaryCalls.applyExternal(c, closure, label, argTaint, 0, st);
        }
      }
      if (method != null && q == null && c.func() instanceof Expr.Attribute ca
          && containers.configParser(ca.value())) {
        Taint[] r = containers.configMethod(c, ((Expr.Name) ca.value()).id(), method, argTaint, receiver, st);
        if (r != null) {
          return r[0];
        }
      }
      if (method != null && q == null && c.func() instanceof Expr.Attribute la && la.value() instanceof Expr.Name ln
          && lists.tracks(ln.id())) {
        Taint[] r = containers.listMethod(c, ln.id(), method, argTaint, receiver, st);
        if (r != null) {
          return r[0];
        }
      }
      if (models.propagates(q, method)) {
        Taint t = Taint.merge(anyArg, receiver);
        return t == null ? null : t.step(c.range(), "passed through " + label);
      }
      if (method != null && (receiver == null || !receiver.attacker()) && c.func() instanceof Expr.Attribute fa) {
        // request.post() where request.post is request data (aiohttp): the call reads it
        Taint f = eval(fa, st);
        if (f != null && f.attacker()) {
          return Taint.merge(f.step(c.range(), "returned by " + label + "()"), receiver);
        }
      }
      if (method != null && receiver != null && PATH_CONTENT.contains(method.substring(1))) {
        return null;
      }
      if (method != null && receiver != null) {
        String base = dotted(((Expr.Attribute) c.func()).value());
        if (method.equals(".get") && base != null && st.containsKey(base + "[*]") && !c.args().isEmpty()) {
          String key = model.constantString(c.args().get(0), scope).orElse(null);
          if (key != null) {
            Taint fallback = c.args().size() > 1 ? argTaint.get(c.args().get(1)) : null;
            return Taint.merge(st.get(base + "[" + key + "]"), fallback);
          }
        }
        if (MUTATORS.contains(method.substring(1))) {
          return null;
        }
        return receiver;
      }
      if (method != null && anyArg != null && MUTATORS.contains(method.substring(1))) {
        String key = dotted(((Expr.Attribute) c.func()).value());
        if (key != null) {
          TaintStates.forgetKeys(key, st);
          st.put(key, Taint.merge(st.get(key), anyArg.step(c.range(), "added to " + key)));
        }
      }
      return null;
    }

    private String kindsText(Set<SinkKind> kinds) {
      List<String> names = new ArrayList<>();
      for (SinkKind k : kinds) {
        names.add(k.modelName());
      }
      return String.join(", ", names);
    }

    @Override
    public void sinkReached(Expr c, SinkKind kind, String label, Taint t) {
      sinkReached(c, kind, label, null, t);
    }

    /** A sink reached at {@code c}; {@code where} places a sink of another module, or is null. */
    @Override
    public void sinkReached(Expr c, SinkKind kind, String label, String where, Taint t) {
      if (!reporting) {
        return;
      }
      if (t.attacker()) {
        String shown = where == null ? label : label + " (in " + where + ")";
        Taint path = t.step(c.range(), "reaches " + shown);
        hits.putIfAbsent(c.range() + "/" + kind, new Hit(kind, c, shown, path));
      }
      for (int p : t.params()) {
        paramSinks.add(new ParamSink(p, kind, c, label, t, where));
      }
    }

    /** A function defined once directly in this one and called here by its name ({@code inner()}), or null. */
    private Stmt nestedFunction(Expr.Call c) {
      if (def == null || !(c.func() instanceof Expr.Name n) || model.lookup(n.id(), scope) != scope) {
        return null;
      }
      List<Binding> bs = scope.bindings(n.id());
      if (bs.size() != 1 || !(bs.get(0) instanceof Binding.Definition d)
          || !(d.node() instanceof Stmt.FunctionDef || d.node() instanceof Stmt.AsyncFunctionDef)) {
        return null;
      }
      Stmt inner = (Stmt) d.node();
      return inner != def && model.scopeOf(inner).parent() == scope ? inner : null;
    }

    /**
     * A call of a lambda: its body evaluated in place, its parameters bound to the arguments' taint,
     * so that a sink in the body is reported there and the result carries what the body returns.
     */
    private Taint applyLambda(Expr.Call c, Expr.Lambda lambda, Map<Expr, Taint> argTaint, Map<String, Taint> st) {
      Map<String, Taint> inner = new HashMap<>(st);
      List<Arg> params = Defs.parameters(lambda.args());
      for (int i = 0; i < params.size(); i++) {
        String name = params.get(i).arg();
        Expr arg = byNameOrPlace(c, i, name).orElse(null);
        Taint t = arg == null ? null : argTaint.get(arg);
        if (t == null) {
          inner.remove(name);
        } else {
          inner.put(name, t.step(arg.range(), "passed to the lambda as " + name));
        }
      }
      lambdaDepth++;
      Taint r;
      try {
        r = eval(lambda.body(), inner);
      } finally {
        lambdaDepth--;
      }
      return r == null ? null : r.step(c.range(), "returned by the lambda");
    }

    /**
     * The attribute a store goes into: {@code e} itself ({@code response.headers}), or the attribute a
     * local name of this scope is bound to once ({@code h} after {@code h = response.headers}); else null.
     */
    private Expr.Attribute containerAttribute(Expr e) {
      Expr v = e;
      for (int depth = 0; v instanceof Expr.Name n && depth < ObjectPaths.MAX_PATH; depth++) {
        v = model.boundValue(n.id(), scope).filter(b -> b.scope() == scope).map(SemanticModel.BoundValue::value)
            .orElse(null);
      }
      return v instanceof Expr.Attribute a ? a : null;
    }

    /**
     * Notes a call of a project function or method ({@code app.db.run}, {@code app.util.Helper.clean}), so
     * that its module is summarised again when its summary changes, and its methods are summarised at all.
     */
    private void recordProjectCall(String q) {
      if (projectModules == null) {
        return;
      }
      int dot = q.lastIndexOf('.');
      String owner = dot > 0 ? q.substring(0, dot) : "";
      int dot2 = owner.lastIndexOf('.');
      if (projectModules.contains(owner) || (dot2 > 0 && projectModules.contains(owner.substring(0, dot2)))) {
        projectCalls.add(q);
      }
    }

    /**
     * The qualified names of the methods a call may run on an instance of a project class: the class
     * of a local instance ({@code app.repo.Repo.find} for {@code repo.find(...)} after
     * {@code repo = Repo()}), every class a factory may return ({@code thing = make_thing()}), or the
     * class an attribute of {@code self} is set to in the constructor ({@code self.repo.find(...)}).
     */
    private List<String> instanceMethods(Expr.Call c) {
      if (!(c.func() instanceof Expr.Attribute a)) {
        return List.of();
      }
      SemanticModel.BoundValue b = targets.madeBy(a.value());
      if (b == null || !(b.value() instanceof Expr.Call made)) {
        return List.of();
      }
      String cls = model.qualifiedName(made.func(), b.scope()).orElse(null);
      if (cls == null) {
        return List.of();
      }
      recordProjectCall(cls);
      FunctionSummary factory = project.get(cls).orElse(null);
      List<String> classes = factory != null && !factory.objects().returnedClasses().isEmpty()
          ? List.copyOf(factory.objects().returnedClasses()) : List.of(cls);
      List<String> out = new ArrayList<>();
      for (String k : classes) {
        recordProjectCall(k + "." + a.attr());
        recordProjectCall(k + ".__init__"); // what the constructor keeps, for reads through the instance
        out.add(k + "." + a.attr());
      }
      return out;
    }

  }

  /**
   * The argument for a parameter known by its place and name (a model's sink argument, a project
   * function's parameter): by keyword first, else by position (-1: keyword-only).
   */
  static Optional<Expr> byNameOrPlace(Expr.Call call, int position, String keyword) {
    Optional<Expr> byName = CallArguments.keyword(call, keyword);
    return byName.isPresent() || position < 0 ? byName : CallArguments.positional(call, position);
  }
}
