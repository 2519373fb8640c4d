package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sink checks of the calls in one function body (or the module's top level): the sinks of the
 * taint models a call's arguments or receiver reach, a shell started on an argument vector, and the
 * context variables a template prints unescaped. What the arguments hold comes from the body's
 * analysis, through {@link BodyFlow}.
 */
final class SinkChecks {

  private final SemanticModel model;
  private final ActiveModels models;
  private final ProjectSummaries project;
  private final Scope scope;
  private final List<Stmt> body;
  private final BuiltStrings strings;
  private final BodyFlow flow;
  /** Local names made unsafe by a setter call in this body ({@code p.setFeature(...)}), computed on demand. */
  private Set<String> unsafeNames;

  SinkChecks(SemanticModel model, ActiveModels models, ProjectSummaries project, Scope scope, List<Stmt> body,
      BuiltStrings strings, BodyFlow flow) {
    this.model = model;
    this.models = models;
    this.project = project;
    this.scope = scope;
    this.body = body;
    this.strings = strings;
    this.flow = flow;
  }

  void checkSinks(Expr.Call c, String q, String method, String label, Map<Expr, Taint> argTaint,
      Taint receiver, Map<String, Taint> st) {
    List<TaintModel.Sink> sinks = models.sinks(q, method);
    for (TaintModel.Sink sink : sinks) {
      if (sink.kind() == SinkKind.LOG && sink.name().startsWith(".") && q != null && !q.startsWith("logging.")) {
        continue; // an imported function named like a logger's method: messages.error(request, ...)
      }
      if (sink.kind() == SinkKind.NOSQL && sink.name().startsWith(".") && c.func() instanceof Expr.Attribute a
          && (receiver != null || model.constantString(a.value(), scope).isPresent())) {
        continue; // str.find and friends: a collection is neither attacker data nor a constant string
      }
      Set<Integer> escaped = sink.kind() == SinkKind.LOG ? strings.escapedLogArguments(c, method) : Set.of();
      if (sink.whenKeyword() != null) {
        Expr kw = CallArguments.keyword(c, sink.whenKeyword()).orElse(null);
        if (kw == null || !Boolean.TRUE.equals(Cfg.fold(kw, model, scope))) {
          continue;
        }
      }
      if (sink.whenUnsafe() != null && !unsafeArgument(c, sink.whenUnsafe())) {
        continue;
      }
      if (sink.unless() != null && namesSafe(c, sink.unless())) {
        continue;
      }
      if (sink.kind() == SinkKind.XSS && ResponseBodies.declaresNotRendered(c, model, scope)) {
        continue; // Response(body, mimetype="application/json"): not a document the browser renders
      }
      for (TaintModel.Argument arg : sink.arguments()) {
        if (arg.receiver()) {
          if (receiver != null && receiver.dangerousFor(sink.kind())) {
            flow.sinkReached(c, sink.kind(), label, receiver);
          }
          continue;
        }
        List<Expr> exprs = new ArrayList<>();
        if (arg.any()) {
          exprs.addAll(c.args());
          c.keywords().forEach(k -> exprs.add(k.value()));
        } else {
          TaintAnalysis.byNameOrPlace(c, arg.position(), arg.keyword()).ifPresent(exprs::add);
        }
        for (Expr x : exprs) {
          if (!escaped.isEmpty() && escaped.contains(indexOf(c.args(), x))) {
            continue;
          }
          Taint t = argTaint.get(x);
          if (sink.kind() == SinkKind.XSS && t != null && x instanceof Expr.Tuple tuple
              && ResponseBodies.isResponseTuple(tuple)) {
            // make_response((body, headers)): only the body is HTML
            Expr body = ResponseBodies.tupleBody(tuple, model, scope);
            t = body == null ? null : flow.eval(body, new HashMap<>(st));
          }
          if (t != null && t.dangerousFor(sink.kind())) {
            flow.sinkReached(c, sink.kind(), label, t);
          }
        }
      }
    }
  }

  /**
   * A command sink that needs {@code shell=True}, called without it on an argument list that starts
   * a shell on a command string ({@code ["sh", "-c", cmd]}, see {@link ShellArgv}), or an exec or
   * spawn function given such a vector: the command string is the sink.
   */
  void checkShellArgv(Expr.Call c, String q, String method, String label, Map<String, Taint> st) {
    Expr exec = ShellArgv.commandOfExec(c, q, body, model, scope);
    Taint e = exec == null ? null : flow.eval(exec, new HashMap<>(st));
    if (e != null && e.dangerousFor(SinkKind.COMMAND)) {
      flow.sinkReached(c, SinkKind.COMMAND, label, e);
    }
    for (TaintModel.Sink sink : models.sinks(q, method)) {
      if (sink.kind() != SinkKind.COMMAND || sink.whenKeyword() == null) {
        continue;
      }
      Expr kw = CallArguments.keyword(c, sink.whenKeyword()).orElse(null);
      if (kw != null && Boolean.TRUE.equals(Cfg.fold(kw, model, scope))) {
        continue; // a shell anyway: checkSinks looked at the whole argument
      }
      for (TaintModel.Argument arg : sink.arguments()) {
        Expr argv = arg.receiver() || arg.any() ? null
            : TaintAnalysis.byNameOrPlace(c, arg.position(), arg.keyword()).orElse(null);
        Expr command = argv == null ? null : ShellArgv.command(argv, body, model, scope);
        Taint t = command == null ? null : flow.eval(command, new HashMap<>(st));
        if (t != null && t.dangerousFor(SinkKind.COMMAND)) {
          flow.sinkReached(c, SinkKind.COMMAND, label, t);
        }
      }
    }
  }

  /**
   * A render call whose template prints a context variable unescaped: attacker data passed as that
   * variable is XSS, reported at the call with the template's line in the message.
   */
  void checkTemplate(Expr.Call c, String q, String label, Map<String, Taint> st) {
    if (project.templates().size() == 0 && !(c.func() instanceof Expr.Attribute a && a.attr().equals("render"))
        && !"flask.render_template_string".equals(q)) {
      return; // no template files, and not an inline template
    }
    TemplateRenders.Render r = TemplateRenders.of(c, q, model, scope);
    if (r == null) {
      return;
    }
    Map<String, TemplateIndex.Unescaped> unescaped = r.inline() != null
        ? project.templates().unescapedInline(r.inline(), r.engine())
        : project.templates().unescaped(r.template(), r.engine());
    unescaped.forEach((name, out) -> {
      Taint t = null;
      Expr value = r.values().get(name);
      if (value != null) {
        t = flow.eval(value, new HashMap<>(st));
      } else {
        for (String d : r.dicts()) {
          if (st.containsKey(d + "[*]")) {
            t = Taint.merge(t, st.get(d + "[" + name + "]"));
          }
        }
      }
      if (t != null && t.dangerousFor(SinkKind.XSS)) {
        flow.sinkReached(c, SinkKind.XSS, label + " (" + out.describe() + ")", t);
      }
    });
  }

  /**
   * Whether the argument {@code unless} looks at names one of its safe objects, directly or through a
   * name bound once ({@code loader = yaml.SafeLoader}). An absent argument is not safe.
   */
  private boolean namesSafe(Expr.Call c, TaintModel.Unless unless) {
    TaintModel.Argument arg = unless.argument();
    Expr e = arg.receiver() ? (c.func() instanceof Expr.Attribute a ? a.value() : null)
        : TaintAnalysis.byNameOrPlace(c, arg.position(), arg.keyword()).orElse(null);
    Scope in = scope;
    for (int depth = 0; e != null && depth < 4; depth++) {
      String q = model.qualifiedName(e, in).orElse(null);
      if (q != null && unless.safeNames().contains(q)) {
        return true;
      }
      if (!(e instanceof Expr.Name n)) {
        return false;
      }
      var bound = model.boundValue(n.id(), in).orElse(null);
      e = bound == null ? null : bound.value();
      in = bound == null ? in : bound.scope();
    }
    return false;
  }

  /** Whether the argument {@code arg} of {@code c} is an unsafe object (a parser that resolves entities). */
  private boolean unsafeArgument(Expr.Call c, TaintModel.Argument arg) {
    Expr e;
    if (arg.receiver()) {
      e = c.func() instanceof Expr.Attribute a ? a.value() : null;
    } else {
      e = TaintAnalysis.byNameOrPlace(c, arg.position(), arg.keyword()).orElse(null);
    }
    if (e == null) {
      return false;
    }
    if (unsafeNames == null) {
      unsafeNames = UnsafeObjects.configuredNames(body, models.unsafeObjects, model, scope);
    }
    return UnsafeObjects.isUnsafe(e, models.unsafeObjects, unsafeNames, model, scope);
  }

  private static int indexOf(List<Expr> args, Expr x) {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i) == x) {
        return i;
      }
    }
    return -1;
  }
}
