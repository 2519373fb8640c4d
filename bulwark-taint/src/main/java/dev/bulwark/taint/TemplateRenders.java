package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
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
 * {@code x.get_template("x.html").render(...)} (Django's loader or a Jinja2 environment).
 */
final class TemplateRenders {
  private TemplateRenders() {}

  /**
   * A render call.
   *
   * @param template the template's name, as the loader sees it
   * @param engine how the engine escapes by default
   * @param values the context values passed by a constant key (keyword or dict literal)
   * @param dicts dotted names of dicts passed as the context ({@code ctx} or {@code **ctx}), whose
   *     keys the analysis may know
   */
  record Render(String template, TemplateIndex.Engine engine, Map<String, Expr> values, List<String> dicts) {}

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
        default -> {
          // not a render call by name; perhaps get_template(...).render below
        }
      }
    }
    if (c.func() instanceof Expr.Attribute a && a.attr().equals("render") && a.value() instanceof Expr.Call g
        && g.func() instanceof Expr.Attribute ga && ga.attr().equals("get_template") || isLoaderCall(c, model, scope)) {
      Expr.Call g = (Expr.Call) ((Expr.Attribute) c.func()).value();
      String gq = model.qualifiedName(g.func(), scope).orElse(null);
      TemplateIndex.Engine engine = gq != null && gq.startsWith("django.") ? TemplateIndex.Engine.DJANGO
          : TemplateIndex.Engine.FLASK;
      String name = CallArguments.positional(g, 0).or(() -> CallArguments.keyword(g, "template_name"))
          .or(() -> CallArguments.keyword(g, "name")).flatMap(e -> model.constantString(e, scope)).orElse(null);
      if (name == null) {
        return null;
      }
      Map<String, Expr> values = new LinkedHashMap<>();
      List<String> dicts = new ArrayList<>();
      CallArguments.positional(c, 0).or(() -> CallArguments.keyword(c, "context"))
          .ifPresent(ctx -> context(ctx, values, dicts, model, scope));
      keywords(c, values, dicts, "context");
      return new Render(name, engine, values, dicts);
    }
    return null;
  }

  /** {@code get_template("x.html").render(...)} with Django's loader function imported by name. */
  private static boolean isLoaderCall(Expr.Call c, SemanticModel model, Scope scope) {
    return c.func() instanceof Expr.Attribute a && a.attr().equals("render") && a.value() instanceof Expr.Call g
        && "django.template.loader.get_template".equals(model.qualifiedName(g.func(), scope).orElse(null));
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
    return new Render(name, engine, values, dicts);
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
