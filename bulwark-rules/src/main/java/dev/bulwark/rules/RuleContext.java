package dev.bulwark.rules;

import dev.bulwark.python.Comment;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Located;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.python.ast.TextRange;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Finding;
import dev.bulwark.report.FlowStep;
import dev.bulwark.report.Location;
import dev.bulwark.report.Severity;
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import dev.bulwark.semantic.Signature;
import dev.bulwark.semantic.Signatures;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.taint.SinkKind;
import dev.bulwark.taint.Taint;
import dev.bulwark.taint.TaintAnalysis;
import dev.bulwark.taint.TaintModel;
import dev.bulwark.taint.TaintOrigins;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule sees while it checks one node: the file, the semantic model, the scope the node is
 * in, and where to report findings. One context serves one file, on one thread.
 */
public final class RuleContext {

  private final String path;
  private final String source;
  private final List<Comment> comments;
  private final SemanticModel model;
  private final List<Finding> findings;
  private final java.util.Map<Object, Object> fileFacts = new java.util.HashMap<>();
  private final dev.bulwark.taint.ProjectSummaries taintSummaries;
  private final List<TaintModel> taintModels;
  /** The taint analysis of this file once a taint rule has run it; null before (or when none runs). */
  private List<TaintAnalysis.Hit> taintHits;
  /** The request handlers of the module the taint analysis ran on, found on first use. */
  private dev.bulwark.taint.RequestHandlers handlers;
  private Mod.Module taintModule;

  /**
   * A pattern finding that the taint analysis may rule out once it has run: {@code exact}, when only a
   * hit at this very call keeps it; else a hit of one of {@code kinds} anywhere in the same handler.
   */
  private record Deferred(Finding finding, TextRange at, Set<SinkKind> kinds, boolean exact) {}

  private final List<Deferred> deferred = new ArrayList<>();
  /** The finding a taint rule made of each hit, so that a pattern rule's finding can take its place. */
  private final Map<TaintAnalysis.Hit, Finding> taintFindings = new IdentityHashMap<>();
  /** The hits a pattern rule's finding took in; their taint findings are dropped at the end. */
  private final Set<TaintAnalysis.Hit> absorbed = Collections.newSetFromMap(new IdentityHashMap<>());
  private Rule rule;
  private Scope scope;
  /**
   * The last callee signature looked up and the last binding made: the rules subscribed to calls
   * ask about the same call one after another.
   */
  private Expr.Call signatureCall;
  private Scope signatureScope;
  private Signature callSignature;
  private Expr.Call boundCall;
  private Signature boundSignature;
  private BoundArguments bound;

  RuleContext(String path, String source, List<Comment> comments, SemanticModel model, List<Finding> findings,
      dev.bulwark.taint.ProjectSummaries taintSummaries, List<TaintModel> taintModels) {
    this.taintSummaries = taintSummaries;
    this.taintModels = List.copyOf(taintModels);
    this.path = path;
    this.source = source;
    this.comments = comments;
    this.model = model;
    this.findings = findings;
    this.scope = model.moduleScope();
  }

  void enter(Rule current, Scope currentScope) {
    this.rule = current;
    this.scope = currentScope;
  }

  public String path() {
    return path;
  }

  /** The decoded source text of the file (for rules about characters, not syntax). */
  public String source() {
    return source;
  }

  /** The file's comments, in source order: the tree does not keep them. */
  public List<Comment> comments() {
    return comments;
  }

  /** The summaries of the scanned project's functions, for the taint analysis (empty outside a project scan). */
  public dev.bulwark.taint.ProjectSummaries taintSummaries() {
    return taintSummaries;
  }

  /** The taint models: the shipped ones, then the user's. */
  public List<TaintModel> taintModels() {
    return taintModels;
  }

