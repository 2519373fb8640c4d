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
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
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
  private Rule rule;
  private Scope scope;

  RuleContext(String path, String source, List<Comment> comments, SemanticModel model, List<Finding> findings) {
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

  /** The argument for a parameter of a call, by keyword or position (-1: keyword-only). */
  public Optional<Expr> argument(Expr.Call call, int position, String keyword) {
    return CallArguments.argument(call, position, keyword);
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
