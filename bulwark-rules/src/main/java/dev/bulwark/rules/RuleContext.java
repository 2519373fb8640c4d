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
import java.util.List;
import java.util.Optional;

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
      dev.bulwark.taint.ProjectSummaries taintSummaries) {
    this.taintSummaries = taintSummaries;
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

  /** Reports a finding with the source-to-sink path that explains it, source first. */
  public void report(Located node, String message, Severity severity, Confidence confidence, List<FlowStep> flow) {
    RuleMetadata m = rule.metadata();
    TextRange r = node.range();
    findings.add(new Finding(m.id(), m.name(), message, severity, confidence, m.cwes(), location(r), m.doc().fix(),
        flow));
  }

  /** Where a range of this file is, for a finding or a step of its path. */
  public Location location(TextRange r) {
    return new Location(path, r.line(), r.col(), r.endLine(), r.endCol());
  }
}