  /**
   * The taint analysis of this file, run on first use and kept: the taint rules share it. A file too
   * deeply nested for the analysis's recursion gets no hits rather than losing every other rule's
   * findings with it.
   */
  public List<TaintAnalysis.Hit> taintAnalysis(Mod.Module module) {
    if (taintHits == null) {
      taintModule = module;
      try {
        // a file in which no attacker data can appear is not analysed: the analysis would find nothing
        taintHits = TaintOrigins.possible(module, model, taintModels, taintSummaries)
            ? TaintAnalysis.analyze(module, model, taintModels, taintSummaries) : List.of();
      } catch (StackOverflowError e) {
        taintHits = List.of();
      }
    }
    return taintHits;
  }

  /**
   * The attacker data the taint analysis found reaching {@code call} as a sink of one of {@code kinds},
   * remote data first; empty when it found none, or when no taint rule runs in this scan (then the
   * analysis is not run at all: pattern rules never pay for it). The taint rules subscribe to the module,
   * which the walk visits before any call, so the analysis is there when a pattern rule asks.
   */
  public Optional<TaintAnalysis.Hit> taintReaching(Expr.Call call, Set<SinkKind> kinds) {
    if (taintHits == null) {
      return Optional.empty();
    }
    TaintAnalysis.Hit found = null;
    for (TaintAnalysis.Hit hit : taintHits) {
      if (hit.at() == call && kinds.contains(hit.kind()) && (found == null || found.taint().local())) {
        found = hit;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Reports a taint rule's finding of one hit, which a pattern rule's finding of the same call may replace. */
  public void reportTaint(TaintAnalysis.Hit hit, String message, Severity severity, Confidence confidence) {
    report(hit.at(), message, severity, confidence, flowOf(hit));
    taintFindings.put(hit, findings.get(findings.size() - 1));
  }

  /**
   * Reports a pattern rule's finding of a call whose danger depends on its input. When the taint analysis
   * found remote attacker data reaching the call as a sink of one of {@code kinds}, the finding is raised
   * to critical, says where the data came from and carries its path; data of the local user (command
   * line, environment, console) is named but does not raise it. Either way the finding takes the place
   * of the taint rule's finding of the same call, so the call is reported once.
   */
  public void reportInputSensitive(Expr.Call call, String message, Severity severity, Confidence confidence,
      Set<SinkKind> kinds) {
    Optional<TaintAnalysis.Hit> hit = taintReaching(call, kinds);
    if (hit.isEmpty()) {
      report(call, message, severity, confidence);
      if (!ExternalReads.inArguments(call, model, scope)) {
        deferred.add(new Deferred(findings.get(findings.size() - 1), call.range(), kinds, true));
      }
      return;
    }
    Taint taint = hit.get().taint();
    int line = taint.steps().isEmpty() ? call.range().line() : taint.steps().get(0).range().line();
    if (taint.local()) {
      report(call, message + ", with local data from " + taint.source() + " (line " + line + ")", severity,
          confidence, flowOf(hit.get()));
    } else {
      report(call, message + ", with data from " + taint.source() + " (line " + line + ")", Severity.CRITICAL,
          confidence, flowOf(hit.get()));
    }
    absorbed.add(hit.get());
  }

  /**
   * Reports a pattern rule's finding of code whose danger depends on data that reaches a sink of one of
   * {@code kinds} (an SQL string built by formatting, an LDAP filter, an XPath query), unless the taint
   * analysis ran, {@code at} lies in a request handler, and no attacker data reaches a sink of those
   * kinds anywhere in that handler: there the analysis sees every way request data comes in, and the
   * finding would only repeat what it ruled out.
   */
  public void reportUnlessRuledOut(Located at, String message, Severity severity, Confidence confidence,
      Set<SinkKind> kinds) {
    report(at, message, severity, confidence);
    deferred.add(new Deferred(findings.get(findings.size() - 1), at.range(), kinds, false));
  }

  /** {@link #reportUnlessRuledOut(Located, String, Severity, Confidence, Set)} at the rule's own grade. */
  public void reportUnlessRuledOut(Located at, String message, Set<SinkKind> kinds) {
    reportUnlessRuledOut(at, message, rule.metadata().severity(), rule.metadata().confidence(), kinds);
  }

  /**
   * Whether the taint analysis rules out a deferred pattern finding: it lies in a request handler and no
   * attacker data reaches the call (or, for code that only builds the value, any sink of its kinds in
   * that handler).
   */
  private boolean ruledOut(Deferred d) {
    TextRange handler = handlerAround(d.at());
    if (handler == null) {
      return false;
    }
    for (TaintAnalysis.Hit hit : taintHits) {
      if (d.kinds().contains(hit.kind()) && (d.exact() ? hit.at().range().equals(d.at())
          : dev.bulwark.taint.RequestHandlers.contains(handler, hit.at().range()))) {
        return false;
      }
    }
    return true;
  }

  /** The request handler of the analysed module that holds {@code at}, or null. */
  private TextRange handlerAround(TextRange at) {
    if (taintModule == null) {
      return null;
    }
    if (handlers == null) {
      handlers = dev.bulwark.taint.RequestHandlers.of(taintModule, model, taintModels, taintSummaries);
    }
    return handlers.enclosing(at);
  }

  /** {@link #reportInputSensitive(Expr.Call, String, Severity, Confidence, Set)} at the rule's own grade. */
  public void reportInputSensitive(Expr.Call call, String message, Set<SinkKind> kinds) {
    reportInputSensitive(call, message, rule.metadata().severity(), rule.metadata().confidence(), kinds);
  }

  /** Drops the taint findings that a pattern rule's finding took in; the engine calls it after the walk. */
  void finish() {
    Set<Finding> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    if (taintHits != null) {
      for (Deferred d : deferred) {
        if (ruledOut(d)) {
          dropped.add(d.finding());
        }
      }
    }
    for (TaintAnalysis.Hit hit : absorbed) {
      Finding f = taintFindings.get(hit);
      if (f != null) {
        dropped.add(f);
      }
    }
    findings.removeIf(dropped::contains);
  }

  private List<FlowStep> flowOf(TaintAnalysis.Hit hit) {
    List<FlowStep> flow = new ArrayList<>();
    for (Taint.Step s : hit.taint().steps()) {
      flow.add(new FlowStep(location(s.range()), s.message()));
    }
    return flow;
  }

  public SemanticModel model() {
    return model;
  }

  public Scope scope() {
    return scope;
  }

  /**
   * A fact about the whole file (is it a test file, a settings module, ...), computed once per file
   * however many nodes ask. {@code key} is a constant of the asking helper.
   */
  @SuppressWarnings("unchecked")
  public <T> T fileFact(Object key, java.util.function.Function<RuleContext, T> compute) {
    Object known = fileFacts.get(key);
    if (known == null) {
      known = compute.apply(this);
      fileFacts.put(key, known);
    }
    return (T) known;
  }

  /** The dotted name an expression stands for, resolved through imports and aliases. */
  public Optional<String> qualifiedName(Expr e) {
    return model.qualifiedName(e, scope);
  }

  /** Whether {@code e} stands for one of the given dotted names. */
  public boolean isAnyOf(Expr e, java.util.Collection<String> names) {
    return model.qualifiedName(e, scope).map(names::contains).orElse(false);
  }

  public Optional<String> constantString(Expr e) {
    return model.constantString(e, scope);
  }

  public Optional<PyConstant> constant(Expr e) {
    return model.constant(e, scope);
  }

  /**
   * The argument a call passes for {@code parameter}, bound by the known signature of the callee
   * (resolved through imports and aliases), e.g. {@code argument(call, "shell")} finds {@code True} in
   * {@code subprocess.Popen(cmd, -1, None, None, None, None, None, True, True)}. When the callee has no
   * known signature, only {@code parameter=...} is found. Empty for a call that cannot bind (a
   * keyword for a positional-only parameter, say): Python would refuse it.
   */
  public Optional<Expr> argument(Expr.Call call, String parameter) {
    // asked of every call by some rules (shell=, verify=): no binding object for unknown callees
    Signature known = signatureOf(call);
    return known == null ? CallArguments.keyword(call, parameter) : bind(call, known).argument(parameter);
  }

  /**
   * The argument a call passes for {@code parameter} of the callable named {@code callee}, for calls
   * the rule has matched itself: a method of an object known only by its method's name
   * ({@code argument(call, "tarfile.TarFile.extractall", "filter")} for {@code tar.extractall(...)}), or
   * a name the rule resolved its own way. The callee must be in the signature table.
   */
  public Optional<Expr> argument(Expr.Call call, String callee, String parameter) {
    return arguments(call, callee).argument(parameter);
  }

  /**
   * The call's arguments bound by the callee's known signature, for the questions {@link #argument}
   * does not answer: is a parameter certainly absent ({@link BoundArguments#isAbsent}), could
   * unpacking hide it, can the call bind at all. Unknown callees bind by keyword alone.
   */
  public BoundArguments arguments(Expr.Call call) {
    Signature known = signatureOf(call);
    return known == null ? BoundArguments.byKeyword(call) : bind(call, known);
  }

  /** The known signature of the callee, resolved through imports and aliases, or null. */
  private Signature signatureOf(Expr.Call call) {
    if (call != signatureCall || scope != signatureScope) {
      Optional<String> name = qualifiedName(call.func());
      callSignature = name.isEmpty() ? null : Signatures.known().get(name.get()).orElse(null);
      signatureCall = call;
      signatureScope = scope;
    }
    return callSignature;
  }

  /**
   * The call's arguments bound by the signature of {@code callee} (see {@link #argument(Expr.Call,
   * String, String)}). A method's {@code self} is left out unless the call names the method itself
   * ({@code TarFile.extractall(tar, ...)}).
   *
   * @throws IllegalArgumentException when the table has no signature for {@code callee}: a bug in the rule
   */
  public BoundArguments arguments(Expr.Call call, String callee) {
    Signature signature = Signatures.known().require(callee);
    if (signature.isMethod() && !model.is(call.func(), callee, scope)) {
      signature = signature.boundMethod();
    }
    return bind(call, signature);
  }

  private BoundArguments bind(Expr.Call call, Signature signature) {
    if (call != boundCall || signature != boundSignature) {
      bound = signature.bind(call);
      boundCall = call;
      boundSignature = signature;
    }
    return bound;
  }

  /** Reports a finding of the current rule at a node, with the rule's default severity and fix. */
  public void report(Located node, String message) {
    report(node, message, rule.metadata().severity(), rule.metadata().confidence());
  }

  /** Reports a finding whose severity or confidence differs from the rule's default, e.g. a constant command. */
  public void report(Located node, String message, Severity severity, Confidence confidence) {
    report(node, message, severity, confidence, List.of());
  }

  /**
   * Reports a finding that is about only some of the rule's CWEs, e.g. a cookie that lacks HttpOnly but
   * not Secure. The list must be a non-empty subset of the rule's own CWEs.
   *
   * @throws IllegalArgumentException when it is not: a bug in the rule
   */
  public void reportCwes(Located node, String message, Severity severity, Confidence confidence,
      Collection<Integer> cwes) {
    RuleMetadata m = rule.metadata();
    if (cwes.isEmpty() || !m.cwes().containsAll(cwes)) {
      throw new IllegalArgumentException(m.id() + " reports CWEs " + cwes + " outside its own " + m.cwes());
    }
    // keep the rule's order, most specific first
    add(node, message, severity, confidence, m.cwes().stream().filter(cwes::contains).toList(), List.of());
  }

  /** Reports a finding with the source-to-sink path that explains it, source first. */
  public void report(Located node, String message, Severity severity, Confidence confidence, List<FlowStep> flow) {
    add(node, message, severity, confidence, rule.metadata().cwes(), flow);
  }

  private void add(Located node, String message, Severity severity, Confidence confidence, List<Integer> cwes,
      List<FlowStep> flow) {
    RuleMetadata m = rule.metadata();
    findings.add(new Finding(m.id(), m.name(), message, severity, confidence, cwes, location(node.range()),
        m.doc().fix(), flow));
  }

  /** Where a range of this file is, for a finding or a step of its path. */
  public Location location(TextRange r) {
    return new Location(path, r.line(), r.col(), r.endLine(), r.endCol());
  }
}
