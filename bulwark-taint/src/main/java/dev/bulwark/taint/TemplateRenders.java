package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.semantic.Binding;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises the calls that render a template file by a constant name, and the context they pass:
 * Flask's {@code render_template("x.html", name=v, **ctx)}, Django's {@code render(request, "x.html",
 * {"name": v})}, {@code render_to_string}, {@code TemplateResponse}, and
 * {@code x.get_template("x.html").render(...)} (Django's loader or a Jinja2 environment), Starlette's
 * {@code templates.TemplateResponse("x.html", ctx)}, and inline
 * templates: {@code jinja2.Template("...")}, {@code env.from_string("...")} and Django's
 * {@code Template("...")}, each called directly or through a name assigned once, and Flask's
 * {@code render_template_string} with a constant source.
 */
final class TemplateRenders {
  private TemplateRenders() {}

  /**
   * A render call.
   *
   * @param template the template's name, as the loader sees it; null for an inline template
   * @param inline the inline template's syntax ({@code Template("...")}), or null
   * @param engine how the engine escapes by default
   * @param values the context values passed by a constant key (keyword or dict literal)
   * @param dicts dotted names of dicts passed as the context ({@code ctx} or {@code **ctx}), whose
   *     keys the analysis may know
   */
  record Render(String template, TemplateScanner.Syntax inline, TemplateIndex.Engine engine, Map<String, Expr> values, List<String> dicts) {}

  /** The render call {@code c} is, or null. */
  static Render of(Expr.Call c, String q, SemanticModel model, Scope scope) {
    if (q != null) {
      switch (q) {
        case "flask.render_template", "flask.templating.render_template", "flask.stream_template" -> {
          return render(c, 0, "template_name_or_list", -1, null, TemplateIndex.Engine.FLASK, model, scope);
        }
        case "django.shortcuts.render", "django.template.response.TemplateResponse" -> {
          return render(c, 1, "template_name", 2, "context", TemplateIndex.Engine.DJANGO, model, scope);
        }
        case "django.template.loader.render_to_string" -> {
          return render(c, 0, "template_name", 1, "context", TemplateIndex.Engine.DJANGO, model, scope);
        }
        case "flask.render_template_string", "flask.templating.render_template_string" -> {
          // a constant source only: attacker data as the source is template injection, reported as such
          TemplateScanner.Syntax inline = CallArguments.positional(c, 0).or(() -> CallArguments.keyword(c, "source"))
              .flatMap(e -> model.constantString(e, scope)).map(TemplateScanner::scan).orElse(null);
          if (inline == null) {
            return null;
          }
          Map<String, Expr> values = new LinkedHashMap<>();
          List<String> dicts = new ArrayList<>();
          keywords(c, values, dicts, "source");
          return new Render(null, inline, TemplateIndex.Engine.DJANGO, values, dicts);
        }
        default -> {
          // not a render call by name; perhaps get_template(...).render below
        }
      }
    }
    if (c.func() instanceof Expr.Attribute tr && tr.attr().equals("TemplateResponse")) {
      return starlette(c, tr, model, scope);
    }
    if (!(c.func() instanceof Expr.Attribute a) || !a.attr().equals("render")) {
      return null;
    }
    Expr.Call made = madeBy(a.value(), model, scope);
    if (made == null) {
      return null;
    }
    String mq = model.qualifiedName(made.func(), scope).orElse(null);
    String name = null;
    TemplateScanner.Syntax inline = null;
    TemplateIndex.Engine engine;
    if (made.func() instanceof Expr.Attribute ma && ma.attr().equals("get_template")
        || "django.template.loader.get_template".equals(mq)) {
      engine = mq != null && mq.startsWith("django.") ? TemplateIndex.Engine.DJANGO
          : made.func() instanceof Expr.Attribute ma ? environment(ma.value(), false, model, scope) : TemplateIndex.Engine.FLASK;
      name = CallArguments.positional(made, 0).or(() -> CallArguments.keyword(made, "template_name"))
          .or(() -> CallArguments.keyword(made, "name")).flatMap(e -> model.constantString(e, scope)).orElse(null);
    } else if ("jinja2.Template".equals(mq) || made.func() instanceof Expr.Attribute ma && ma.attr().equals("from_string")) {
      engine = made.func() instanceof Expr.Attribute ma && ma.attr().equals("from_string")
          ? environment(ma.value(), true, model, scope) : TemplateIndex.Engine.JINJA;
      inline = CallArguments.positional(made, 0).or(() -> CallArguments.keyword(made, "source"))
          .flatMap(e -> model.constantString(e, scope)).map(TemplateScanner::scan).orElse(null);
    } else if ("django.template.Template".equals(mq)) {
      engine = TemplateIndex.Engine.DJANGO;
      inline = CallArguments.positional(made, 0).or(() -> CallArguments.keyword(made, "template_string"))
          .flatMap(e -> model.constantString(e, scope)).map(TemplateScanner::scan).orElse(null);
    } else {
      return null;
    }
    if (name == null && inline == null) {
      return null;
    }
    Map<String, Expr> values = new LinkedHashMap<>();
    List<String> dicts = new ArrayList<>();
    CallArguments.positional(c, 0).or(() -> CallArguments.keyword(c, "context"))
        .ifPresent(ctx -> context(ctx, values, dicts, model, scope));
    keywords(c, values, dicts, "context");
    return new Render(name, inline, engine, values, dicts);
  }

  /**
   * Starlette's (and FastAPI's) {@code templates.TemplateResponse("x.html", {"request": request, ...})}
   * or {@code TemplateResponse(request, "x.html", ctx)}, where {@code templates} is made by
   * {@code Jinja2Templates(...)}, whose environment escapes every template.
   */
  private static Render starlette(Expr.Call c, Expr.Attribute tr, SemanticModel model, Scope scope) {
    Expr.Call made = madeBy(tr.value(), model, scope);
    String mq = made == null ? null : model.qualifiedName(made.func(), scope).orElse(null);
    if (!"starlette.templating.Jinja2Templates".equals(mq) && !"fastapi.templating.Jinja2Templates".equals(mq)) {
      return null;
    }
    boolean nameFirst = CallArguments.positional(c, 0).flatMap(e -> model.constantString(e, scope)).isPresent();
    return render(c, nameFirst ? 0 : 1, "name", nameFirst ? 1 : 2, "context", TemplateIndex.Engine.DJANGO, model, scope);
  }

  /**
   * How templates of the Jinja2 environment {@code env} are escaped: from its {@code autoescape}
   * argument when {@code env} is a name assigned once from {@code Environment(...)} (absent or false:
   * never; true: always; anything else, such as {@code select_autoescape()}: by file extension, and
   * always for strings). An environment of unknown making (Flask's {@code app.jinja_env}) is taken
   * for one that escapes by extension and escapes strings, as Flask's does.
   */
  private static TemplateIndex.Engine environment(Expr env, boolean fromString, SemanticModel model, Scope scope) {
    Expr.Call made = madeBy(env, model, scope);
    String q = made == null ? null : model.qualifiedName(made.func(), scope).orElse(null);
    TemplateIndex.Engine byExtension = fromString ? TemplateIndex.Engine.DJANGO : TemplateIndex.Engine.FLASK;
    if (!"jinja2.Environment".equals(q) && !"jinja2.environment.Environment".equals(q)) {
      return byExtension;
    }
    Expr autoescape = CallArguments.keyword(made, "autoescape").orElse(null);
    Boolean folded = autoescape == null ? Boolean.FALSE : Cfg.fold(autoescape, model, scope);
    if (Boolean.FALSE.equals(folded)) {
      return TemplateIndex.Engine.JINJA;
    }
    return Boolean.TRUE.equals(folded) ? TemplateIndex.Engine.DJANGO : byExtension;
  }

  /** The call that made the template {@code e}: {@code e} itself, or the value of a name assigned once. */
  private static Expr.Call madeBy(Expr e, SemanticModel model, Scope scope) {
    if (e instanceof Expr.Call call) {
      return call;
    }
    if (e instanceof Expr.Name n) {
      List<Binding> bs = model.bindingsOf(n.id(), scope);
      if (bs.size() == 1 && bs.get(0) instanceof Binding.Assignment as && as.value() instanceof Expr.Call call) {
        return call;
      }
    }
    return null;
  }

  private static Render render(Expr.Call c, int namePos, String nameKw, int ctxPos, String ctxKw,
      TemplateIndex.Engine engine, SemanticModel model, Scope scope) {
    String name = CallArguments.positional(c, namePos).or(() -> CallArguments.keyword(c, nameKw))
        .flatMap(e -> model.constantString(e, scope)).orElse(null);
    if (name == null) {
      return null; // a computed template name: which template is unknown
    }
    Map<String, Expr> values = new LinkedHashMap<>();
    List<String> dicts = new ArrayList<>();
    if (ctxPos >= 0) {
      CallArguments.positional(c, ctxPos).or(() -> CallArguments.keyword(c, ctxKw))
          .ifPresent(ctx -> context(ctx, values, dicts, model, scope));
    } else {
      keywords(c, values, dicts, nameKw);
    }
    return new Render(name, null, engine, values, dicts);
  }

  private static void keywords(Expr.Call c, Map<String, Expr> values, List<String> dicts, String skip) {
    for (Keyword k : c.keywords()) {
      if (k.arg() == null) {
        String d = TaintAnalysis.dotted(k.value());
        if (d != null) {
          dicts.add(d);
        }
      } else if (!k.arg().equals(skip)) {
        values.put(k.arg(), k.value());
      }
    }
  }

  private static void context(Expr ctx, Map<String, Expr> values, List<String> dicts, SemanticModel model,
      Scope scope) {
    if (ctx instanceof Expr.Dict d) {
      for (int i = 0; i < d.keys().size(); i++) {
        Expr k = d.keys().get(i);
        if (k == null) {
          String inner = TaintAnalysis.dotted(d.values().get(i));
          if (inner != null) {
            dicts.add(inner);
          }
          continue;
        }
        String key = model.constantString(k, scope).orElse(null);
        if (key != null) {
          values.put(key, d.values().get(i));
        }
      }
    } else if (ctx instanceof Expr.Call call && !call.args().isEmpty()
        && "django.template.Context".equals(model.qualifiedName(call.func(), scope).orElse(null))) {
      context(call.args().get(0), values, dicts, model, scope);
    } else if (ctx instanceof Expr.Call call && "dict".equals(TaintAnalysis.dotted(call.func()))) {
      keywords(call, values, dicts, null);
    } else {
      String name = TaintAnalysis.dotted(ctx);
      if (name != null) {
        dicts.add(name);
      }
    }
  }
}
